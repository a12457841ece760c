import { type Matrix, multiply, solve, transpose } from './matrix';
import type { SaeArea } from './sae-fit';

/** The areas of a Fay–Herriot fit: design matrix with the intercept, direct estimates, sampling variances. */
export interface SaeData {
  x: Matrix;
  y: number[];
  v: number[];
  /** Index of each fitted row in the input areas. */
  rows: number[];
}

/** The GLS step at a model variance s2: weights 1/(s2 + v), (X'V⁻¹X)⁻¹, β̂ and the residuals y − Xβ̂. */
export interface Gls {
  w: number[];
  q: Matrix;
  beta: number[];
  resid: number[];
}

/** The design row of an area: the intercept, then its covariates. */
export const designRow = (a: SaeArea): number[] => [1, ...a.x];

/** Checks the areas and keeps those with a sample (y and v both present); throws on programmer mistakes. */
export function saeData(areas: SaeArea[]): SaeData {
  const k = areas[0]?.x.length ?? 0;
  const data: SaeData = { x: [], y: [], v: [], rows: [] };
  areas.forEach((a, i) => {
    if (a.x.length !== k) throw new Error(`ragged x: area "${a.area}" has ${a.x.length} covariates, expected ${k}`);
    if (a.y === null || a.v === null) return;
    if (!(a.v > 0)) throw new Error(`invalid v for area "${a.area}": must be > 0`);
    data.x.push(designRow(a));
    data.y.push(a.y);
    data.v.push(a.v);
    data.rows.push(i);
  });
  if (data.y.length < k + 2) throw new Error(`too few areas with a sample: ${data.y.length}, need at least ${k + 2}`);
  return data;
}

/** X'·diag(d)·X for a design matrix X. */
export function crossprodW(x: Matrix, d: number[]): Matrix {
  return multiply(
    transpose(x),
    x.map((r, i) => r.map((e) => e * d[i])),
  );
}

const identity = (p: number): Matrix =>
  Array.from({ length: p }, (_, i) => Array.from({ length: p }, (_, j) => +(i === j)));

/** Generalised least squares with V = diag(s2 + v). */
export function gls({ x, y, v }: SaeData, s2: number): Gls {
  const w = v.map((vi) => 1 / (s2 + vi));
  const q = solve(crossprodW(x, w), identity(x[0].length));
  const xtwy = transpose(x).map((col) => col.reduce((s, e, i) => s + e * w[i] * y[i], 0));
  const beta = q.map((r) => r.reduce((s, e, j) => s + e * xtwy[j], 0));
  const resid = y.map((yi, i) => yi - dot(x[i], beta));
  return { w, q, beta, resid };
}

/** Inner product of two vectors. */
export const dot = (a: number[], b: number[]) => a.reduce((s, e, i) => s + e * b[i], 0);

/** Quadratic form a'·M·a. */
export const quadForm = (a: number[], m: Matrix) =>
  dot(
    a,
    m.map((r) => dot(r, a)),
  );

/** Trace of the product of two square matrices. */
export const traceProduct = (a: Matrix, b: Matrix) =>
  a.reduce(
    (s, r, i) =>
      s +
      dot(
        r,
        b.map((c) => c[i]),
      ),
    0,
  );

/** Log-determinant of a symmetric positive definite matrix, by Cholesky. */
export function logDet(a: Matrix): number {
  const n = a.length;
  const l: Matrix = a.map(() => new Array<number>(n).fill(0));
  let sum = 0;
  for (let j = 0; j < n; j++) {
    let d = a[j][j];
    for (let k = 0; k < j; k++) d -= l[j][k] ** 2;
    if (!(d > 0)) throw new Error('matrix not positive definite');
    l[j][j] = Math.sqrt(d);
    sum += Math.log(d);
    for (let i = j + 1; i < n; i++) {
      let s = a[i][j];
      for (let k = 0; k < j; k++) s -= l[i][k] * l[j][k];
      l[i][j] = s / l[j][j];
    }
  }
  return sum;
}
