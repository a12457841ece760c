import jStatModule from 'jstat';
import { type Connector, type Row, quoteIdent } from '../core/sql';
import { fUpperTail } from './ci';
import type { Design } from '../core/design';
import { DesignError } from './design';
import { failOnLonely } from './estimate';
import { type Matrix, multiply, residualize, solve, trace, transpose } from './matrix';
import { type CrosstabSpec, cellIndex } from './crosstab-cells';
import { replicateSpread } from './crosstab-replicate';
import { taylorCells } from './crosstab-taylor';
import { type UndefinedReason, noDesignEffect } from './undefined';
import { calibrationSelect, designCtes, pairs, scoreCte, stageKeys, varianceCtes } from './variance-sql';

const jStat = jStatModule.jStat ?? jStatModule;

export type { CrosstabSpec };

/** One cell: counts and percentages (0–100) with linearised SEs. Names follow the CLI contract. */
export interface CrosstabCell {
  row: string;
  col: string;
  n: number;
  weighted_n: number;
  cell_pct: number | null;
  row_pct: number | null;
  col_pct: number | null;
  se_cell_pct: number | null;
  se_row_pct: number | null;
  se_col_pct: number | null;
}

/**
 * R's svychisq: Rao–Scott second-order F (default) and the first-order chi-square variant. Where the test is
 * undefined every number is null and `reason` says why.
 */
export interface CrosstabTest {
  statistic: 'F';
  F: number | null;
  ndf: number | null;
  ddf: number | null;
  p: number | null;
  chisq: number | null;
  chisq_p: number | null;
  reason: UndefinedReason | null;
}

/** A crosstab's levels, cells, svychisq test and design df. */
export interface Crosstab {
  rows: string[];
  cols: string[];
  cells: CrosstabCell[];
  test: CrosstabTest;
  df: number;
  /** Σw² of each cell, for Kish's effective n of any base (row, column, table). */
  sumW2: number[];
}

const MAX_CELLS = 400;
const MAX_CALIBRATED_CELLS = 60;

/**
 * The row and column levels present in the domain: those of the respondents who answered both, with a weight.
 * A level absent from the domain is no row of the table (as svychisq on subset(design, …)).
 */
async function levels(db: Connector, table: string, design: Design, spec: CrosstabSpec): Promise<string[][]> {
  const inDom = spec.domain ? `COALESCE((${spec.domain}), false)` : 'true';
  const w = design.weights ? `${quoteIdent(design.weights)}::DOUBLE` : '1.0';
  const answered = `SELECT (${spec.rows}) AS r, (${spec.cols}) AS c FROM ${table}
    WHERE ${inDom} AND (${spec.rows}) IS NOT NULL AND (${spec.cols}) IS NOT NULL AND ${w} <> 0`;
  const rows = await db.query<{ v: unknown }>(`SELECT DISTINCT r AS v FROM (${answered}) ORDER BY v`);
  const cols = await db.query<{ v: unknown }>(`SELECT DISTINCT c AS v FROM (${answered}) ORDER BY v`);
  return [rows, cols].map((x) => x.map((r) => String(r.v)));
}

const undefinedTest = (reason: UndefinedReason): CrosstabTest => ({
  statistic: 'F',
  ...{ F: null, ndf: null, ddf: null, p: null, chisq: null, chisq_p: null },
  reason,
});

/** CTEs to `sc`: each row's cell index `_k` and the linearised scores of the cell proportions. */
export function crosstabCtes(
  table: string,
  design: Design,
  spec: CrosstabSpec,
  rl: string[],
  cl: string[],
  only: ReadonlyArray<readonly [number, number]>,
): string[] {
  const k = rl.length * cl.length;
  const inDom = spec.domain ? `COALESCE((${spec.domain}), false)` : 'true';
  const keys = stageKeys(design);
  const cell = cellIndex(rl, cl);
  const zs = Array.from({ length: k }, (_, i) => `_w * ((_k = ${i})::DOUBLE - _q${i} / _sw) / _sw`);
  const inCell = (i: number) => `FILTER (_d AND _k = ${i})`;
  const cellSums = Array.from(
    { length: k },
    (_, i) => `sum(_w) ${inCell(i)} AS _q${i}, sum(_w * _w) ${inCell(i)} AS _qq${i}, count(*) ${inCell(i)} AS _n${i}`,
  );
  const sampleSizes = [
    'count(*) FILTER (_in) AS _N',
    'count(DISTINCT (_h1, _p1)) FILTER (_in) AS _psu',
    'count(DISTINCT _h1) FILTER (_in) AS _str',
  ].join(', ');
  return [
    ...designCtes(table, design, [
      `(${spec.rows})::VARCHAR AS _r`,
      `(${spec.cols})::VARCHAR AS _c`,
      `${inDom} AS _in`,
      ...calibrationSelect(design),
    ]),
    `d AS (SELECT *, _in AND _r IS NOT NULL AND _c IS NOT NULL AS _d, ${cell} AS _k FROM dat)`,
    `tot AS (SELECT sum(_w) FILTER (_d) AS _sw, ${sampleSizes},
  ${cellSums.join(', ')} FROM d)`,
    ...scoreCte(design, keys, zs, 'd, tot', '_d'),
    ...varianceCtes(design, [], k, only),
  ];
}

