import { type Connector, type Row, quoteIdent } from '../core/sql';
import type { Design } from '../core/design';
import { DesignError, stagesOf } from './design';

/** A delete-one-PSU jackknife: the PSUs (stratum, id, PSUs in the stratum) in replicate order. */
export interface Jackknife {
  strata: string;
  ids: string;
  psus: Array<{ h: string; p: string; n: number }>;
}

/**
 * Replicate weights with R's scale and rscales; `df` is R's degf (rank of the weights − 1). Given as SQL expressions
 * (`exprs`), or as a jackknife whose replicate totals follow from PSU totals without a column per replicate.
 */
export interface ReplicateWeights {
  exprs: string[];
  jackknife?: Jackknife;
  scale: number;
  rscales: number[];
  mse: boolean;
  df: number;
}

const MAX_REPLICATES = 500;

/** R's default scales for replicate weights given as columns (svrepdesign with combined.weights = TRUE). */
function defaultScale(type: string, r: number, rho: number): number {
  if (type === 'BRR') return 1 / r;
  if (type === 'Fay') return 1 / (r * (1 - rho) ** 2);
  if (type === 'bootstrap') return 1 / (r - 1);
  return (r - 1) / r;
}

async function fromColumns(db: Connector, table: string, design: Design): Promise<Omit<ReplicateWeights, 'df'>> {
  const rep = design.replicates!;
  let re: RegExp;
  try {
    re = new RegExp(rep.columns);
  } catch {
    throw new DesignError(`design.repweights: "${rep.columns}" is not a regular expression`);
  }
  const cols = (await db.query<{ column_name: string }>(`SELECT column_name FROM (DESCRIBE ${table})`)).map(
    (r) => r.column_name,
  );
  const hits = cols.filter((c) => re.test(c) && c !== design.weights);
  if (hits.length < 2)
    throw new DesignError(
      `design.repweights: "${rep.columns}" matches ${hits.length} column(s); a replicate design needs at least 2`,
    );
  if (hits.length > MAX_REPLICATES)
    throw new DesignError(
      `design.repweights: ${hits.length} replicate columns; at most ${MAX_REPLICATES} are supported`,
    );
  if (rep.type === 'JKn' && !rep.rscales)
    throw new DesignError('design: JKn replicate weights need rscales ((n_h − 1)/n_h per replicate), as R requires');
  const r = hits.length;
  return {
    exprs: hits.map((c) => `${quoteIdent(c)}::DOUBLE`),
    scale: rep.scale ?? defaultScale(rep.type, r, rep.rho ?? 0),
    rscales: rep.rscales ?? Array(r).fill(1),
    mse: rep.mse ?? false,
  };
}

interface PsuRow extends Row {
  h: unknown;
  p: unknown;
  n: number;
  pop: number | null;
}

/**
 * Jackknife weights from a Taylor design, as R's as.svrepdesign: JK1 drops one PSU at a time (others × n/(n−1),
 * scale (n−1)/n × (N−n)/N); JKn does so within each stratum (rscales (n_h−1)/n_h × fpc_h).
 */
async function jackknife(db: Connector, table: string, design: Design, type: 'JK1' | 'JKn'): Promise<ReplicateWeights> {
  const [stage] = stagesOf(design);
  const h = stage.strata && type === 'JKn' ? quoteIdent(stage.strata) : `'1'`;
  const p = stage.ids ? quoteIdent(stage.ids) : 'NULL';
  if (!stage.ids) throw new DesignError('design: jackknife replicates need PSUs (ids=…); give every row an id column');
  const fpc = stage.fpc ? `any_value(${quoteIdent(stage.fpc)})::DOUBLE` : 'NULL';
  const psus = await db.query<PsuRow>(`SELECT h, p, count(*) OVER (PARTITION BY h)::DOUBLE AS n, pop FROM (
    SELECT ${h}::VARCHAR AS h, ${p}::VARCHAR AS p, ${fpc} AS pop FROM ${table} GROUP BY ALL) ORDER BY h, p`);
  if (psus.length > MAX_REPLICATES)
    throw new DesignError(`design: ${psus.length} PSUs; jackknife supports at most ${MAX_REPLICATES}`);
  const kept: Jackknife['psus'] = [],
    rscales: number[] = [];
  for (const r of psus) {
    if (r.n < 2) {
      if ((design.lonelyPsu ?? 'fail') === 'fail')
        throw new DesignError(`design: stratum ${String(r.h)} has only one PSU`);
      continue;
    }
    kept.push({ h: String(r.h), p: String(r.p), n: r.n });
    const pop = r.pop === null ? null : r.pop <= 1 ? r.n / r.pop : r.pop;
    rscales.push(((r.n - 1) / r.n) * (pop === null ? 1 : (pop - r.n) / pop));
  }
  const mse = design.replicates?.mse ?? false;
  // The replicates of each stratum sum to n_h × the weights, so their rank is PSUs − (strata − 1).
  const strata = new Set(kept.map((r) => r.h)).size;
  const jackknife = { strata: h, ids: p, psus: kept };
  return type === 'JK1'
    ? { exprs: [], jackknife, scale: rscales[0] ?? 0, rscales: Array(kept.length).fill(1), mse, df: kept.length - 1 }
    : { exprs: [], jackknife, scale: 1, rscales, mse, df: kept.length - strata };
}

