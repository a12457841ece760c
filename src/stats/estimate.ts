import { type Connector, type Row, quoteIdent } from '../core/sql';
import {
  asinInterval,
  betaInterval,
  boundaryInterval,
  criticalValue,
  likelihoodInterval,
  logitInterval,
  waldInterval,
} from './ci';
import type { Design } from '../core/design';
import { DesignError } from './design';
import { type EstimateSpec, compileEstimate, compileReplicateTotals } from './estimate-sql';
import { type ReplicateWeights, jackknifeTotals, replicateVariance, replicateWeights } from './replicate';
import { type UndefinedReason, noVariance } from './undefined';

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
  /** Why deff is null where R's is NaN: no variance under simple random sampling (a constant), or n < 2. */
  deff_reason?: UndefinedReason;
  sum_w: number;
  /** `boundary` (0% or 100%: exact interval on the effective n), `outside_0_1` (a Wald interval leaving [0, 1]). */
  flags?: string[];
}

/** Interval options: level, degrees of freedom ('design' = R's degf of the domain, or a number/Infinity). */
export interface IntervalOptions {
  level?: number;
  df?: 'design' | number;
  /**
   * Proportion intervals as R's svyciprop: logit (= xlogit here: the same delta-method logit), beta, likelihood,
   * asin, mean (Wald).
   */
  ciMethod?: 'logit' | 'xlogit' | 'beta' | 'likelihood' | 'asin' | 'mean';
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/**
 * Design effect as R's svymean/svytotal(deff = TRUE): design variance over the variance under simple random
 * sampling without replacement of n from N̂ = Σw, using svyvar's n/(n−1) weighted variance.
 */
function designEffect(r: Row, spec: EstimateSpec, variance: number): Pick<Estimate, 'deff' | 'deff_reason'> {
  const n = Number(r._n),
    sw = Number(r._sw),
    ty = Number(r._ty),
    twy2 = Number(r._twy2);
  if (spec.statistic === 'ratio' || !(sw > 0)) return { deff: null };
  if (n < 2) return { deff: null, deff_reason: 'no_df' };
  const s2 = ((twy2 - (ty * ty) / sw) / sw) * (n / (n - 1));
  const fpcSrs = (sw - n) / sw;
  const vsrs = spec.statistic === 'total' ? ((s2 * sw * sw) / n) * fpcSrs : (s2 / n) * fpcSrs;
  // A constant's s² is rounding (R: NaN); so is an SRS variance with the whole population sampled.
  if (noVariance(s2, ty / sw, 1e-14) || !(vsrs > 0)) return { deff: null, deff_reason: 'no_variance' };
  return { deff: variance / vsrs };
}

/** A proportion's interval by svyciprop's methods; at 0% or 100% a Clopper–Pearson interval on the Kish n_eff. */
function proportionInterval(
  p: number,
  se: number,
  o: { q: number; level: number; n: number; nEff: number; df: number; method: IntervalOptions['ciMethod'] },
): { ci: [number, number]; flags: string[] } {
  if (p <= 0 || p >= 1) return { ci: boundaryInterval(p, o.nEff, o.level), flags: ['boundary'] };
  const ci: [number, number] =
    o.method === 'beta'
      ? betaInterval(p, se, o.level, o.n, o.df)
      : o.method === 'asin'
        ? asinInterval(p, se, o.q)
        : o.method === 'likelihood'
          ? likelihoodInterval(p, se, o.q, o.n)
          : o.method === 'mean'
            ? waldInterval(p, se, o.q)
            : logitInterval(p, se, o.q);
  return { ci, flags: ci[0] < 0 || ci[1] > 1 ? ['outside_0_1'] : [] };
}

/** Turn the sufficient statistics of one group into an estimate with SE, interval and design effect. */
export function finishEstimate(r: Row, spec: EstimateSpec, opts: IntervalOptions = {}): Estimate {
  const { level = 0.95, df: dfOpt = 'design', ciMethod = 'logit' } = opts;
  const n = Number(r._n ?? 0);
  const ty = num(r._ty),
    tx = num(r._tx);
  const by = Object.keys(r)
    .filter((k) => /^_g\d+$/.test(k))
    .sort((a, b) => +a.slice(2) - +b.slice(2))
    .map((k) => r[k]);
  const sw = Number(r._sw ?? 0),
    sw2 = Number(r._sw2 ?? 0);
  const estimate = n === 0 || ty === null ? null : spec.statistic === 'total' ? ty : tx ? ty / tx : null;
  const base = { by, n, sum_w: sw, n_eff: sw2 > 0 ? (sw * sw) / sw2 : null };
  if (estimate === null)
    return { ...base, estimate: null, se: null, ci_low: null, ci_high: null, df: null, deff: null };
  if (r._var === null || r._var === undefined)
    return { ...base, estimate, se: null, ci_low: null, ci_high: null, df: null, deff: null };
  const variance = Math.max(0, Number(r._var));
  const se = Math.sqrt(variance);
  const df = dfOpt === 'design' ? Number(r._df) : dfOpt;
  const q = criticalValue(level, df);
  const { ci, flags } =
    spec.statistic === 'proportion'
      ? proportionInterval(estimate, se, { q, level, n, nEff: base.n_eff ?? n, df, method: ciMethod })
      : { ci: waldInterval(estimate, se, q), flags: [] };
  const ok = Number.isFinite(q);
  return {
    ...base,
    estimate,
    se,
    flags,
    ci_low: ok ? ci[0] : null,
    ci_high: ok ? ci[1] : null,
    df: Number.isFinite(df) ? df : null,
    ...designEffect(r, spec, variance),
  };
}

/** R's default lonely.psu = "fail": a stratum with one PSU stops the analysis with a message naming it. */
export function failOnLonely(design: Design, row: Row | undefined) {
  if ((design.lonelyPsu ?? 'fail') === 'fail' && row?._lonely) {
    throw new DesignError(
      `design: ${row._lonely} has only one PSU; choose a lonely-PSU rule (certainty, remove, adjust, average)`,
    );
  }
}

/** Compile, run and finish a design-based estimate: one Estimate per group (one without `by`). */
export async function estimate(
  db: Connector,
  table: string,
  design: Design,
  spec: EstimateSpec,
  opts: IntervalOptions = {},
): Promise<Estimate[]> {
  if (design.replicates) return replicateEstimate(db, table, design, spec, opts);
  const rows = await db.query(compileEstimate(table, design, spec));
  failOnLonely(design, rows[0]);
  return rows.map((r) => finishEstimate(r, spec, opts));
}

const SUMS = ['_n', '_sw', '_sw2', '_twy2', '_ty', '_tx'];

/** Per group: the full-sample sufficient statistics and each replicate's (ty, tx). */
export async function replicateTotals(
  db: Connector,
  table: string,
  w: string,
  rw: ReplicateWeights,
  spec: EstimateSpec,
) {
  if (!rw.jackknife) {
    const rows = await db.query(compileReplicateTotals(table, w, rw.exprs, spec));
    return rows.map((r) => ({
      row: r,
      reps: rw.exprs.map((_, i) => ({ ty: Number(r[`_ty${i}`]), tx: Number(r[`_tx${i}`]) })),
    }));
  }
  const jk = rw.jackknife;
  const by = spec.by ?? [];
  const rows = await db.query(
    compileReplicateTotals(table, w, [], { ...spec, by: [...by, `${jk.strata}::VARCHAR`, `${jk.ids}::VARCHAR`] }),
  );
  const groups = new Map<string, { row: Row; psus: Map<string, { ty: number; tx: number }> }>();
  for (const r of rows) {
    const g = by.map((_, i) => r[`_g${i}`]);
    const key = JSON.stringify(g, (_, v) => (typeof v === 'bigint' ? String(v) : v));
    const cur = groups.get(key) ?? {
      row: Object.fromEntries([...g.map((v, i) => [`_g${i}`, v]), ...SUMS.map((c) => [c, 0])]),
      psus: new Map(),
    };
    for (const c of SUMS) cur.row[c] = Number(cur.row[c]) + Number(r[c] ?? 0);
    cur.psus.set(JSON.stringify([r[`_g${by.length}`], r[`_g${by.length + 1}`]]), {
      ty: Number(r._ty ?? 0),
      tx: Number(r._tx ?? 0),
    });
    groups.set(key, cur);
  }
  return [...groups.values()]
    .filter((g) => Number(g.row._n) > 0)
    .map((g) => ({ row: g.row, reps: jackknifeTotals(jk, g.psus) }));
}

/** The estimate under a replicate-weight design: each replicate's statistic, then R's svrVar; df = degf. */
async function replicateEstimate(
  db: Connector,
  table: string,
  design: Design,
  spec: EstimateSpec,
  opts: IntervalOptions,
): Promise<Estimate[]> {
  const rw = await replicateWeights(db, table, design);
  const w = design.weights ? `${quoteIdent(design.weights)}::DOUBLE` : '1.0';
  const stat = (t: { ty: number; tx: number }) => (spec.statistic === 'total' ? t.ty : t.ty / t.tx);
  return (await replicateTotals(db, table, w, rw, spec)).map(({ row, reps }) => {
    const v = replicateVariance(reps.map(stat), stat({ ty: Number(row._ty), tx: Number(row._tx) }), rw);
    return finishEstimate({ ...row, _var: Number.isFinite(v) ? v : null, _df: rw.df }, spec, opts);
  });
}
