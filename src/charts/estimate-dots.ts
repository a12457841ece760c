import type { Lang } from '../core/lang';
import { formatNumber } from '../i18n/format';
import { drawnDomain } from './domain';
import type { ChartSpec } from './spec';

/** One point estimate with its interval; `series` splits a row into several dots (e.g. columns of a set). */
export type DotDatum = {
  key: string;
  label: string;
  series: string;
  value: number;
  ci_low: number | null;
  ci_high: number | null;
};

/**
 * Dots with 95% intervals, one facet row per label: means by group, options of a multiple-response set. The value
 * axis spans `domain` (when given) and every interval.
 */
export function estimateDots(
  data: DotDatum[],
  opts: { lang: Lang; xLabel: string; ariaLabel: string; domain?: [number, number] },
): ChartSpec {
  const labels = [...new Set(data.map((d) => d.label))];
  const series = [...new Set(data.map((d) => d.series))];
  const fmt = (x: number | null) => formatNumber(x, opts.lang, 1);
  const domain = drawnDomain(
    data.flatMap((d) => [d.value, d.ci_low, d.ci_high]),
    opts.domain,
  );
  return {
    kind: 'bars',
    lang: opts.lang,
    ariaLabel: opts.ariaLabel,
    height: 40 + labels.length * (14 * series.length + 14),
    plot: {
      marginLeft: 220,
      x: { label: opts.xLabel, grid: true, zero: false, ...(domain ? { domain, nice: !opts.domain } : {}) },
      y: { axis: null, domain: series },
      fy: { label: null, axis: 'left', domain: labels },
      color: { domain: series, legend: series.length > 1 },
    },
    marks: [
      {
        type: 'ruleY',
        data: data.filter((d) => d.ci_low !== null),
        options: { y: 'series', fy: 'label', x1: 'ci_low', x2: 'ci_high', stroke: 'series', strokeWidth: 2 },
      },
      {
        type: 'dot',
        data,
        options: { x: 'value', y: 'series', fy: 'label', fill: 'series', r: 4 },
        attr: { name: 'key', field: 'key' },
      },
    ],
    tips: Object.fromEntries(
      data.map((d) => [
        d.key,
        [
          `${d.label}${series.length > 1 ? ` — ${d.series}` : ''}`,
          `${fmt(d.value)} [${fmt(d.ci_low)}–${fmt(d.ci_high)}]`,
        ],
      ]),
    ),
  };
}