/** Rank of the replicate weights (Gram matrix, pivot-free Cholesky as LINPACK's dqrdc2 with tol 1e-5). */
async function weightRank(db: Connector, table: string, exprs: string[]): Promise<number> {
  const k = exprs.length;
  const sums: string[] = [];
  for (let a = 0; a < k; a++) for (let b = a; b < k; b++) sums.push(`sum((${exprs[a]}) * (${exprs[b]})) AS g${a}_${b}`);
  const [row] = await db.query(`SELECT ${sums.join(', ')} FROM ${table}`);
  const G = Array.from({ length: k }, (_, a) =>
    Array.from({ length: k }, (_, b) => Number(row[`g${Math.min(a, b)}_${Math.max(a, b)}`])),
  );
  const basis: number[][] = []; // rows of the Cholesky factor for the columns kept
  const kept: number[] = [];
  for (let j = 0; j < k; j++) {
    let resid = G[j][j];
    const coef: number[] = [];
    for (let m = 0; m < kept.length; m++) {
      let c = G[j][kept[m]];
      for (let q = 0; q < m; q++) c -= coef[q] * basis[m][q];
      c /= basis[m][m];
      coef.push(c);
      resid -= c * c;
    }
    if (resid > 1e-10 * G[j][j]) {
      coef.push(Math.sqrt(resid));
      basis.push(coef);
      kept.push(j);
    }
  }
  return kept.length;
}

/** The replicate weights of a design: its columns (svrepdesign) or a jackknife of its PSUs (as.svrepdesign). */
export async function replicateWeights(db: Connector, table: string, design: Design): Promise<ReplicateWeights> {
  const rep = design.replicates!;
  if (!rep.columns) {
    const jk = await jackknife(db, table, design, rep.type === 'JKn' ? 'JKn' : 'JK1');
    if (!jk.jackknife!.psus.length)
      throw new DesignError('design: no replicate can be formed (every stratum has one PSU)');
    return jk;
  }
  const base = await fromColumns(db, table, design);
  return { ...base, df: (await weightRank(db, table, base.exprs)) - 1 };
}

/**
 * R's svrVar for two statistics: scale · Σ rscales_r (a_r − ā)(b_r − b̄), each centred on its replicates' mean or,
 * with mse, on its full-sample value (a0, b0).
 */
export function replicateCovariance(a: number[], b: number[], a0: number, b0: number, rw: ReplicateWeights): number {
  const centre = (xs: number[], x0: number) => (rw.mse ? x0 : xs.reduce((s, v) => s + v, 0) / xs.length);
  const [ca, cb] = [centre(a, a0), centre(b, b0)];
  return rw.scale * a.reduce((s, v, i) => s + rw.rscales[i] * (v - ca) * (b[i] - cb), 0);
}

/** R's svrVar of one statistic (NaN when a replicate has none). */
export function replicateVariance(thetas: number[], theta: number, rw: ReplicateWeights): number {
  return thetas.every(Number.isFinite) ? replicateCovariance(thetas, thetas, theta, theta, rw) : NaN;
}

type Totals = { ty: number; tx: number };

/** Each jackknife replicate's totals: other strata unchanged, PSU i dropped, the rest of its stratum × n/(n−1). */
export function jackknifeTotals(jk: Jackknife, byPsu: Map<string, Totals>): Totals[] {
  const key = (h: string, p: string) => JSON.stringify([h, p]);
  const all: Totals = { ty: 0, tx: 0 };
  const stratum = new Map<string, Totals>();
  for (const [k, t] of byPsu) {
    const [h] = JSON.parse(k) as [string];
    const s = stratum.get(h) ?? { ty: 0, tx: 0 };
    stratum.set(h, { ty: s.ty + t.ty, tx: s.tx + t.tx });
    all.ty += t.ty;
    all.tx += t.tx;
  }
  return jk.psus.map(({ h, p, n }) => {
    const s = stratum.get(h) ?? { ty: 0, tx: 0 };
    const i = byPsu.get(key(h, p)) ?? { ty: 0, tx: 0 };
    const f = n / (n - 1);
    return { ty: all.ty - s.ty + f * (s.ty - i.ty), tx: all.tx - s.tx + f * (s.tx - i.tx) };
  });
}

/**
 * R's degf(subset(design, domain)): the rank of the replicate weights over the domain's rows, minus 1. For a jackknife
 * of PSUs the rank follows from which PSUs hold a domain row (A) and which strata have all of theirs there (F): the
 * PSU indicators span |A| dimensions, less one per stratum of F whose replicates sum to a multiple of the weights, plus
 * the weights themselves once F is not empty.
 */
export async function replicateDomainDf(
  db: Connector,
  table: string,
  rw: ReplicateWeights,
  domain: string,
): Promise<number> {
  const inDom = `COALESCE((${domain}), false)`;
  const jk = rw.jackknife;
  if (!jk) return (await weightRank(db, `(SELECT * FROM ${table} WHERE ${inDom})`, rw.exprs)) - 1;
  const key = (h: unknown, p: unknown) => JSON.stringify([String(h), String(p)]);
  const hits = await db.query(
    `SELECT DISTINCT ${jk.strata}::VARCHAR AS h, ${jk.ids}::VARCHAR AS p FROM ${table} WHERE ${inDom}`,
  );
  const inA = new Set(hits.map((r) => key(r.h, r.p)));
  const a = jk.psus.filter((x) => inA.has(key(x.h, x.p)));
  const strata = [...new Set(jk.psus.map((x) => x.h))];
  const f = strata.filter((h) => jk.psus.every((x) => x.h !== h || inA.has(key(x.h, x.p)))).length;
  return (f ? a.length - f + 1 : a.length) - 1;
}