/** Pairs of cells per query: a large table's covariance is summed in several passes to keep each query small. */
const PAIRS_PER_QUERY = 300;

/** SE of p_c / Σ_{c∈S} p_c by the delta method (a row or column percentage). */
function shareSe(p: number[], v: Matrix, c: number, set: number[]): number | null {
  const tot = set.reduce((s, i) => s + p[i], 0);
  if (!(tot > 0)) return null;
  const g = p.map((_, i) => (set.includes(i) ? -p[c] / tot ** 2 : 0) + (i === c ? 1 / tot : 0));
  return Math.sqrt(Math.max(0, multiply([g], multiply(v, transpose([g])))[0][0]));
}

/** svychisq's construction (REFERENCE.md): Δ from the interaction contrasts, X² on the table scaled to n. */
export function raoScott(p: number[], v: Matrix, r: number, c: number, n: number, nu: number): CrosstabTest {
  if (r < 2 || c < 2) return undefinedTest('one_level');
  if (!(nu > 0)) return undefinedTest('no_df');
  const at = (k: number) => [k % r, Math.floor(k / r)];
  const o = p.map((x) => x * n);
  const rs = Array.from({ length: r }, (_, i) => o.filter((_, k) => at(k)[0] === i).reduce((s, x) => s + x, 0));
  const cs = Array.from({ length: c }, (_, j) => o.filter((_, k) => at(k)[1] === j).reduce((s, x) => s + x, 0));
  const chisq = o.reduce((s, x, k) => {
    const e = (rs[at(k)[0]] * cs[at(k)[1]]) / n;
    return e > 0 ? s + (x - e) ** 2 / e : s;
  }, 0);
  const x1 = p.map((_, k) => [
    1,
    ...Array.from({ length: r - 1 }, (_, i) => +(at(k)[0] === i + 1)),
    ...Array.from({ length: c - 1 }, (_, j) => +(at(k)[1] === j + 1)),
  ]);
  const x12 = p.map((_, k) =>
    Array.from(
      { length: (r - 1) * (c - 1) },
      (_, m) => +(at(k)[0] === (m % (r - 1)) + 1 && at(k)[1] === Math.floor(m / (r - 1)) + 1),
    ),
  );
  const cm = residualize(x1, x12);
  const dInv = p.map((x) => (x === 0 ? 0 : 1 / x));
  const cd = cm.map((row, k) => row.map((x) => x * dInv[k])); // D⁻¹C
  const denom = multiply(transpose(cm), cd).map((row) => row.map((x) => x / n));
  const delta = solveOrNull(denom, multiply(transpose(cd), multiply(v, cd)));
  if (!delta) return undefinedTest('sparse_table');
  const tr = trace(delta),
    tr2 = trace(multiply(delta, delta));
  const dfChi = (r - 1) * (c - 1);
  // Δ's eigenvalues are design effects: all of them zero means no design variance to scale X² by.
  if (noDesignEffect(tr, dfChi) || noDesignEffect(tr2, dfChi)) return undefinedTest('no_variance');
  const F = chisq / tr,
    ndf = (tr * tr) / tr2,
    ddf = ndf * nu;
  return {
    statistic: 'F',
    F,
    ndf,
    ddf,
    p: fUpperTail(F, ndf, ddf),
    chisq,
    chisq_p: 1 - jStat.chisquare.cdf(chisq / (tr / dfChi), dfChi),
    reason: null,
  };
}

function solveOrNull(a: Matrix, b: Matrix): Matrix | null {
  try {
    return solve(a, b);
  } catch {
    return null;
  }
}

/** What both variance routes give the table: cell totals, proportions, their covariance and a share SE. */
interface Spread {
  q: number[];
  qq: number[];
  sw: number;
  v: Matrix;
  N: number;
  nu: number;
  counts: Map<number, number>;
  shareSe: (cell: number, set: number[]) => number | null;
}

