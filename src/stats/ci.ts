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
