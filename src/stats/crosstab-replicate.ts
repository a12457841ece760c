import { type Connector, type Row, quoteIdent } from '../core/sql';
import { type CrosstabSpec, cellIndex } from './crosstab-cells';
import type { Design } from '../core/design';
import {
  type ReplicateWeights,
  jackknifeTotals,
  replicateCovariance,
  replicateDomainDf,
  replicateVariance,
  replicateWeights,
} from './replicate';

type Totals = { ty: number; tx: number };

function select(spec: CrosstabSpec, rl: string[], cl: string[], w: string): string {
  const inDom = spec.domain ? `COALESCE((${spec.domain}), false)` : 'true';
  return `SELECT *, _in AND _r IS NOT NULL AND _c IS NOT NULL AS _d, ${cellIndex(rl, cl)} AS _k FROM (
    SELECT (${spec.rows})::VARCHAR AS _r, (${spec.cols})::VARCHAR AS _c, ${inDom} AS _in, ${w} AS _w`;
}

/** Each replicate's cell totals from replicate-weight columns: k × R sums in one query. */
async function columnReplicates(
  db: Connector,
  table: string,
  w: string,
  rw: ReplicateWeights,
  spec: CrosstabSpec,
  rl: string[],
  cl: string[],
  k: number,
) {
  const reps = rw.exprs.map((e, j) => `${e} AS _r${j}`).join(', ');
  const sums = rw.exprs.flatMap((_, j) =>
    Array.from({ length: k }, (__, i) => `sum(_r${j}) FILTER (_d AND _k = ${i}) AS q${i}_${j}`),
  );
  const [row] = await db.query(`SELECT ${sums.join(', ')} FROM (${select(spec, rl, cl, w)}, ${reps} FROM ${table}))`);
  return rw.exprs.map((_, j) => Array.from({ length: k }, (__, i) => Number(row[`q${i}_${j}`] ?? 0)));
}

/** Each jackknife replicate's cell totals from per-PSU cell totals. */
async function jackknifeReplicates(
  db: Connector,
  table: string,
  w: string,
  rw: ReplicateWeights,
  spec: CrosstabSpec,
  rl: string[],
  cl: string[],
  k: number,
) {
  const jk = rw.jackknife!;
  const psu = `${jk.strata}::VARCHAR AS _jh, ${jk.ids}::VARCHAR AS _jp`;
  const rows =
    await db.query(`SELECT _k, _jh, _jp, sum(_w) AS t FROM (${select(spec, rl, cl, w)}, ${psu} FROM ${table}))
    WHERE _d GROUP BY ALL`);
  const perCell = Array.from({ length: k }, () => new Map<string, Totals>());
  for (const r of rows) perCell[Number(r._k)].set(JSON.stringify([r._jh, r._jp]), { ty: Number(r.t), tx: 0 });
  const reps = perCell.map((m) => jackknifeTotals(jk, m).map((t) => t.ty));
  return jk.psus.map((_, j) => reps.map((cell) => cell[j]));
}

/**
 * The crosstab's spread under replicate weights, as R's svychisq.svyrep.design: cell proportions re-estimated in
 * every replicate give V; row and column shares get their own replicate variances.
 */
export async function replicateSpread(
  db: Connector,
  table: string,
  design: Design,
  spec: CrosstabSpec,
  rl: string[],
  cl: string[],
) {
  const k = rl.length * cl.length;
  const rw = await replicateWeights(db, table, design);
  const w = design.weights ? `${quoteIdent(design.weights)}::DOUBLE` : '1.0';
  const inCell = (i: number) => `FILTER (_d AND _k = ${i})`;
  const cellSums = Array.from(
    { length: k },
    (_, i) => `sum(_w) ${inCell(i)} AS q${i}, sum(_w * _w) ${inCell(i)} AS qq${i}, count(*) ${inCell(i)} AS n${i}`,
  );
  const [full] = await db.query<Row>(`SELECT count(*) FILTER (_in) AS n_in, ${cellSums.join(', ')}
    FROM (${select(spec, rl, cl, w)} FROM ${table}))`);
  const q = Array.from({ length: k }, (_, i) => Number(full[`q${i}`] ?? 0));
  const reps = rw.jackknife
    ? await jackknifeReplicates(db, table, w, rw, spec, rl, cl, k)
    : await columnReplicates(db, table, w, rw, spec, rl, cl, k);
  const share = (t: number[], i: number, set: number[]) => t[i] / set.reduce((s, j) => s + t[j], 0);
  const all = q.map((_, i) => i);
  const cov = (f: (t: number[]) => number, g: (t: number[]) => number) =>
    replicateCovariance(reps.map(f), reps.map(g), f(q), g(q), rw);
  const v = q.map((_, a) =>
    q.map((__, b) =>
      cov(
        (t) => share(t, a, all),
        (t) => share(t, b, all),
      ),
    ),
  );
  const sw = q.reduce((s, x) => s + x, 0);
  return {
    q,
    sw,
    v,
    N: Number(full.n_in),
    nu: spec.domain ? await replicateDomainDf(db, table, rw, spec.domain) : rw.df,
    qq: q.map((_, i) => Number(full[`qq${i}`] ?? 0)),
    counts: new Map(q.map((_, i) => [i, Number(full[`n${i}`] ?? 0)])),
    shareSe: (i: number, set: number[]) => {
      const x = replicateVariance(
        reps.map((t) => share(t, i, set)),
        share(q, i, set),
        rw,
      );
      return Number.isFinite(x) ? Math.sqrt(x) : null;
    },
  };
}
