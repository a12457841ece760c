/** Small dense matrix helpers for the few matrix steps of the estimators (rows of numbers). */
export type Matrix = number[][];

export const transpose = (a: Matrix): Matrix => (a[0] ?? []).map((_, j) => a.map((r) => r[j]));

export function multiply(a: Matrix, b: Matrix): Matrix {
  return a.map((r) => b[0].map((_, j) => r.reduce((s, v, k) => s + v * b[k][j], 0)));
}

export const trace = (a: Matrix) => a.reduce((s, r, i) => s + r[i], 0);

/** Solve A X = B by Gaussian elimination with partial pivoting; throws on a singular A. */
export function solve(a: Matrix, b: Matrix): Matrix {
  const n = a.length;
  const m = a.map((r, i) => [...r, ...b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    if (Math.abs(m[p][c]) < 1e-300) throw new Error('singular matrix');
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c] / m[c][c];
      if (f !== 0) for (let k = c; k < m[r].length; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((r, i) => r.slice(n).map((v) => v / m[i][i]));
}

/** Residuals of the columns of Y after least-squares projection on the columns of X (R's qr.resid). */
export function residualize(x: Matrix, y: Matrix): Matrix {
  const xt = transpose(x);
  const beta = solve(multiply(xt, x), multiply(xt, y));
  const fit = multiply(x, beta);
  return y.map((r, i) => r.map((v, j) => v - fit[i][j]));
}