function finish(rl: string[], cl: string[], s: Spread): Crosstab {
  const { q, sw, v } = s;
  const p = q.map((x) => (sw > 0 ? x / sw : 0));
  const r = rl.length;
  const cells = p.map((pc, i): CrosstabCell => {
    const [ri, ci] = [i % r, Math.floor(i / r)];
    const inRow = p.map((_, j) => j).filter((j) => j % r === ri);
    const inCol = p.map((_, j) => j).filter((j) => Math.floor(j / r) === ci);
    const share = (set: number[]) => {
      const t = set.reduce((a, j) => a + p[j], 0);
      return t > 0 ? (100 * pc) / t : null;
    };
    const se = (set: number[]) => {
      const x = s.shareSe(i, set);
      return x === null ? null : 100 * x;
    };
    return {
      row: rl[ri],
      col: cl[ci],
      n: s.counts.get(i) ?? 0,
      weighted_n: q[i],
      cell_pct: sw > 0 ? 100 * pc : null,
      row_pct: share(inRow),
      col_pct: share(inCol),
      se_cell_pct: sw > 0 ? 100 * Math.sqrt(Math.max(0, v[i][i])) : null,
      se_row_pct: se(inRow),
      se_col_pct: se(inCol),
    };
  });
  return {
    rows: rl,
    cols: cl,
    cells,
    test: sw > 0 ? raoScott(p, v, r, cl.length, s.N, s.nu) : undefinedTest('no_data'),
    df: s.nu,
    sumW2: s.qq,
  };
}

/** The calibrated route: linearised scores and their covariance in SQL, a few hundred cell pairs per query. */
async function calibratedCells(
  db: Connector,
  table: string,
  design: Design,
  spec: CrosstabSpec,
  rl: string[],
  cl: string[],
) {
  const k = rl.length * cl.length;
  if (k > MAX_CALIBRATED_CELLS)
    throw new DesignError(`crosstab: ${k} cells on a calibrated design; at most ${MAX_CALIBRATED_CELLS} are supported`);
  const all = pairs(k);
  const v = Array.from({ length: k }, () => Array<number>(k).fill(0));
  let row: Row = {};
  for (let from = 0; from < all.length; from += PAIRS_PER_QUERY) {
    const only = all.slice(from, from + PAIRS_PER_QUERY);
    [row] = await db.query(
      `WITH ${crosstabCtes(table, design, spec, rl, cl, only).join(',\n')} SELECT * FROM var, tot, lonely`,
    );
    failOnLonely(design, row);
    for (const [a, b] of only) v[a][b] = v[b][a] = Number(row[`_v${a}_${b}`] ?? 0);
  }
  const col = (c: string) => Array.from({ length: k }, (_, i) => Number(row[`_${c}${i}`] ?? 0));
  return {
    q: col('q'),
    qq: col('qq'),
    n: col('n'),
    sw: Number(row._sw ?? 0),
    N: Number(row._N),
    nu: Number(row._psu) - Number(row._str),
    v,
  };
}

async function taylorSpread(
  db: Connector,
  table: string,
  design: Design,
  spec: CrosstabSpec,
  rl: string[],
  cl: string[],
): Promise<Spread> {
  const c = design.calibration
    ? await calibratedCells(db, table, design, spec, rl, cl)
    : await taylorCells(db, table, design, spec, rl, cl);
  const p = c.q.map((x) => (c.sw > 0 ? x / c.sw : 0));
  return {
    q: c.q,
    qq: c.qq,
    sw: c.sw,
    v: c.v,
    N: c.N,
    nu: c.nu,
    counts: new Map(c.n.map((x, i) => [i, x])),
    shareSe: (i, set) => shareSe(p, c.v, i, set),
  };
}

/**
 * A design-based two-way table with cell/row/column percentages and R's svychisq tests
 * (Taylor or replicate designs).
 */
export async function crosstab(db: Connector, table: string, design: Design, spec: CrosstabSpec): Promise<Crosstab> {
  const [rl, cl] = await levels(db, table, design, spec);
  const k = rl.length * cl.length;
  if (k > MAX_CELLS)
    throw new DesignError(`crosstab: ${rl.length} × ${cl.length} cells; at most ${MAX_CELLS} are supported`);
  if (!k) return { rows: rl, cols: cl, cells: [], test: undefinedTest('no_data'), df: 0, sumW2: [] };
  const spread = design.replicates
    ? await replicateSpread(db, table, design, spec, rl, cl)
    : await taylorSpread(db, table, design, spec, rl, cl);
  return finish(rl, cl, spread);
}
