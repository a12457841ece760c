import type { Connector } from '../core/sql';
import { groupBy } from './variance-sql';

/** One item of a scale: its corrected item–total correlation and the alpha without it. */
export interface AlphaItem {
  item: string;
  mean: number;
  sd: number;
  item_total_r: number;
  alpha_if_deleted: number | null;
}

/** Cronbach's alpha of a scale on the complete cases, unweighted or with survey weights (weighted covariances). */
export interface AlphaResult {
  alpha: number | null;
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

/** Corrected item–total correlation: item i against the sum of the other items. */
function itemTotal(c: number[][], i: number): number {
  const others = c.map((_, j) => j).filter((j) => j !== i);
  const cov = others.reduce((s, j) => s + c[i][j], 0);
  const varRest = others.reduce((s, a) => s + others.reduce((t, b) => t + c[a][b], 0), 0);
  return cov / Math.sqrt(c[i][i] * varRest);
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
  const c = items.map((_, i) =>
    items.map((__, j) => (Number(r[`p${Math.min(i, j)}_${Math.max(i, j)}`]) - sw * mean[i] * mean[j]) / sw),
  );
  return {
    alpha: n > 1 ? alphaOf(c) : null,
    k: items.length,
    n,
    weighted: !!opts.weight,
    items: items.map((e, i) => ({
      item: opts.names?.[i] ?? e,
      mean: mean[i],
      sd: Math.sqrt(c[i][i] * (opts.weight ? 1 : n / (n - 1))),
      item_total_r: itemTotal(c, i),
      alpha_if_deleted: items.length > 2 ? alphaOf(without(c, i)) : null,
    })),
  };
}
