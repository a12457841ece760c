import type { Design, LonelyPsu } from '../core/design';
import { type Stage, stagesOf } from './design';
import { quoteIdent } from '../core/sql';

/** SQL for the multistage Taylor variance of R survey's svyrecvar (onestrat/onestage/multistage). */
const range = (n: number) => Array.from({ length: n }, (_, i) => i);
/** The key columns of the units down to stage s: `_h1, _p1, …, _h{s}, _p{s}`. */
export const unitKeys = (s: number) => range(s).flatMap((t) => [`_h${t + 1}`, `_p${t + 1}`]);
/** The key columns every score row carries for the variance: all the design's stages. */
export const stageKeys = (design: Design) => unitKeys(stagesOf(design).length);
const keysP = (s: number) => unitKeys(s - 1);
const keysK = (s: number) => [...keysP(s), `_h${s}`];
const keysU = (s: number) => [...keysK(s), `_p${s}`];
const match = (a: string, b: string, cols: string[]) =>
  cols.map((c) => `${a}.${c} IS NOT DISTINCT FROM ${b}.${c}`).join(' AND ') || 'true';
export const groupBy = (cols: string[]) => (cols.length ? `GROUP BY ${cols.join(', ')}` : '');
const list = (cols: string[]) => (cols.length ? cols.join(', ') + ', ' : '');

function stageColumns(stages: Stage[]): string[] {
  return stages.flatMap((st, i) => [
    `${st.strata ? quoteIdent(st.strata) : '1'} AS _h${i + 1}`,
    `${st.ids ? quoteIdent(st.ids) : 'row_number() OVER ()'} AS _p${i + 1}`,
    `${st.fpc ? `${quoteIdent(st.fpc)}::DOUBLE` : 'NULL::DOUBLE'} AS _fpc${i + 1}`,
  ]);
}

/**
 * Per stage: strata with their sample PSU count `_n`, population `_pop`, R's f = (N − n)/N as `_fr`,
 * multiplier `_m`.
 */
function countCtes(stages: Stage[]): string[] {
  return stages.map((_, i) => {
    const s = i + 1,
      K = keysK(s),
      P = keysP(s);
    const counts = `count(DISTINCT _p${s})::DOUBLE AS _n, any_value(_fpc${s}) AS _fpc`;
    const base = `SELECT ${K.join(', ')}, ${counts} FROM src ${groupBy(K)}`;
    const pop = `CASE WHEN b._fpc IS NULL THEN NULL WHEN b._fpc <= 1 THEN b._n / b._fpc ELSE b._fpc END`;
    const parent = s === 1 ? '' : `JOIN c${s - 1} q ON ${match('b', 'q', keysK(s - 1))}`;
    const m = s === 1 ? '1.0' : 'q._m * q._n / q._pop';
    return `c${s} AS (
  SELECT b.*, ${pop} AS _pop, CASE WHEN b._fpc IS NULL THEN 1.0 ELSE (${pop} - b._n) / (${pop}) END AS _fr, ${m} AS _m,
    count(*) OVER w / sum(CASE WHEN b._n = 1 AND (b._fpc IS NULL OR ${pop} > b._n) THEN 0 ELSE 1 END) OVER w AS _avg
  FROM (${base}) b ${parent}
  WINDOW w AS (${P.length ? `PARTITION BY ${P.map((c) => 'b.' + c).join(', ')}` : ''})
)`;
  });
}

/**
 * CTEs `src`, `c1…cS` and `dat`: the table's rows with stage keys `_h{s}`, `_p{s}`, weight `_w` (from the fpc,
 * N/n per stage, when the design has no weights, as R) and the extra `select` expressions.
 */
export function designCtes(table: string, design: Design, select: string[]): string[] {
  const stages = stagesOf(design);
  const w0 = design.weights ? `${quoteIdent(design.weights)}::DOUBLE` : 'NULL::DOUBLE';
  const src = `src AS (SELECT ${[...stageColumns(stages), `${w0} AS _w0`, ...select].join(', ')} FROM ${table})`;
  const joins = stages.map((_, i) => `JOIN c${i + 1} ON ${match('src', `c${i + 1}`, keysK(i + 1))}`).join(' ');
  const fromFpc = stages.every((s) => s.fpc)
    ? stages.map((_, i) => `c${i + 1}._pop / c${i + 1}._n`).join(' * ')
    : '1.0';
  const dat = `dat AS (SELECT src.*, COALESCE(src._w0, ${fromFpc}) AS _w FROM src ${joins})`;
  return [src, ...countCtes(stages), dat];
}

/**
 * R's degf as an aggregate over `dat` rows: PSUs − strata among the rows where `where` holds and the weight is not 0
 * (R's subset drops the other rows of a domain, and degf skips PSUs and strata whose every row weighs 0).
 */
export const degfSql = (where = 'true') => {
  const f = `FILTER ((${where}) AND _w <> 0)`;
  return `count(DISTINCT (_h1, _p1)) ${f} - count(DISTINCT _h1) ${f}`;
};

/** Number of stages whose variance R adds: all of them with an fpc, else the first (ultimate cluster). */
export function varianceStages(design: Design): number {
  const stages = stagesOf(design);
  return stages.every((s) => s.fpc) ? stages.length : 1;
}

export const pairs = (k: number) => range(k).flatMap((a) => range(k - a).map((d) => [a, a + d] as const));

function stratumVariance(a: number, b: number, lonely: LonelyPsu): string {
  const centred = `c._fr * c._n / (c._n - 1) * (k._S${a}_${b} - k._T${a} * k._T${b} / c._n)`;
  const single = lonely === 'adjust' ? `c._fr * k._S${a}_${b}` : '0';
  const avg = lonely === 'average' ? ' * c._avg' : '';
  return `sum(c._m${avg} * CASE WHEN c._n > 1 THEN ${centred} ELSE ${single} END) AS _v${a}_${b}`;
}

