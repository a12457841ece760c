import { independentDifference } from './change';

/** Wilson score interval of a proportion x/n at normal quantile z. */
export function wilson(x: number, n: number, z = 1.959963984540054): [number, number] {
  if (n === 0) return [NaN, NaN];
  const p = x / n;
  const den = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / den;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / den;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/**
 * Difference of two independent proportions x1/n1 − x2/n2 with Newcombe's hybrid score interval (method 10,
 * Newcombe 1998): sound at small n and at 0% or 100%, where the Wald interval fails.
 */
export function proportionDifference(x1: number, n1: number, x2: number, n2: number, z = 1.959963984540054) {
  const p1 = x1 / n1,
    p2 = x2 / n2;
  const [l1, u1] = wilson(x1, n1, z);
  const [l2, u2] = wilson(x2, n2, z);
  const d = p1 - p2;
  return {
    estimate: d,
    ci_low: d - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2),
    ci_high: d + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2),
  };
}

/** Difference of two independent means (m1 − m2) with a Welch–Satterthwaite t interval from their SEs and dfs. */
export function meanDifference(
  m1: number,
  se1: number,
  df1: number,
  m2: number,
  se2: number,
  df2: number,
  level = 0.95,
) {
  const d = independentDifference({ estimate: m2, se: se2, df: df2 }, { estimate: m1, se: se1, df: df1 }, level);
  return { estimate: d.estimate, ci_low: d.ci_low, ci_high: d.ci_high };
}
