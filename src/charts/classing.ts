import type { Classing } from '../compare/state';

/** Classes of a choropleth: the thresholds between them, a colour per class and the range each class covers. */
export interface Classes {
  method: Classing;
  thresholds: number[];
  colors: string[];
  /**
   * [from, to] of each class: the smallest and largest value for quantiles and equal intervals;
   * open (null) ends when diverging.
   */
  ranges: [number | null, number | null][];
}

// ColorBrewer sequential Blues and diverging PuOr: both safe for the common colour-vision deficiencies.
const BLUES = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];
const PUOR = ['#e66101', '#fdb863', '#f7f7f7', '#b2abd2', '#5e3c99'];

function quantileOf(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo] + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? sorted[lo]) - sorted[lo]);
}

function unique(xs: number[]): number[] {
  return [...new Set(xs)].sort((a, b) => a - b);
}

function thresholdsFor(method: Classing, sorted: number[], k: number, center: number): number[] {
  const [min, max] = [sorted[0], sorted[sorted.length - 1]];
  if (method === 'quantile') return unique(Array.from({ length: k - 1 }, (_, i) => quantileOf(sorted, (i + 1) / k)));
  if (method === 'equal') return unique(Array.from({ length: k - 1 }, (_, i) => min + ((max - min) * (i + 1)) / k));
  // Diverging: symmetric around the centre, the middle class holding values within a fifth of the largest distance.
  const reach = Math.max(Math.abs(max - center), Math.abs(min - center)) || 1;
  return [-0.6, -0.2, 0.2, 0.6].map((f) => center + f * reach);
}

/**
 * Classes of `values` (non-finite values ignored) by quantiles, equal intervals or diverging around `center`
 * (the national value). Always 5 classes for diverging; fewer for the others when values repeat.
 */
export function classify(values: number[], method: Classing, center = 0, k = 5): Classes | null {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const thresholds =
    method === 'diverging'
      ? thresholdsFor(method, sorted, 5, center)
      : thresholdsFor(method, sorted, k, center).filter((x) => x > sorted[0] && x <= sorted[sorted.length - 1]);
  const n = thresholds.length + 1;
  const colors = method === 'diverging' ? PUOR : pick(BLUES, n);
  const open = method === 'diverging';
  const edges = [open ? null : sorted[0], ...thresholds, open ? null : sorted[sorted.length - 1]];
  const ranges = edges.slice(0, -1).map((a, i) => [a, edges[i + 1]] as [number | null, number | null]);
  return { method, thresholds, colors, ranges };
}

function pick(palette: string[], n: number): string[] {
  if (n >= palette.length) return palette;
  if (n === 1) return [palette[2]];
  return Array.from({ length: n }, (_, i) => palette[Math.round((i * (palette.length - 1)) / (n - 1))]);
}

/**
 * The class (0-based) a value falls in: values equal to a threshold go to the class above it,
 * as Plot's threshold scale.
 */
export function classOf(classes: Classes, value: number): number {
  return classes.thresholds.filter((t) => value >= t).length;
}

/** Legend text of each class, e.g. "40,1 – 45,3", "< −5,0" or "≥ 5,0", numbers formatted by `fmt`. */
export function classLabels(classes: Classes, fmt: (x: number) => string): string[] {
  return classes.ranges.map(([a, b]) =>
    a === null ? `< ${fmt(b!)}` : b === null ? `≥ ${fmt(a)}` : `${fmt(a)} – ${fmt(b)}`,
  );
}
