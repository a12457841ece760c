import type { TrendPoint } from '../compare/rows';
import type { Lang } from '../core/lang';
import { drawnDomain } from './domain';
import type { ChartSpec } from './spec';

/**
 * A value over waves with its 95% intervals and, when set, the target as a dashed line; the value axis holds every
 * interval and the target. `compact` draws a sparkline for a dashboard tile (no axes).
 */
export function trendChart(
  points: TrendPoint[],
  opts: {
    lang: Lang;
    ariaLabel: string;
    compact?: boolean;
    target?: number | null;
    yLabel?: string;
    tips?: Record<string, string[]>;
  },
): ChartSpec {
  const data = points.map((p) => ({ ...p, key: String(p.wave) }));
  const target = opts.target ?? null;
  const compact = !!opts.compact;
  const domain = drawnDomain(points.flatMap((p) => [p.estimate, p.ci_low, p.ci_high]).concat(target ?? []));
  // As many ticks as the domain is made nice for, so both ends of the axis are labelled.
  const y = {
    zero: false,
    inset: compact ? 2 : 6,
    ...(domain ? { domain, ...(compact ? {} : { nice: 5, ticks: 5 }) } : {}),
  };
  return {
    kind: 'trend',
    lang: opts.lang,
    ariaLabel: opts.ariaLabel,
    height: compact ? 56 : 240,
    plot: {
      marginLeft: compact ? 4 : 50,
      marginRight: compact ? 4 : 20,
      marginTop: compact ? 4 : 28,
      marginBottom: compact ? 4 : 30,
      x: compact ? { axis: null, type: 'point' } : { type: 'point', label: null, tickFormat: 'd' },
      y: compact ? { ...y, axis: null } : { ...y, grid: true, label: opts.yLabel ?? null },
    },
    marks: [
      ...(target !== null
        ? [
            {
              type: 'ruleY' as const,
              data: [{ y: target }],
              options: { y: 'y', stroke: '#b35900', strokeDasharray: '4,3' },
            },
          ]
        : []),
      {
        type: 'ruleX',
        data: data.filter((d) => d.ci_low !== null),
        options: { x: 'wave', y1: 'ci_low', y2: 'ci_high', stroke: '#9ab', strokeWidth: compact ? 2 : 3 },
      },
      { type: 'line', data, options: { x: 'wave', y: 'estimate', stroke: '#12355b' } },
      {
        type: 'dot',
        data,
        options: { x: 'wave', y: 'estimate', fill: '#12355b', r: compact ? 2.5 : 4 },
        attr: { name: 'key', field: 'key' },
      },
    ],
    tips: opts.tips ?? {},
  };
}
