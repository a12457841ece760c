import type { AnalyseResult } from '../reports/analyse';
import type { ChartSpec } from './spec';

/** A crosstab as dots with 95% intervals: one facet per row category, one dot per column category. */
export function crosstabDots(r: AnalyseResult, opts: { xLabel: string; ariaLabel: string }): ChartSpec {
  const data = r.cells.filter((c) => c.pct !== null).map((c) => ({
    row: c.rowLabel, col: c.colLabel, pct: c.pct, ci_low: c.ci_low, ci_high: c.ci_high, key: `${c.row}|${c.col}`,
  }));
  const cols = r.cols.map((c) => c.label);
  const tips = Object.fromEntries(data.map((d) => [d.key, [`${d.row} — ${d.col}`, `${d.pct!.toFixed(1)}% [${d.ci_low?.toFixed(1)}–${d.ci_high?.toFixed(1)}]`]]));
  return {
    kind: 'bars',
    ariaLabel: opts.ariaLabel,
    height: 40 + r.rows.length * (14 * cols.length + 14),
    plot: {
      marginLeft: 220,
      x: { label: opts.xLabel, grid: true, domain: [0, 100] },
      y: { axis: null, domain: cols },
      fy: { label: null, axis: 'left', domain: r.rows.map((x) => x.label) },
      color: { domain: cols, legend: true },
    },
    marks: [
      { type: 'ruleY', data, options: { y: 'col', fy: 'row', x1: 'ci_low', x2: 'ci_high', stroke: 'col', strokeWidth: 2 } },
      { type: 'dot', data, options: { x: 'pct', y: 'col', fy: 'row', fill: 'col', r: 4 }, attr: { name: 'key', field: 'key' } },
    ],
    tips,
  };
}
