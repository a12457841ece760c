import jStatModule from 'jstat';
import { type Connector, quoteIdent, quoteLiteral } from '../core/sql';
import { criticalValue, fUpperTail } from './ci';
import type { Design } from '../core/design';
import { DesignError } from './design';
import { failOnLonely, replicateTotals } from './estimate';
import { replicateCovariance, replicateWeights } from './replicate';
import type { EstimateSpec } from './estimate-sql';
import { multiply, solve, transpose } from './matrix';
import { type UndefinedReason, noVariance } from './undefined';
import { calibrationSelect, degfSql, designCtes, pairs, scoreCte, stageKeys, varianceCtes } from './variance-sql';

const jStat = jStatModule.jStat ?? jStatModule;

/**
 * Estimates in several domains of one design with their joint covariance (R's svyby(..., covmat = TRUE)); `df` is
 * the degf of the levels together, `dfs` and `nEff` each level's own degf and Kish effective n.
 */
export interface DomainEstimates {
  levels: string[];
  estimates: number[];
  n: number[];
  nEff: number[];
  cov: number[][];
  df: number;
  dfs: number[];
}

/**
 * A difference of estimates with SE, t interval on the design df and a two-sided p-value. Without design df the
 * interval and p are null, without design variance p is: `reason` says which.
 */
export interface Difference {
  estimate: number;
  se: number;
  ci_low: number | null;
  ci_high: number | null;
  df: number;
  p: number | null;
  statistic: number | null;
  reason: UndefinedReason | null;
}

/**
 * Means, proportions or ratios of `spec` in each level of `group` (e.g. the wave), linearised together so that
 * their covariance is known: the scores of level l are w·1[g = l]·(y − R_l·x)/X̂_l, as R's svyby with covmat.
 */
export async function domainEstimates(
  db: Connector,
  table: string,
  design: Design,
  spec: EstimateSpec,
  group: string,
  levels: string[],
): Promise<DomainEstimates> {
  if (spec.statistic === 'total') throw new DesignError('change: compare means, proportions or ratios');
  if (design.replicates) return replicateDomains(db, table, design, spec, group, levels);
  const k = levels.length;
  const x = spec.statistic === 'ratio' ? `(${spec.x})::DOUBLE` : '1.0';
  const valid = spec.statistic === 'ratio' ? '_y IS NOT NULL AND _x IS NOT NULL' : '_y IS NOT NULL';
  const inDom = spec.domain ? `COALESCE((${spec.domain}), false)` : 'true';
  const keys = stageKeys(design);
  const li = (i: number) => `_g = ${quoteLiteral(levels[i])}`;
  const inLevel = (i: number) => `FILTER (_d AND ${li(i)})`;
  const levelTotals = levels.map(
    (_, i) =>
      `sum(_w * _y) ${inLevel(i)} AS _ty${i}, sum(_w * _x) ${inLevel(i)} AS _tx${i}, count(*) ${inLevel(i)} AS _n${i},
  sum(_w) ${inLevel(i)} AS _sw${i}, sum(_w * _w) ${inLevel(i)} AS _sww${i}, ${degfSql(`_in AND ${li(i)}`)} AS _df${i}`,
  );
  const ctes = [
    ...designCtes(table, design, [
      `(${spec.y})::DOUBLE AS _y`,
      `${x} AS _x`,
      `(${group})::VARCHAR AS _g`,
      `${inDom} AS _in`,
      ...calibrationSelect(design),
    ]),
    `d AS (SELECT *, _in AND ${valid} AS _d FROM dat)`,
    `est AS (SELECT ${degfSql(`_in AND _g IN (${levels.map(quoteLiteral).join(', ')})`)} AS _df,
  ${levelTotals.join(',\n  ')} FROM d)`,
    ...scoreCte(
      design,
      keys,
      levels.map((_, i) => `CASE WHEN ${li(i)} THEN _w * (_y - _ty${i} / _tx${i} * _x) / _tx${i} ELSE 0 END`),
      'd, est',
      '_d',
    ),
    ...varianceCtes(design, [], k),
  ];
  const [row] = await db.query(`WITH ${ctes.join(',\n')} SELECT * FROM var, est, lonely`);
  failOnLonely(design, row);
  const cov = Array.from({ length: k }, () => Array<number>(k).fill(0));
  for (const [a, b] of pairs(k)) cov[a][b] = cov[b][a] = Number(row[`_v${a}_${b}`] ?? 0);
  return {
    levels,
    estimates: levels.map((_, i) => Number(row[`_ty${i}`]) / Number(row[`_tx${i}`])),
    n: levels.map((_, i) => Number(row[`_n${i}`])),
    nEff: levels.map((_, i) => Number(row[`_sw${i}`]) ** 2 / Number(row[`_sww${i}`])),
    cov,
    df: Number(row._df),
    dfs: levels.map((_, i) => Number(row[`_df${i}`])),
  };
}

