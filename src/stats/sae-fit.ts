import { multiply } from './matrix';
import { crossprodW, gls, type Gls, logDet, type SaeData, saeData, traceProduct } from './sae-gls';

/** How the model variance σ²_u is estimated: REML, ML, or Fay–Herriot's moment method. */
export type SaeMethod = 'REML' | 'ML' | 'FH';

/**
 * One area: direct estimate y and its sampling variance v (both null when the area has no sample), and covariates
 * x without the intercept (the fit adds it).
 */
export interface SaeArea {
  area: string;
  y: number | null;
  v: number | null;
  x: number[];
}

/**
 * A fitted Fay–Herriot model. sigma2_u_se is the SE metafor::rma reports for the method: REML √(2/tr(PP)),
 * ML √(2/Σw²), FH √(2m²/(m−p))/Σw, with w = 1/(σ²_u + v).
 */
export interface FhModel {
  method: SaeMethod;
  sigma2_u: number;
  sigma2_u_se: number | null;
  /** Intercept first, then the covariates in order. */
  beta: number[];
  beta_se: number[];
  /** Areas in the fit (with y and v) and number of coefficients. */
  m: number;
  p: number;
  iterations: number;
  converged: boolean;
  /** Restricted log-likelihood for REML (metafor's, with its constants), log-likelihood for ML, null for FH. */
  loglik: number | null;
}

interface Moments {
  sw: number;
  sw2: number;
  trP: number;
  trPP: number;
  yPPy: number;
}

/** Traces of P = V⁻¹ − V⁻¹X(X'V⁻¹X)⁻¹X'V⁻¹ and its square, in O(mp²) without forming P. */
function moments(d: SaeData, g: Gls): Moments {
  const b2 = crossprodW(
    d.x,
    g.w.map((w) => w * w),
  );
  const qb2 = multiply(g.q, b2);
  const qb3 = multiply(
    g.q,
    crossprodW(
      d.x,
      g.w.map((w) => w ** 3),
    ),
  );
  const sw = g.w.reduce((s, w) => s + w, 0);
  const sw2 = g.w.reduce((s, w) => s + w * w, 0);
  return {
    sw,
    sw2,
    trP: sw - traceProduct(g.q, b2),
    trPP: sw2 - 2 * qb3.reduce((s, r, i) => s + r[i], 0) + traceProduct(qb2, qb2),
    yPPy: g.resid.reduce((s, r, i) => s + (g.w[i] * r) ** 2, 0),
  };
}

/** One update of σ²_u: Fisher scoring for REML and ML (as sae::eblupFH), Newton's method for FH's equation. */
function step(method: SaeMethod, d: SaeData, s2: number): number {
  const g = gls(d, s2);
  const mo = moments(d, g);
  if (method === 'REML') return (mo.yPPy - mo.trP) / mo.trPP;
  if (method === 'ML') return (mo.yPPy - mo.sw) / mo.sw2;
  // Fay & Herriot (1979): Σ r²/(σ²+v) = m − p; its left side y'Py is convex and decreasing with derivative −y'PPy.
  const f = g.resid.reduce((s, r, i) => s + r * r * g.w[i], 0) - (d.y.length - d.x[0].length);
  return f / mo.yPPy;
}

function logLik(method: SaeMethod, d: SaeData, g: Gls, s2: number): number | null {
  if (method === 'FH') return null;
  const m = d.y.length;
  const p = d.x[0].length;
  const rss = g.resid.reduce((s, r, i) => s + r * r * g.w[i], 0);
  const logV = d.v.reduce((s, v) => s + Math.log(s2 + v), 0);
  if (method === 'ML') return -0.5 * (m * Math.log(2 * Math.PI) + logV + rss);
  // metafor's full REML likelihood (REMLf = TRUE), which adds ½·log|X'X|.
  const logXtX = logDet(
    crossprodW(
      d.x,
      d.v.map(() => 1),
    ),
  );
  return -0.5 * ((m - p) * Math.log(2 * Math.PI) - logXtX + logV + logDet(crossprodW(d.x, g.w)) + rss);
}

function sigma2Se(method: SaeMethod, mo: Moments, m: number, p: number): number {
  if (method === 'REML') return Math.sqrt(2 / mo.trPP);
  if (method === 'ML') return Math.sqrt(2 / mo.sw2);
  return Math.sqrt((2 * m * m) / (m - p)) / mo.sw;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
};

/** Fits the Fay–Herriot model y_i = x_i'β + u_i + e_i to the areas with a sample; σ²_u is truncated at 0. */
export function fitFayHerriot(
  areas: SaeArea[],
  { method = 'REML', maxIter = 100, tol = 1e-10 }: { method?: SaeMethod; maxIter?: number; tol?: number } = {},
): FhModel {
  if (!['REML', 'ML', 'FH'].includes(method)) throw new Error(`invalid method: ${method}`);
  const d = saeData(areas);
  const scale = d.v.reduce((s, v) => s + v, 0) / d.v.length;
  let s2 = method === 'FH' ? 0 : median(d.v);
  let iterations = 0;
  let converged = false;
  while (!converged && iterations < maxIter) {
    iterations++;
    const next = Math.max(0, s2 + step(method, d, s2));
    converged = Math.abs(next - s2) <= tol * scale;
    s2 = next;
  }
  const g = gls(d, s2);
  const m = d.y.length;
  const p = d.x[0].length;
  return {
    method,
    sigma2_u: s2,
    sigma2_u_se: sigma2Se(method, moments(d, g), m, p),
    beta: g.beta,
    beta_se: g.q.map((r, i) => Math.sqrt(r[i])),
    m,
    p,
    iterations,
    converged,
    loglik: logLik(method, d, g, s2),
  };
}
