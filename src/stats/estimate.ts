import type { Connector, Row } from '../data/connector';
import { asinInterval, betaInterval, criticalValue, logitInterval, waldInterval } from './ci';
import type { Design } from './design';
import { type EstimateSpec, compileEstimate } from './estimate-sql';

/** One design-based estimate for one group. Names follow R survey and the CLI contract. */
export interface Estimate {
  by: unknown[];
  estimate: number | null;
  se: number | null;
  ci_low: number | null;
  ci_high: number | null;
  df: number | null;
  n: number;
  n_eff: number | null;
  deff: number | null;
  sum_w: number;
}

/** Interval options: level, degrees of freedom ('design' = PSUs − strata of the domain, or a number/Infinity). */
export interface IntervalOptions {
  level?: number;
  df?: 'design' | number;
  /** Proportion intervals as R's svyciprop: logit (= xlogit here: the same delta-method logit), beta, asin, mean (Wald). */
  ciMethod?: 'logit' | 'xlogit' | 'beta' | 'asin' | 'mean';
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/**
 * Design effect as R's svymean/svytotal(deff = TRUE): design variance over the variance under simple random
 * sampling without replacement of n from N̂ = Σw, using svyvar's n/(n−1) weighted variance.
 */
function designEffect(r: Row, spec: EstimateSpec, variance: number): number | null {
  const n = Number(r._n), sw = Number(r._sw), ty = Number(r._ty), twy2 = Number(r._twy2);
  if (spec.statistic === 'ratio' || n < 2 || !(sw > 0)) return null;
  const s2 = ((twy2 - (ty * ty) / sw) / sw) * (n / (n - 1));
  const fpcSrs = (sw - n) / sw;
  const vsrs = spec.statistic === 'total' ? ((s2 * sw * sw) / n) * fpcSrs : (s2 / n) * fpcSrs;
  return vsrs > 0 ? variance / vsrs : null;
}

/** Turn the sufficient statistics of one group into an estimate with SE, interval and design effect. */
export function finishEstimate(r: Row, spec: EstimateSpec, opts: IntervalOptions = {}): Estimate {
  const { level = 0.95, df: dfOpt = 'design', ciMethod = 'logit' } = opts;
  const n = Number(r._n ?? 0);
  const ty = num(r._ty), tx = num(r._tx);
  const by = Object.keys(r).filter((k) => /^_g\d+$/.test(k)).sort((a, b) => +a.slice(2) - +b.slice(2)).map((k) => r[k]);
  const sw = Number(r._sw ?? 0), sw2 = Number(r._sw2 ?? 0);
  const estimate = n === 0 || ty === null ? null : spec.statistic === 'total' ? ty : tx ? ty / tx : null;
  const base = { by, n, sum_w: sw, n_eff: sw2 > 0 ? (sw * sw) / sw2 : null };
  if (estimate === null) return { ...base, estimate: null, se: null, ci_low: null, ci_high: null, df: null, deff: null };
  const variance = Math.max(0, Number(r._var));
  const se = Math.sqrt(variance);
  const df = dfOpt === 'design' ? Number(r._dpsu) - Number(r._dstr) : dfOpt;
  const q = criticalValue(level, df);
  let ci: [number, number];
  const prop = spec.statistic === 'proportion';
  if (prop && (ciMethod === 'logit' || ciMethod === 'xlogit')) ci = logitInterval(estimate, se, q);
  else if (prop && ciMethod === 'beta') ci = betaInterval(estimate, se, level, n, df);
  else if (prop && ciMethod === 'asin') ci = asinInterval(estimate, se, q);
  else ci = waldInterval(estimate, se, q);
  const ok = Number.isFinite(q);
  return {
    ...base,
    estimate,
    se,
    ci_low: ok ? ci[0] : null,
    ci_high: ok ? ci[1] : null,
    df: Number.isFinite(df) ? df : null,
    deff: designEffect(r, spec, variance),
  };
}

/** Compile, run and finish a design-based estimate: one Estimate per group (one without `by`). */
export async function estimate(
  db: Connector, table: string, design: Design, spec: EstimateSpec, opts: IntervalOptions = {},
): Promise<Estimate[]> {
  const rows = await db.query(compileEstimate(table, design, spec));
  return rows.map((r) => finishEstimate(r, spec, opts));
}
