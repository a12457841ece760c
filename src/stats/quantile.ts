import { type Connector, quoteIdent } from '../core/sql';
import { criticalValue } from './ci';
import type { Design } from '../core/design';
import { estimate } from './estimate';

/** A quantile with its Woodruff interval; `se` is the interval's width over 2·t, as R reports it. */
export interface QuantileEstimate {
  p: number;
  estimate: number | null;
  se: number | null;
  ci_low: number | null;
  ci_high: number | null;
  df: number | null;
  n: number;
}

/** R survey's qrule "math": the smallest value whose weighted CDF reaches p (with R's quirk below the first value). */
export function quantileMath(values: number[], cumWeights: number[], p: number): number {
  const total = cumWeights[cumWeights.length - 1];
  const target = Math.min(Math.max(p, 0), 1) * total;
  const i = cumWeights.findIndex((c) => c >= target - 1e-12 * total);
  // R's qs() falls back to the first position when no cumulative weight is ≤ p·W, then takes the next value.
  if (i === 0 && cumWeights[0] > target + 1e-12 * total) return values[Math.min(1, values.length - 1)];
  return values[i === -1 ? values.length - 1 : i];
}

/**
 * Design-based quantiles as R survey (≥ 4.1) svyquantile's defaults: qrule "math" and Woodruff intervals
 * (interval.type "mean": a t interval, on design df, for the CDF at the quantile, mapped back through the CDF).
 */
export async function quantiles(
  db: Connector,
  table: string,
  design: Design,
  variable: string,
  ps: number[],
  level = 0.95,
  domain?: string,
): Promise<QuantileEstimate[]> {
  const y = quoteIdent(variable);
  const w = design.weights ? `${quoteIdent(design.weights)}::DOUBLE` : '1.0';
  const inDomain = domain ? `COALESCE((${domain}), false)` : 'true';
  const kept = `${y} IS NOT NULL AND ${inDomain}`;
  const weightPerValue = `SELECT ${y}::DOUBLE AS v, sum(${w}) AS sw FROM ${table} WHERE ${kept} GROUP BY 1`;
  const rows = await db.query<{ v: number; cw: number }>(
    `SELECT v, sum(sw) OVER (ORDER BY v) AS cw FROM (${weightPerValue}) ORDER BY v`,
  );
  const values = rows.map((r) => r.v);
  const cum = rows.map((r) => r.cw);
  const out: QuantileEstimate[] = [];
  for (const p of ps) {
    if (!values.length) {
      out.push({ p, estimate: null, se: null, ci_low: null, ci_high: null, df: null, n: 0 });
      continue;
    }
    const q = quantileMath(values, cum, p);
    const [cdf] = await estimate(db, table, design, {
      statistic: 'proportion',
      y: `CASE WHEN ${y} IS NOT NULL THEN (${y} <= ${q})::INT END`,
      domain,
    });
    const t = criticalValue(level, cdf.df ?? Infinity);
    // Centred on the estimated CDF at the quantile, F̂(q̂) ≥ p, as R does; a bound outside [0, 1] has no quantile.
    const at = (u: number) => (u < 0 || u > 1 ? null : quantileMath(values, cum, u));
    const lo = at(cdf.estimate! - t * cdf.se!),
      hi = at(cdf.estimate! + t * cdf.se!);
    const se = lo === null || hi === null ? null : (hi - lo) / (2 * t);
    out.push({ p, estimate: q, se, ci_low: lo, ci_high: hi, df: cdf.df, n: cdf.n });
  }
  return out;
}
