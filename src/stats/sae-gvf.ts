/** A generalised variance function log v = a + b·log n, fitted on k areas. */
export interface Gvf {
  a: number;
  b: number;
  k: number;
}

/**
 * Fits log v = a + b·log n by ordinary least squares over the rows with n ≥ 2 and v > 0, to smooth the sampling
 * variances of small areas (Wolter, Introduction to Variance Estimation, ch. 7); throws when fewer than 3 rows qualify.
 */
export function fitGvf(rows: Array<{ n: number; v: number | null }>): Gvf {
  const pts = rows.filter((r) => r.n >= 2 && r.v !== null && r.v > 0 && Number.isFinite(r.v));
  const k = pts.length;
  if (k < 3) throw new Error(`fitGvf: need at least 3 rows with n ≥ 2 and v > 0, got ${k}`);
  const xs = pts.map((r) => Math.log(r.n));
  const ys = pts.map((r) => Math.log(r.v ?? NaN));
  const mx = xs.reduce((s, x) => s + x, 0) / k;
  const my = ys.reduce((s, y) => s + y, 0) / k;
  const sxx = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  if (!(sxx > 0)) throw new Error('fitGvf: all rows have the same n');
  const b = xs.reduce((s, x, i) => s + (x - mx) * (ys[i] - my), 0) / sxx;
  return { a: my - b * mx, b, k };
}

/** The smoothed sampling variance exp(a + b·log n) at sample size n (no log-scale bias correction). */
export function gvfVariance(g: { a: number; b: number }, n: number): number {
  return Math.exp(g.a + g.b * Math.log(n));
}
