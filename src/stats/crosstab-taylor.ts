import type { Connector, Row } from '../core/sql';
import { type CrosstabSpec, cellIndex } from './crosstab-cells';
import type { Design } from '../core/design';
import { DesignError } from './design';
import { designCtes, unitKeys, varianceStages } from './variance-sql';

/** Cell totals of the table and, per deepest variance unit, its weighted total in each cell (sparse). */
interface Totals {
  q: number[];
  qq: number[];
  n: number[];
  sw: number;
  N: number;
  nu: number;
  units: Row[];
  strata: Row[][];
}

/** The queries: table totals, per-unit cell totals at the deepest stage R adds, and each stage's strata. */
async function totals(
  db: Connector,
  table: string,
  design: Design,
  spec: CrosstabSpec,
  rl: string[],
  cl: string[],
): Promise<Totals> {
  const inDom = spec.domain ? `COALESCE((${spec.domain}), false)` : 'true';
  const ctes = [
    ...designCtes(table, design, [`(${spec.rows})::VARCHAR AS _r`, `(${spec.cols})::VARCHAR AS _c`, `${inDom} AS _in`]),
    `d AS (SELECT *, _in AND _r IS NOT NULL AND _c IS NOT NULL AS _d, ${cellIndex(rl, cl)} AS _k FROM dat)`,
  ];
  const w = `WITH ${ctes.join(',\n')}`;
  const k = rl.length * cl.length;
  const [all] = await db.query(`${w} SELECT sum(_w) FILTER (_d) AS sw, count(*) FILTER (_in) AS n_in,
    count(DISTINCT (_h1, _p1)) FILTER (_in) AS psu, count(DISTINCT _h1) FILTER (_in) AS str FROM d`);
  const cells = await db.query(
    `${w} SELECT _k, sum(_w) AS q, sum(_w * _w) AS qq, count(*) AS n FROM d WHERE _d GROUP BY _k`,
  );
  const at = (col: string) =>
    Array.from({ length: k }, (_, i) => Number(cells.find((c) => Number(c._k) === i)?.[col] ?? 0));
  const S = varianceStages(design);
  const keys = unitKeys(S);
  const units = await db.query(
    `${w} SELECT ${keys.map((c) => `${c}::VARCHAR AS ${c}`).join(', ')}, _k, sum(_w) AS t FROM d WHERE _d GROUP BY ALL`,
  );
  const strata: Row[][] = [];
  for (let s = 1; s <= S; s++) {
    const kk = [...unitKeys(s - 1), `_h${s}`];
    strata.push(
      await db.query(`${w} SELECT ${kk.map((c) => `${c}::VARCHAR AS ${c}`).join(', ')}, _n, _fr, _m, _avg FROM c${s}`),
    );
  }
  return {
    q: at('q'),
    qq: at('qq'),
    n: at('n'),
    sw: Number(all.sw ?? 0),
    N: Number(all.n_in),
    nu: Number(all.psu) - Number(all.str),
    units,
    strata,
  };
}

const keyOf = (r: Row, cols: string[]) => JSON.stringify(cols.map((c) => r[c]));

/**
 * The covariance of the cell proportions, as svyrecvar: unit totals of the scores z = w(1[cell] − p)/Σw, centred
 * within strata, (1 − f)·n/(n−1), later stages weighted by the earlier sampling fractions, lonely-PSU rules as R.
 * Units are summed from the sparse cell totals, so large tables stay cheap.
 */
function covariance(t: Totals, design: Design, k: number): number[][] {
  const lonely = design.lonelyPsu ?? 'fail';
  const p = t.q.map((x) => (t.sw > 0 ? x / t.sw : 0));
  const v = Array.from({ length: k }, () => new Float64Array(k));
  t.strata.forEach((rows, i) => {
    const s = i + 1,
      uCols = unitKeys(s),
      kCols = [...unitKeys(s - 1), `_h${s}`];
    const unitTotals = new Map<string, { stratum: string; t: Float64Array; tw: number }>();
    for (const r of t.units) {
      const u = keyOf(r, uCols);
      const acc = unitTotals.get(u) ?? { stratum: keyOf(r, kCols), t: new Float64Array(k), tw: 0 };
      acc.t[Number(r._k)] += Number(r.t);
      acc.tw += Number(r.t);
      unitTotals.set(u, acc);
    }
    const byStratum = new Map<string, Float64Array[]>();
    for (const { stratum, t: tu, tw } of unitTotals.values()) {
      const z = tu.map((x, j) => (x - p[j] * tw) / t.sw);
      byStratum.set(stratum, [...(byStratum.get(stratum) ?? []), z]);
    }
    for (const info of rows) {
      const n = Number(info._n),
        fr = Number(info._fr),
        m = Number(info._m) * (lonely === 'average' ? Number(info._avg) : 1);
      if (n === 1 && fr > 1e-7 && lonely === 'fail')
        throw new DesignError(
          `design: stage ${s}, stratum ${String(info[`_h${s}`])} has only one PSU; ` +
            'choose a lonely-PSU rule (certainty, remove, adjust, average)',
        );
      const zs = byStratum.get(keyOf(info, kCols));
      if (!zs || (n === 1 && lonely !== 'adjust')) continue;
      const sum = new Float64Array(k);
      for (const z of zs) for (let a = 0; a < k; a++) sum[a] += z[a];
      const c = n > 1 ? (m * fr * n) / (n - 1) : m * fr;
      for (const z of zs)
        for (let a = 0; a < k; a++) if (z[a] !== 0) for (let b = 0; b < k; b++) v[a][b] += c * z[a] * z[b];
      if (n > 1) for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) v[a][b] -= (c * sum[a] * sum[b]) / n;
    }
  });
  return v.map((r) => Array.from(r));
}

/** Cell totals and the covariance of the cell proportions of a Taylor design (not calibrated). */
export async function taylorCells(
  db: Connector,
  table: string,
  design: Design,
  spec: CrosstabSpec,
  rl: string[],
  cl: string[],
) {
  const t = await totals(db, table, design, spec, rl, cl);
  return { ...t, v: covariance(t, design, rl.length * cl.length) };
}