/**
 * CTEs from `sc` (group columns `gs`, stage keys and score columns `_z0…_z{k-1}`) to `var` (one row per group with
 * `_v{a}_{b}`, the covariance of the scores' totals, for all pairs or `only` some) and `lonely` (the first stratum
 * with one PSU, for "fail").
 */
export function varianceCtes(
  design: Design,
  gs: string[],
  k: number,
  only: ReadonlyArray<readonly [number, number]> = pairs(k),
): string[] {
  const lonely = design.lonelyPsu ?? 'fail';
  const S = varianceStages(design);
  const ctes: string[] = [];
  const z = range(k);
  for (let s = 1; s <= S; s++) {
    const U = keysU(s),
      K = keysK(s);
    const unitKeys = [...gs, ...U];
    const unitTotals = z.map((i) => `sum(_z${i}) AS _t${i}`).join(', ');
    ctes.push(`u${s} AS (SELECT ${list(unitKeys)}${unitTotals} FROM sc ${groupBy(unitKeys)})`);
    const S2 = only.map(([a, b]) => `sum(_t${a} * _t${b}) AS _S${a}_${b}`);
    const stratumKeys = [...gs, ...K];
    const stratumSums = [...z.map((i) => `sum(_t${i}) AS _T${i}`), ...S2].join(', ');
    ctes.push(`k${s} AS (SELECT ${list(stratumKeys)}${stratumSums} FROM u${s} ${groupBy(stratumKeys)})`);
    const kgs = gs.map((g) => `k.${g}`);
    const groups = list(kgs.map((g, i) => `${g} AS ${gs[i]}`));
    const variances = only.map(([a, b]) => stratumVariance(a, b, lonely)).join(', ');
    ctes.push(`v${s} AS (SELECT ${groups}${variances}
  FROM k${s} k JOIN c${s} c ON ${match('k', 'c', K)} ${groupBy(kgs)})`);
  }
  const all = range(S)
    .map((s) => `SELECT * FROM v${s + 1}`)
    .join(' UNION ALL BY NAME ');
  const summed = only.map(([a, b]) => `sum(_v${a}_${b}) AS _v${a}_${b}`).join(', ');
  ctes.push(`var AS (SELECT ${list(gs)}${summed} FROM (${all}) ${groupBy(gs)})`);
  const firstLonely = range(S)
    .map(
      (s) =>
        `SELECT 'stage ${s + 1}, stratum ' || _h${s + 1}::VARCHAR AS _l FROM c${s + 1} WHERE _n = 1 AND _fr > 1e-7`,
    )
    .join(' UNION ALL ');
  ctes.push(`lonely AS (SELECT min(_l) AS _lonely FROM (${firstLonely}))`);
  return ctes;
}

/** The extra columns a calibrated design's scores need: model columns `_cx{j}` and the base weight `_wb`. */
export function calibrationSelect(design: Design): string[] {
  const cal = design.calibration;
  return cal
    ? [
        ...cal.x.map((e, j) => `(${e})::DOUBLE AS _cx${j}`),
        `${quoteIdent(cal.base)}::DOUBLE AS _wb`,
        `${quoteIdent(cal.calibrated)}::DOUBLE AS _wc`,
      ]
    : [];
}

/**
 * R's variance for a calibrated design: from `sc0` (every row; scores 0 outside the domain) to `sc`, each score
 * replaced by its residual z − w_c·xᵀβ, β = (Σ w₀ x xᵀ)⁻¹ Σ x z w₀/w_c (qr.resid on the calibration model; w₀, w_c
 * the weights before and right after calibration).
 */
export function calibrationCtes(design: Design, gs: string[], keys: string[], k: number): string[] {
  const { x, ainv } = design.calibration!;
  const J = range(x.length),
    Z = range(k);
  const m = J.flatMap((j) => Z.map((i) => `sum(_cx${j} * _z${i} * _wb / _wc) AS _m${j}_${i}`));
  const beta = (j: number, i: number) => `(${J.map((q) => `${ainv[j][q]} * m._m${q}_${i}`).join(' + ')})`;
  const z = Z.map((i) => `s._z${i} - s._wc * (${J.map((j) => `s._cx${j} * ${beta(j, i)}`).join(' + ')}) AS _z${i}`);
  const rowKeys = list([...gs.map((g) => `s.${g}`), ...keys.map((c) => `s.${c}`)]);
  return [
    `m AS (SELECT ${list(gs)}${m.join(', ')} FROM sc0 ${groupBy(gs)})`,
    `sc AS (SELECT ${rowKeys}${z.join(', ')} FROM sc0 s JOIN m ON ${match('s', 'm', gs)})`,
  ];
}

/** `sc` from score expressions over `from` rows in the domain `where`; all rows and residuals when calibrated. */
export function scoreCte(design: Design, keys: string[], z: string[], from: string, where: string): string[] {
  const named = (f: (e: string) => string) => z.map((e, i) => `${f(e)} AS _z${i}`).join(', ');
  if (!design.calibration) return [`sc AS (SELECT ${keys.join(', ')}, ${named((e) => e)} FROM ${from} WHERE ${where})`];
  const cx = design.calibration.x.map((_, j) => `_cx${j}`).join(', ');
  const zeroOutside = named((e) => `CASE WHEN ${where} THEN ${e} ELSE 0 END`);
  return [
    `sc0 AS (SELECT ${keys.join(', ')}, _w, _wb, _wc, ${cx}, ${zeroOutside} FROM ${from})`,
    ...calibrationCtes(design, [], keys, z.length),
  ];
}
