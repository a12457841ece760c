import type { Lang } from '../core/lang';
import type { ChartSpec } from './spec';

/** One month of a series as drawn: its year, month, value (null: none or withheld) and tooltip key. */
export interface MonthDatum {
  key: string;
  year: number;
  month: number;
  value: number | null;
}

const LINE = '#12355b';
/** Years of a seasonal view, oldest light to newest dark (ColorBrewer Blues, then the app's navy). */
const YEAR_COLORS = ['#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', LINE];

/**
 * The dynamics of a monthly count: `series` draws every month in time order (x in years, the month `marked` by a
 * rule), `seasonal` one line per year over the twelve months. Withheld or missing months are gaps in the line.
 */
export function monthlyChart(
  data: MonthDatum[],
  opts: { view: 'series' | 'seasonal'; marked: string | null; lang: Lang; ariaLabel: string; yLabel: string },
): ChartSpec {
  const rows = data.map((d) => ({ ...d, t: d.year + (d.month - 1) / 12, year: String(d.year), y: d.value ?? NaN }));
  const years = [...new Set(rows.map((r) => r.year))];
  const seasonal = opts.view === 'seasonal';
  const x = seasonal ? 'month' : 't';
  const marked = rows.filter((r) => r.key === opts.marked);
  return {
    kind: 'trend',
    lang: opts.lang,
    ariaLabel: opts.ariaLabel,
    height: 260,
    plot: {
      marginLeft: 56,
      marginRight: 20,
      marginTop: 24,
      x: seasonal
        ? { domain: [1, 12], ticks: 12, tickFormat: 'd', label: null }
        : { ticks: years.map(Number), tickFormat: 'd', label: null },
      y: { grid: true, zero: true, label: opts.yLabel },
      color: seasonal
        ? { type: 'ordinal', domain: years, range: YEAR_COLORS.slice(-years.length), legend: true }
        : { type: 'ordinal', domain: ['–'], range: [LINE], legend: false },
    },
    marks: [
      ...(seasonal
        ? []
        : [{ type: 'ruleX' as const, data: marked, options: { x, stroke: '#b35900', strokeWidth: 2 } }]),
      {
        type: 'line',
        data: rows,
        options: { x, y: 'y', stroke: seasonal ? 'year' : LINE, strokeWidth: 2, ...(seasonal ? { z: 'year' } : {}) },
      },
      {
        type: 'dot',
        data: rows.filter((r) => Number.isFinite(r.y)),
        options: { x, y: 'y', fill: seasonal ? 'year' : LINE, r: 2.5 },
        attr: { name: 'key', field: 'key' },
      },
    ],
    tips: {},
  };
}
