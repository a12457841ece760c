import type { Connector } from '../core/sql';
import { type UndefinedReason, noVariance } from './undefined';
import { groupBy } from './variance-sql';

/** One item of a scale: its corrected item–total correlation and the alpha without it (null with a reason). */
export interface AlphaItem {
  item: string;
  mean: number;
  sd: number;
  item_total_r: number | null;
  item_total_r_reason?: UndefinedReason;
  alpha_if_deleted: number | null;
  alpha_if_deleted_reason?: UndefinedReason;
}

/** Cronbach's alpha of a scale on the complete cases, unweighted or with survey weights (weighted covariances). */
export interface AlphaResult {
  alpha: number | null;
  alpha_reason?: UndefinedReason;
  k: number;
  n: number;
  weighted: boolean;
  items: AlphaItem[];
}

/** k/(k−1) · (1 − Σ var_i / var(Σ x_i)) from a covariance matrix (any scale: it cancels). */
export function alphaOf(c: number[][]): number | null {
  const k = c.length;
  const total = c.flat().reduce((s, v) => s + v, 0);
  if (k < 2 || !(total > 0)) return null;
  const diag = c.reduce((s, r, i) => s + r[i], 0);
  return (k / (k - 1)) * (1 - diag / total);
}

const without = (c: number[][], i: number) => c.filter((_, a) => a !== i).map((r) => r.filter((_, b) => b !== i));

/** Corrected item–total correlation: item i against the sum of the other items; undefined if either is constant. */
function itemTotal(c: number[][], i: number): Pick<AlphaItem, 'item_total_r' | 'item_total_r_reason'> {
  const others = c.map((_, j) => j).filter((j) => j !== i);
  const cov = others.reduce((s, j) => s + c[i][j], 0);
  const varRest = others.reduce((s, a) => s + others.reduce((t, b) => t + c[a][b], 0), 0);
  if (!(c[i][i] > 0 && varRest > 0)) return { item_total_r: null, item_total_r_reason: 'no_variance' };
  return { item_total_r: cov / Math.sqrt(c[i][i] * varRest) };
}

/** Alpha of a covariance matrix, or why it has none: fewer than two items, or a scale with no variance. */
function alphaWithReason(c: number[][]): { value: number | null; reason?: UndefinedReason } {
  if (c.length < 2) return { value: null, reason: 'one_level' };
  const value = alphaOf(c);
  return value === null ? { value, reason: 'no_variance' } : { value };
}

/**
 * The covariances with a constant item's exactly 0: Σwx² − sw·m² leaves rounding of about 1e−16·m² where the item
 * has no variance, which would otherwise become an item–total r of ±1 or an alpha of −4.
 */
function withConstantsZero(c: number[][], mean: number[]): number[][] {
  const constant = c.map((row, i) => noVariance(row[i], mean[i], 1e-14));
  return c.map((row, i) => row.map((v, j) => (constant[i] || constant[j] ? 0 : v)));
}

/**
 * Cronbach's alpha of `items` (SQL expressions, NULL where missing) over the rows where every item is answered
 * (listwise, as R's psych::alpha with use = "complete" and SPSS), with item–total correlations and alpha if deleted.
 * With `weight`, covariances are weighted (R's cov.wt); the design does not enter alpha itself.
 */
export async function cronbachAlpha(
  db: Connector,
  table: string,
  items: string[],
  opts: { weight?: string; domain?: string; names?: string[] } = {},
): Promise<AlphaResult> {
  const w = opts.weight ? `(${opts.weight})::DOUBLE` : '1.0';
  const ok = [
    ...items.map((e) => `(${e}) IS NOT NULL`),
    opts.domain ? `COALESCE((${opts.domain}), false)` : 'true',
    `${w} IS NOT NULL`,
  ].join(' AND ');
  const x = items.map((e, i) => `(${e})::DOUBLE AS x${i}`);
  const sums = items.flatMap((_, i) => [
    `sum(_w * x${i}) AS s${i}`,
    ...items.map((__, j) => (j >= i ? `sum(_w * x${i} * x${j}) AS p${i}_${j}` : '')).filter(Boolean),
  ]);
  const validRows = `SELECT ${w} AS _w, ${x.join(', ')} FROM ${table} WHERE ${ok}`;
  const [r] = await db.query(
    `SELECT count(*) AS n, sum(_w) AS sw, ${sums.join(', ')} FROM (${validRows}) ${groupBy([])}`,
  );
  const n = Number(r.n),
    sw = Number(r.sw);
  const mean = items.map((_, i) => Number(r[`s${i}`]) / sw);
  const raw = items.map((_, i) =>
    items.map((__, j) => (Number(r[`p${Math.min(i, j)}_${Math.max(i, j)}`]) - sw * mean[i] * mean[j]) / sw),
  );
  const c = withConstantsZero(raw, mean);
  const alpha = n > 1 ? alphaWithReason(c) : { value: null, reason: 'no_df' as const };
  return {
    alpha: alpha.value,
    ...(alpha.reason ? { alpha_reason: alpha.reason } : {}),
    k: items.length,
    n,
    weighted: !!opts.weight,
    items: items.map((e, i) => {
      // With two items, alpha without one is not a scale's alpha: null, as ever.
      const deleted = items.length > 2 ? alphaWithReason(without(c, i)) : { value: null };
      return {
        item: opts.names?.[i] ?? e,
        mean: mean[i],
        sd: Math.sqrt(c[i][i] * (opts.weight ? 1 : n / (n - 1))),
        ...itemTotal(c, i),
        alpha_if_deleted: deleted.value,
        ...(deleted.reason ? { alpha_if_deleted_reason: deleted.reason } : {}),
      };
    }),
  };
}
