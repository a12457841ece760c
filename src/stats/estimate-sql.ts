import type { Design } from '../core/design';
import {
  calibrationCtes,
  calibrationSelect,
  degfSql,
  designCtes,
  groupBy,
  stageKeys,
  varianceCtes,
} from './variance-sql';

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

function parts(spec: EstimateSpec) {
  const by = spec.by ?? [];
  const x = spec.statistic === 'ratio' ? `(${spec.x})::DOUBLE` : '1.0';
  return {
    gs: by.map((_, i) => g(i)),
    select: [
      ...by.map((e, i) => `${e} AS ${g(i)}`),
      `(${spec.y})::DOUBLE AS _y`,
      `${x} AS _x`,
      `${spec.domain ? `COALESCE((${spec.domain}), false)` : 'true'} AS _in`,
    ],
    valid: spec.statistic === 'ratio' ? `_y IS NOT NULL AND _x IS NOT NULL` : `_y IS NOT NULL`,
  };
}

const SUFFICIENT = `count(*) FILTER (_d) AS _n, sum(_w) FILTER (_d) AS _sw, sum(_w * _w) FILTER (_d) AS _sw2,
    sum(_w * _y * _y) FILTER (_d) AS _twy2, sum(_w * _y) FILTER (_d) AS _ty, sum(_w * _x) FILTER (_d) AS _tx`;

/**
 * The same estimate under replicate weights (SQL expressions `weights`): per group the full-sample totals and
 * `_ty{r}`, `_tx{r}` for every replicate, from which R's svrepdesign estimators follow.
 */
export function compileReplicateTotals(table: string, w: string, weights: string[], spec: EstimateSpec): string {
  const { gs, select, valid } = parts(spec);
  const reps = weights.map((e, r) => `${e} AS _r${r}`);
  const sums = weights.flatMap((_, r) => [
    `sum(_r${r} * _y) FILTER (_d) AS _ty${r}`,
    `sum(_r${r} * _x) FILTER (_d) AS _tx${r}`,
  ]);
  return `WITH src AS (SELECT ${[...select, `${w} AS _w`, ...reps].join(', ')} FROM ${table}),
d AS (SELECT *, _in AND ${valid} AS _d FROM src)
SELECT ${gs.map((c) => c + ', ').join('')}${SUFFICIENT}, ${sums.join(', ')}
FROM d ${groupBy(gs)} ORDER BY ${gs.length ? gs.join(', ') : '1'}`;
}

/** Rows' linearised scores `_z0` by group: domain rows only, or every row when calibration residuals need them. */
function scoreCtes(design: Design, gs: string[], keys: string[], zRow: string, join: string): string[] {
  const cols = [...gs.map((c) => `e.${c}`), ...keys.map((c) => `s.${c}`)].join(', ');
  if (!design.calibration) return [`sc AS (SELECT ${cols}, ${zRow} AS _z0 FROM d s JOIN est e ON ${join} WHERE s._d)`];
  const cx = design.calibration.x.map((_, j) => `s._cx${j}`).join(', ');
  const z0 = `CASE WHEN s._d AND ${join} THEN ${zRow} ELSE 0 END AS _z0`;
  return [
    `sc0 AS (SELECT ${cols}, s._w, s._wb, s._wc, ${cx}, ${z0} FROM d s CROSS JOIN est e)`,
    ...calibrationCtes(design, gs, keys, 1),
  ];
}

/**
 * Compile a design-based estimate to one DuckDB query (Taylor linearisation, as R survey::svymean/svytotal/svyratio,
 * any number of stages). Each output row is a group with sufficient statistics: `_ty, _tx` (weighted totals in the
 * domain), `_var` (linearised variance), `_n`, `_sw`, `_sw2`, `_twy2`, `_df` (R's degf of the group's domain),
 * `_lonely`.
 */
export function compileEstimate(table: string, design: Design, spec: EstimateSpec): string {
  const { gs, select, valid } = parts(spec);
  const zRow = spec.statistic === 'total' ? 's._w * s._y' : `s._w * (s._y - e._ty / e._tx * s._x) / e._tx`;
  const keys = stageKeys(design);
  const join = gs.map((c) => `s.${c} IS NOT DISTINCT FROM e.${c}`).join(' AND ') || 'true';
  const ctes = [
    ...designCtes(table, design, [...select, ...calibrationSelect(design)]),
    `d AS (SELECT *, _in AND ${valid} AS _d FROM dat)`,
    `est AS (
  SELECT ${gs.map((c) => c + ', ').join('')}${SUFFICIENT},
    ${degfSql('_in')} AS _df
  FROM d ${groupBy(gs)})`,
    ...scoreCtes(design, gs, keys, zRow, join),
    ...varianceCtes(design, gs, 1),
  ];
  const vjoin = gs.map((c) => `v.${c} IS NOT DISTINCT FROM e.${c}`).join(' AND ') || 'true';
  return `WITH ${ctes.join(',\n')}
SELECT e.*, COALESCE(v._v0_0, 0) AS _var, (SELECT _lonely FROM lonely) AS _lonely
FROM est e LEFT JOIN var v ON ${vjoin}
ORDER BY ${gs.length ? gs.map((c) => `e.${c}`).join(', ') : '1'}`;
}