/** Domain estimates under replicate weights: each level's statistic in every replicate gives their covariance. */
async function replicateDomains(
  db: Connector,
  table: string,
  design: Design,
  spec: EstimateSpec,
  group: string,
  levels: string[],
): Promise<DomainEstimates> {
  const rw = await replicateWeights(db, table, design);
  const w = design.weights ? `${quoteIdent(design.weights)}::DOUBLE` : '1.0';
  const inLevels = `(${group})::VARCHAR IN (${levels.map(quoteLiteral).join(', ')})`;
  const groups = await replicateTotals(db, table, w, rw, {
    ...spec,
    by: [`(${group})::VARCHAR`],
    domain: spec.domain ? `(${spec.domain}) AND ${inLevels}` : inLevels,
  });
  const at = levels.map((l) => groups.find((g) => String(g.row._g0) === l));
  const theta = (t: { ty: number; tx: number }) => t.ty / t.tx;
  const reps = at.map((g) => g?.reps.map(theta) ?? rw.exprs.map(() => NaN));
  const est = at.map((g) => (g ? Number(g.row._ty) / Number(g.row._tx) : NaN));
  const cov = levels.map((_, a) => levels.map((__, b) => replicateCovariance(reps[a], reps[b], est[a], est[b], rw)));
  return {
    levels,
    estimates: est,
    n: at.map((g) => Number(g?.row._n ?? 0)),
    nEff: at.map((g) => (g ? Number(g.row._sw) ** 2 / Number(g.row._sw2) : NaN)),
    cov,
    df: rw.df,
    dfs: levels.map(() => rw.df),
  };
}

/**
 * The change interval every page and the CLI give: estimate ± t(df)·se with its two-sided p, normal when df is
 * Infinity. Without design df the interval and p are null, without design variance p is: `reason` says which.
 * `size`: the largest term of the difference, against which a rounding-level variance counts as none.
 */
export function changeInterval(
  estimate: number,
  se: number,
  df: number,
  level = 0.95,
  size = Math.abs(estimate),
): Difference {
  const q = criticalValue(level, df);
  const reason = !(df >= 1) ? 'no_df' : noVariance(se * se, size) ? 'no_variance' : null;
  const ci =
    reason === 'no_df' ? { ci_low: null, ci_high: null } : { ci_low: estimate - q * se, ci_high: estimate + q * se };
  if (reason) return { estimate, se, ...ci, df, p: null, statistic: null, reason };
  const statistic = estimate / se;
  const p = Number.isFinite(df)
    ? 2 * (1 - jStat.studentt.cdf(Math.abs(statistic), df))
    : 2 * (1 - jStat.normal.cdf(Math.abs(statistic), 0, 1));
  return { estimate, se, ...ci, df, p, statistic, reason: null };
}

/** A linear contrast Σ c_i θ_i of domain estimates with its SE (R's svycontrast). */
export function contrast(d: DomainEstimates, coefs: number[], level = 0.95): Difference {
  const est = coefs.reduce((s, c, i) => s + c * d.estimates[i], 0);
  const v = coefs.reduce((s, a, i) => s + coefs.reduce((t, b, j) => t + a * b * d.cov[i][j], 0), 0);
  const size = Math.max(...coefs.map((c, i) => Math.abs(c * d.estimates[i])));
  return changeInterval(est, Math.sqrt(Math.max(0, v)), d.df, level, size);
}

/**
 * Welch–Satterthwaite df of a sum of independent variances: (v₁ + v₂)² / (v₁²/df₁ + v₂²/df₂). A term without
 * variance (an exact figure) or on infinite df adds nothing to the denominator.
 */
export function welchDf(a: { v: number; df: number }, b: { v: number; df: number }): number {
  const term = ({ v, df }: { v: number; df: number }) => (v > 0 ? (v * v) / df : 0);
  const den = term(a) + term(b);
  return den > 0 ? (a.v + b.v) ** 2 / den : Infinity;
}

/**
 * The difference b − a of estimates from independent samples (two cross-sections with their own designs):
 * SE √(se_a² + se_b²), t on the Welch–Satterthwaite df from the two design dfs.
 */
export function independentDifference(
  a: { estimate: number; se: number; df: number },
  b: { estimate: number; se: number; df: number },
  level = 0.95,
): Difference {
  const [va, vb] = [a.se ** 2, b.se ** 2];
  const df = welchDf({ v: va, df: a.df }, { v: vb, df: b.df });
  const size = Math.max(Math.abs(a.estimate), Math.abs(b.estimate));
  return changeInterval(b.estimate - a.estimate, Math.sqrt(va + vb), df, level, size);
}

/**
 * A test that several domain means are equal, as R's regTermTest(svyglm(y ~ group), ~group) (method "Wald"):
 * F = W/k on k and ν − k df, k = groups − 1, W the Wald statistic of the differences from the first group.
 * Undefined (every number null, `reason` why) with one group, too few design df or no design variance.
 */
export interface EqualityTest {
  F: number | null;
  ndf: number | null;
  ddf: number | null;
  p: number | null;
  reason: UndefinedReason | null;
}

export const undefinedEquality = (reason: UndefinedReason): EqualityTest => ({
  ...{ F: null, ndf: null, ddf: null, p: null },
  reason,
});

export function equalityTest(d: DomainEstimates): EqualityTest {
  const g = d.estimates.length,
    nu = d.df,
    k = g - 1;
  if (k < 1) return undefinedEquality('one_level');
  if (!(nu - k >= 1)) return undefinedEquality('no_df');
  const c: number[][] = Array.from({ length: k }, (_, i) =>
    d.estimates.map((_, j) => (j === 0 ? -1 : j === i + 1 ? 1 : 0)),
  );
  const diff = c.map((row) => row.reduce((s, v, j) => s + v * d.estimates[j], 0));
  const cv = multiply(multiply(c, d.cov), transpose(c));
  const size = Math.max(...d.estimates.map(Math.abs));
  if (cv.some((row, i) => noVariance(row[i], size))) return undefinedEquality('no_variance');
  let w: number;
  try {
    w = diff.reduce(
      (s, v, i) =>
        s +
        v *
          solve(
            cv,
            diff.map((x) => [x]),
          )[i][0],
      0,
    );
  } catch {
    return undefinedEquality('no_variance');
  }
  const F = w / k;
  return { F, ndf: k, ddf: nu - k, p: fUpperTail(F, k, nu - k), reason: null };
}
