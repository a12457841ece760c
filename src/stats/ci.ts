import jStatModule from 'jstat';

const jStat = jStatModule.jStat ?? jStatModule;

/** Two-sided critical value: t on `df` degrees of freedom, or normal when df is Infinity. */
export function criticalValue(level: number, df: number): number {
  const p = 1 - (1 - level) / 2;
  if (!Number.isFinite(df)) return jStat.normal.inv(p, 0, 1);
  if (!(df >= 1)) return NaN;
  return jStat.studentt.inv(p, df);
}

/** Symmetric (Wald) interval: estimate ± q·se. */
export function waldInterval(estimate: number, se: number, q: number): [number, number] {
  return [estimate - q * se, estimate + q * se];
}

const logit = (p: number) => Math.log(p / (1 - p));
const expit = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * Logit interval of a proportion, as R survey::svyciprop(method = "logit"): a Wald interval for the intercept
 * of a quasibinomial svyglm, whose SE is se(p)/(p(1-p)), back-transformed; it never leaves [0, 1].
 */
export function logitInterval(p: number, se: number, q: number): [number, number] {
  if (p <= 0) return [0, 0];
  if (p >= 1) return [1, 1];
  const sl = se / (p * (1 - p));
  return [expit(logit(p) - q * sl), expit(logit(p) + q * sl)];
}

/**
 * Arcsine square-root interval, as svyciprop(method = "asin"): a Wald interval for asin(√p) with the delta-method
 * SE se(p)/(2√(p(1-p))), back-transformed by sin²; the angle is kept within [0, π/2] so the interval stays in [0, 1].
 */
export function asinInterval(p: number, se: number, q: number): [number, number] {
  if (p <= 0 || p >= 1) return [p, p];
  const a = Math.asin(Math.sqrt(p));
  const sa = se / (2 * Math.sqrt(p * (1 - p)));
  const back = (x: number) => Math.sin(Math.min(Math.PI / 2, Math.max(0, x))) ** 2;
  return [back(a - q * sa), back(a + q * sa)];
}

/**
 * Korn–Graubard (beta) interval, as svyciprop(method = "beta"): a Clopper–Pearson interval on the effective
 * sample size p(1-p)/var, rescaled by (t_{n-1}/t_df)².
 */
export function betaInterval(p: number, se: number, level: number, n: number, df: number): [number, number] {
  const a = (1 - level) / 2;
  const tn = Number.isFinite(n - 1) ? jStat.studentt.inv(a, n - 1) : jStat.normal.inv(a, 0, 1);
  const td = Number.isFinite(df) ? jStat.studentt.inv(a, df) : jStat.normal.inv(a, 0, 1);
  const neff = ((p * (1 - p)) / (se * se)) * (tn / td) ** 2;
  const lo = p <= 0 ? 0 : jStat.beta.inv(a, neff * p, neff * (1 - p) + 1);
  const hi = p >= 1 ? 1 : jStat.beta.inv(1 - a, neff * p + 1, neff * (1 - p));
  return [lo, hi];
}

/** Kullback–Leibler divergence of Bernoulli(q) from Bernoulli(p̂), the profile deviance of a proportion ÷ 2n. */
function bernoulliKl(p: number, q: number): number {
  const term = (a: number, b: number) => (a > 0 ? a * Math.log(a / b) : 0);
  return term(p, q) + term(1 - p, 1 - q);
}

function bisect(f: (x: number) => number, lo: number, hi: number): number {
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (f(lo) * f(mid) <= 0) hi = mid;
    else lo = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Likelihood interval of a proportion, as svyciprop(method = "likelihood"): the profile deviance of the
 * quasibinomial intercept (weights normalised to mean 1, so the deviance is 2n·KL(p̂‖p); dispersion = svyvar of the
 * Pearson residuals = n/(n−1)) cut at t²·λ, λ the design effect on the logit scale. R interpolates its profile with
 * a spline; this solves it exactly, which agrees with R to about 5 significant digits.
 */
export function likelihoodInterval(p: number, se: number, q: number, n: number): [number, number] {
  if (p <= 0 || p >= 1) return [p, p];
  const phi = n / (n - 1);
  const target = (phi * q * q * se * se) / (2 * p * (1 - p));
  const f = (x: number) => bernoulliKl(p, x) - target;
  return [bisect(f, 1e-15, p), bisect(f, p, 1 - 1e-15)];
}

/** Clopper–Pearson interval at 0% or 100% on n (the Kish effective n under a design): [0, 1 − (α/2)^(1/n)]. */
export function boundaryInterval(p: number, n: number, level: number): [number, number] {
  const edge = n > 0 ? ((1 - level) / 2) ** (1 / n) : 0;
  return p <= 0 ? [0, 1 - edge] : [edge, 1];
}

/** Upper tail of the F distribution through the incomplete beta function, accurate for tiny p (1 − cdf is not). */
export function fUpperTail(f: number, df1: number, df2: number): number {
  if (!(f > 0)) return 1;
  return jStat.ibeta(df2 / (df2 + df1 * f), df2 / 2, df1 / 2);
}

/**
 * A share's interval as the region pages give it (estimate()'s default): logit, as svyciprop(method = "logit"), and
 * at 0 or 1 the Clopper–Pearson interval on the Kish effective n; `boundary` says which.
 */
export function shareInterval(p: number, se: number, q: number, nEff: number, level = 0.95) {
  const boundary = p <= 0 || p >= 1;
  const ci = boundary ? boundaryInterval(p, nEff, level) : logitInterval(p, se, q);
  return { ci, boundary };
}
