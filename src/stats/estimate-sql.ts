import { type Design, quoteIdent } from './design';

/** What to estimate: a statistic of SQL expressions, optionally in a domain and by groups. */
export interface EstimateSpec {
  statistic: 'mean' | 'total' | 'proportion' | 'ratio';
  /** SQL expression of the variable; NULL where missing. For a proportion, 1/0 (or boolean). */
  y: string;
  /** Denominator expression of a ratio. */
  x?: string;
  /** SQL predicate of the subpopulation; rows outside it stay in the design with zero contribution. */
  domain?: string;
  /** SQL expressions to group by (each group is a domain of the full design). */
  by?: string[];
}

const g = (i: number) => `_g${i}`;

function designColumns(d: Design): string {
  const one = '1';
  return [
    `${d.strata ? quoteIdent(d.strata) : one} AS _h`,
    `${d.ids ? quoteIdent(d.ids) : 'row_number() OVER ()'} AS _psu`,
    `${d.weights ? quoteIdent(d.weights) : one}::DOUBLE AS _w`,
    `${d.fpc ? quoteIdent(d.fpc) : 'NULL'}::DOUBLE AS _fpc`,
  ].join(', ');
}

/** Sampling fraction f_h from R's fpc convention: values ≤ 1 are fractions, larger ones population sizes. */
const FRACTION = `CASE WHEN st._fpc IS NULL THEN 0 WHEN st._fpc <= 1 THEN st._fpc ELSE st._nh / st._fpc END`;

/**
 * Compile a design-based estimate to one DuckDB query (Taylor linearisation, as R survey::svymean/svytotal/svyratio).
 * Each output row is a group with sufficient statistics: `_ty, _tx` (weighted totals in the domain), `_var`
 * (linearised variance of the estimate), `_n`, `_sw`, `_sw2`, `_twy2`, `_dpsu`, `_dstr`.
 */
export function compileEstimate(table: string, design: Design, spec: EstimateSpec): string {
  const by = spec.by ?? [];
  const gs = by.map((_, i) => g(i));
  const gsel = by.map((e, i) => `${e} AS ${g(i)}`);
  const inDom = spec.domain ? `COALESCE((${spec.domain}), false)` : 'true';
  const x = spec.statistic === 'ratio' ? `(${spec.x})::DOUBLE` : '1.0';
  const valid = spec.statistic === 'ratio' ? `_y IS NOT NULL AND _x IS NOT NULL` : `_y IS NOT NULL`;
  const isTotal = spec.statistic === 'total';
  const zRow = isTotal ? 's._w * s._y' : `s._w * (s._y - e._ty / e._tx * s._x) / e._tx`;
  const join = gs.map((c) => `s.${c} IS NOT DISTINCT FROM e.${c}`).join(' AND ') || 'true';
  const groupCols = gs.length ? gs.join(', ') + ', ' : '';
  const eCols = gs.map((c) => `e.${c}`).join(', ');
  return `WITH src AS (
  SELECT ${designColumns(design)}${gsel.length ? ', ' + gsel.join(', ') : ''},
    (${spec.y})::DOUBLE AS _y, ${x} AS _x, ${inDom} AS _in
  FROM ${table}
), dat AS (
  SELECT *, _in AND ${valid} AS _d FROM src
), strata AS (
  SELECT _h, count(DISTINCT _psu)::DOUBLE AS _nh, any_value(_fpc) AS _fpc FROM dat GROUP BY _h
), est AS (
  SELECT ${groupCols}sum(_w * _y) FILTER (_d) AS _ty, sum(_w * _x) FILTER (_d) AS _tx,
    count(*) FILTER (_d) AS _n, sum(_w) FILTER (_d) AS _sw, sum(_w * _w) FILTER (_d) AS _sw2,
    sum(_w * _y * _y) FILTER (_d) AS _twy2,
    count(DISTINCT (_h, _psu)) FILTER (_in) AS _dpsu, count(DISTINCT _h) FILTER (_in) AS _dstr
  FROM dat GROUP BY ${gs.length ? 'ALL' : '()'}
), psu AS (
  SELECT ${gs.map((c) => `e.${c}`).join(', ')}${gs.length ? ', ' : ''}s._h, s._psu, sum(${zRow}) AS _z
  FROM dat s JOIN est e ON ${join}
  WHERE s._d GROUP BY ${eCols ? eCols + ', ' : ''}s._h, s._psu, e._ty, e._tx
), var AS (
  SELECT ${gs.map((c) => `p.${c}`).join(', ')}${gs.length ? ', ' : ''}
    sum(CASE WHEN st._nh > 1 THEN (1 - ${FRACTION}) * st._nh / (st._nh - 1) * (p._szz - p._sz * p._sz / st._nh) ELSE 0 END) AS _var
  FROM (SELECT ${groupCols}_h, sum(_z) AS _sz, sum(_z * _z) AS _szz FROM psu GROUP BY ${groupCols}_h) p
  JOIN strata st ON p._h IS NOT DISTINCT FROM st._h
  GROUP BY ${gs.length ? gs.map((c) => `p.${c}`).join(', ') : '()'}
)
SELECT e.*, COALESCE(v._var, 0) AS _var
FROM est e LEFT JOIN var v ON ${gs.map((c) => `v.${c} IS NOT DISTINCT FROM e.${c}`).join(' AND ') || 'true'}
ORDER BY ${gs.length ? gs.map((c) => `e.${c}`).join(', ') : '1'}`;
}
