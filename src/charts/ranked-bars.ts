import type { Lang } from '../core/lang';
import { formatNumber } from '../i18n/format';
import type { ChartSpec } from './spec';

/** Horizontal bars sorted from the largest value; items without a value are left out (the page lists them). */
export function rankedBars(
  items: Array<{ key: string; label: string; value: number | null }>,
  opts: { lang: Lang; xLabel: string; ariaLabel: string },
): ChartSpec {
  const data = items.filter((d) => d.value !== null).sort((a, b) => b.value! - a.value!);
  return {
    kind: 'bars',
    lang: opts.lang,
    ariaLabel: opts.ariaLabel,
    height: 40 + 20 * Math.max(1, data.length),
    plot: {
      marginLeft: 190,
      x: { label: opts.xLabel, grid: true },
      y: { domain: data.map((d) => d.label), label: null },
    },
    marks: [
      { type: 'barX', data, options: { x: 'value', y: 'label', fill: '#2563a6' }, attr: { name: 'key', field: 'key' } },
    ],
    tips: Object.fromEntries(data.map((d) => [d.key, [d.label, formatNumber(d.value, opts.lang, 1)]])),
  };
}
