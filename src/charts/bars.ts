import type { ReportResult } from '../reports/run-report';
import type { Lang } from '../core/lang';
import type { ChartSpec } from './spec';

const COLORS = ['#9ecae1', '#2563a6', '#08306b'];

/**
 * Grouped horizontal bars of a report table: one facet row per category or option, one bar per wave.
 * Scores (1–5 means) are dots with their 95% CI instead, on the scale's own range.
 */
export function reportBars(
  r: ReportResult,
  waves: string[],
  opts: { lang: Lang; xLabel: string; ariaLabel: string },
): ChartSpec {
  const data = r.rows.flatMap((row) =>
    row.cells.map((c, i) => ({
      label: row.label,
      wave: waves[i],
      value: c.value ?? 0,
      ci_low: c.ci_low ?? null,
      ci_high: c.ci_high ?? null,
    })),
  );
  const scores = r.table.kind === 'scores';
  const marks: ChartSpec['marks'] = scores
    ? [
        {
          type: 'ruleY',
          data,
          options: { y: 'wave', fy: 'label', x1: 'ci_low', x2: 'ci_high', stroke: 'wave', strokeWidth: 2 },
        },
        { type: 'dot', data, options: { x: 'value', y: 'wave', fy: 'label', fill: 'wave', r: 4 } },
      ]
    : [{ type: 'barX', data, options: { x: 'value', y: 'wave', fy: 'label', fill: 'wave' } }];
  return {
    kind: 'bars',
    lang: opts.lang,
    ariaLabel: opts.ariaLabel,
    height: 30 + r.rows.length * (14 * waves.length + 12),
    plot: {
      marginLeft: 280,
      x: { label: opts.xLabel, grid: true, domain: scores ? [1, 5] : [0, 100] },
      y: { axis: null, domain: waves },
      fy: { label: null, axis: 'left', domain: r.rows.map((row) => row.label) },
      color: { domain: waves, range: COLORS.slice(-waves.length), legend: true },
    },
    marks,
    tips: {},
  };
}
