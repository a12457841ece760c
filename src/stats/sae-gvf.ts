/** A generalised variance function log v = a + b·log n, fitted on k areas. */
export interface Gvf {
  a: number;
  b: number;
  k: number;
}

/**
 * Fits v = σ²·deff / n, i.e. log v = a − log n (b fixed at −1: the variance of a mean or share over n respondents
 * with a common design effect), over the rows with n ≥ 2 and v > 0; a = log(Σ nᵢ·(nᵢvᵢ) / Σ nᵢ), the n-weighted
 * mean of n·v, so larger areas' steadier variances count more and no log-scale bias arises (Wolter, Introduction
 * to Variance Estimation, ch. 7). A free slope fitted by least squares on a few small areas' noisy variances can
 * take any value; throws when fewer than 3 rows qualify.
 */
export function fitGvf(rows: Array<{ n: number; v: number | null }>): Gvf {
  const pts = rows.filter((r) => r.n >= 2 && r.v !== null && r.v > 0 && Number.isFinite(r.v));
  const k = pts.length;
  if (k < 3) throw new Error(`fitGvf: need at least 3 rows with n ≥ 2 and v > 0, got ${k}`);
  const weight = pts.reduce((s, r) => s + r.n, 0);
  const pooled = pts.reduce((s, r) => s + r.n * r.n * r.v!, 0) / weight;
  return { a: Math.log(pooled), b: -1, k };
}

/** The smoothed sampling variance exp(a + b·log n) at sample size n. */
export function gvfVariance(g: { a: number; b: number }, n: number): number {
  return Math.exp(g.a + g.b * Math.log(n));
}
