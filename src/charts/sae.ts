import type { Lang } from '../core/lang';
import type { ChartSpec } from './spec';

/** One area on the model's diagnostic plots: its code, direct estimate, model fit and tooltip. */
export type ModelPoint = {
  code: string;
  direct: number;
  eblup: number;
  /** The regression's prediction x'β̂. */
  fitted: number;
  /** (direct − fitted) / √(σ²_u + ψ): about standard normal when the model holds. */
  residual: number;
  n: number;
  tip: string[];
};

const DOT = { r: 4, fill: '#2171b5', fillOpacity: 0.7, stroke: '#08306b', strokeWidth: 0.8 };

/**
 * EBLUP against the direct estimate for areas with a sample, with the line of equality: points pulled off the
 * line show how far the model moved each direct estimate (most for the smallest samples).
 */
export function eblupVsDirect(
  points: ModelPoint[],
  opts: { lang: Lang; ariaLabel: string; xLabel: string; yLabel: string },
): ChartSpec {
  const all = points.flatMap((p) => [p.direct, p.eblup]);
  const [lo, hi] = [Math.min(...all), Math.max(...all)];
  return {
    kind: 'scatter',
    lang: opts.lang,
    ariaLabel: opts.ariaLabel,
    height: 420,
    plot: {
      marginLeft: 60,
      x: { label: opts.xLabel, grid: true, domain: [lo, hi], nice: true },
      y: { label: opts.yLabel, grid: true, domain: [lo, hi], nice: true },
      r: { type: 'sqrt', range: [2, 9] },
    },
    marks: [
      {
        type: 'link',
        data: [{ x1: lo, y1: lo, x2: hi, y2: hi }],
        options: { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', stroke: '#888', strokeDasharray: '4 3' },
      },
      {
        type: 'dot',
        data: points,
        options: { ...DOT, x: 'direct', y: 'eblup', r: 'n' },
        attr: { name: 'key', field: 'code' },
      },
    ],
    tips: Object.fromEntries(points.map((p) => [p.code, p.tip])),
  };
}

/** Standardised residuals against the regression's fit, with reference lines at 0 and ±2. */
export function residualPlot(
  points: ModelPoint[],
  opts: { lang: Lang; ariaLabel: string; xLabel: string; yLabel: string },
): ChartSpec {
  return {
    kind: 'scatter',
    lang: opts.lang,
    ariaLabel: opts.ariaLabel,
    height: 320,
    plot: {
      marginLeft: 60,
      x: { label: opts.xLabel, grid: true, nice: true },
      y: { label: opts.yLabel, grid: true, nice: true },
    },
    marks: [
      { type: 'ruleY', data: [{ y: 0 }], options: { y: 'y', stroke: '#444' } },
      { type: 'ruleY', data: [{ y: -2 }, { y: 2 }], options: { y: 'y', stroke: '#aaa', strokeDasharray: '4 3' } },
      {
        type: 'dot',
        data: points,
        options: { ...DOT, x: 'fitted', y: 'residual' },
        attr: { name: 'key', field: 'code' },
      },
    ],
    tips: Object.fromEntries(points.map((p) => [p.code, p.tip])),
  };
}
