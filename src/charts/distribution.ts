import type { Lang } from '../core/lang';
import { formatNumber } from '../i18n/format';
import type { ChartSpec } from './spec';

/** One value of a distribution and the group it belongs to ('' without groups). */
export type DistributionDatum = {
  key: string;
  group: string;
  value: number;
};

/** Linear-interpolation quantile of sorted values (R's type 7). */
function quantile(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo] + (h - lo) * (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]);
}

/** The five numbers of a group's box: min, quartiles, median, max. */
export function boxOf(values: number[]): { min: number; q1: number; median: number; q3: number; max: number } {
  const s = [...values].sort((a, b) => a - b);
  return { min: s[0], q1: quantile(s, 0.25), median: quantile(s, 0.5), q3: quantile(s, 0.75), max: s[s.length - 1] };
}

/**
 * The spread of a numeric column: every value a dot, over a box from the lower to the upper quartile with the
 * median marked and a line from the smallest to the largest value; one row per group.
 */
export function distributionChart(
  data: DistributionDatum[],
  opts: { lang: Lang; ariaLabel: string; xLabel: string },
): ChartSpec {
  const points = data.filter((d) => Number.isFinite(d.value));
  const groups = [...new Set(points.map((d) => d.group))];
  const boxes = groups.map((group) => ({
    group,
    ...boxOf(points.filter((d) => d.group === group).map((d) => d.value)),
  }));
  const f = (x: number) => formatNumber(x, opts.lang, 1);
  return {
    kind: 'distribution',
    lang: opts.lang,
    ariaLabel: opts.ariaLabel,
    height: 60 + 44 * Math.max(1, groups.length),
    plot: {
      marginLeft: groups.length > 1 || groups[0] ? 160 : 20,
      x: { label: opts.xLabel, grid: true, zero: false },
      y: { domain: groups, label: null, tickSize: 0, ...(groups.length === 1 && !groups[0] ? { axis: null } : {}) },
    },
    marks: [
      { type: 'ruleY', data: boxes, options: { y: 'group', x1: 'min', x2: 'max', stroke: '#777' } },
      {
        type: 'barX',
        data: boxes,
        options: { y: 'group', x1: 'q1', x2: 'q3', fill: '#c6dbef', insetTop: 8, insetBottom: 8 },
      },
      { type: 'ruleX', data: boxes, options: { x: 'median', y: 'group', stroke: '#08306b', strokeWidth: 2.5 } },
      {
        type: 'dot',
        data: points,
        options: { x: 'value', y: 'group', r: 3, fill: '#2563a6', fillOpacity: 0.6 },
        attr: { name: 'key', field: 'key' },
      },
    ],
    tips: Object.fromEntries(points.map((d) => [d.key, [d.group ? `${d.key} — ${d.group}` : d.key, f(d.value)]])),
  };
}
