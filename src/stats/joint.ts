import { type Connector, type Row, quoteIdent } from '../core/sql';
import type { Design } from '../core/design';
import { criticalValue, waldInterval } from './ci';
import { failOnLonely, replicateTotals } from './estimate';
import { replicateCovariance, replicateWeights } from './replicate';
import {
  calibrationCtes,
  calibrationSelect,
  degfSql,
  designCtes,
  groupBy,
  pairs,
  stageKeys,
  varianceCtes,
} from './variance-sql';

/** One mean of a joint estimate: `y` (NULL where missing) over the rows of its own domain. */
export interface JointPart {
  y: string;
  domain?: string;
}

/**
 * Several means of one design in each group, with their joint covariance (R's svymean of several variables, or
 * svytotal of numerators and denominators with svycontrast): each part keeps its own base.
 */
export interface JointMeans {
  by: unknown[];
  estimates: Array<number | null>;
  n: number[];
  n_eff: Array<number | null>;
  cov: number[][];
  /** Design df of the union of the parts' domains (replicate designs: the rank of the weights − 1). */
  df: number | null;
}

const range = (k: number) => Array.from({ length: k }, (_, i) => i);
const inDomain = (p: JointPart) => (p.domain ? `COALESCE((${p.domain}), false)` : 'true');

function select(parts: JointPart[], by: string[]): string[] {
  return [
    ...by.map((e, i) => `${e} AS _g${i}`),
    ...parts.map((p, k) => `(${p.y})::DOUBLE AS _y${k}`),
    ...parts.map((p, k) => `${inDomain(p)} AS _in${k}`),
    `${parts.map(inDomain).join(' OR ')} AS _in`,
  ];
}

/** Each row's linearised score of part k: w·(y − m)/N̂ in the part's base, 0 elsewhere (R's svymean influence). */
const score = (k: number) => `CASE WHEN s._d${k} THEN s._w * (s._y${k} - e._ty${k} / e._tx${k}) / e._tx${k} ELSE 0 END`;

function scoreCtes(design: Design, gs: string[], keys: string[], k: number, join: string): string[] {
  const cols = [...gs.map((c) => `e.${c}`), ...keys.map((c) => `s.${c}`)].join(', ');
  const z = range(k).map((i) => `${score(i)} AS _z${i}`);
  if (!design.calibration) {
    const any = range(k).map((i) => `s._d${i}`);
    return [`sc AS (SELECT ${cols}, ${z.join(', ')} FROM d s JOIN est e ON ${join} WHERE ${any.join(' OR ')})`];
  }
  const cx = design.calibration.x.map((_, j) => `s._cx${j}`).join(', ');
  const zero = range(k).map((i) => `CASE WHEN ${join} THEN ${score(i)} ELSE 0 END AS _z${i}`);
  return [
    `sc0 AS (SELECT ${cols}, s._w, s._wb, s._wc, ${cx}, ${zero.join(', ')} FROM d s CROSS JOIN est e)`,
    ...calibrationCtes(design, gs, keys, k),
  ];
}

/** One query: per group the parts' totals and bases, the design df and the covariance of the parts' scores. */
export function compileJointMeans(table: string, design: Design, parts: JointPart[], by: string[] = []): string {
  const k = parts.length;
  const gs = by.map((_, i) => `_g${i}`);
  const join = gs.map((c) => `s.${c} IS NOT DISTINCT FROM e.${c}`).join(' AND ') || 'true';
  const sums = range(k).map(
    (i) => `sum(_w * _y${i}) FILTER (_d${i}) AS _ty${i}, sum(_w) FILTER (_d${i}) AS _tx${i},
    sum(_w * _w) FILTER (_d${i}) AS _sw2_${i}, count(*) FILTER (_d${i}) AS _n${i}`,
  );
  const valid = range(k).map((i) => `_in${i} AND _y${i} IS NOT NULL AS _d${i}`);
  const ctes = [
    ...designCtes(table, design, [...select(parts, by), ...calibrationSelect(design)]),
    `d AS (SELECT *, ${valid.join(', ')} FROM dat)`,
    `est AS (SELECT ${gs.map((c) => c + ', ').join('')}${sums.join(',\n    ')},
    ${degfSql('_in')} AS _df
  FROM d ${groupBy(gs)})`,
    ...scoreCtes(design, gs, stageKeys(design), k, join),
    ...varianceCtes(design, gs, k),
  ];
  const vjoin = gs.map((c) => `v.${c} IS NOT DISTINCT FROM e.${c}`).join(' AND ') || 'true';
  return `WITH ${ctes.join(',\n')}
SELECT e.*, ${pairs(k)
    .map(([a, b]) => `v._v${a}_${b}`)
    .join(', ')}, (SELECT _lonely FROM lonely) AS _lonely
FROM est e LEFT JOIN var v ON ${vjoin}
ORDER BY ${gs.length ? gs.map((c) => `e.${c}`).join(', ') : '1'}`;
}

const groupOf = (r: Row, k: number) => range(k).map((i) => r[`_g${i}`]);

function fromRow(r: Row, k: number, nBy: number): JointMeans {
  const cov = range(k).map(() => Array<number>(k).fill(0));
  for (const [a, b] of pairs(k)) cov[a][b] = cov[b][a] = Number(r[`_v${a}_${b}`] ?? 0);
  return {
    by: groupOf(r, nBy),
    estimates: range(k).map((i) => (Number(r[`_n${i}`]) > 0 ? Number(r[`_ty${i}`]) / Number(r[`_tx${i}`]) : null)),
    n: range(k).map((i) => Number(r[`_n${i}`] ?? 0)),
    n_eff: range(k).map((i) =>
      Number(r[`_sw2_${i}`]) > 0 ? Number(r[`_tx${i}`]) ** 2 / Number(r[`_sw2_${i}`]) : null,
    ),
    cov,
    df: Number(r._df),
  };
}

/** Under replicate weights: each part's mean in every replicate, and their covariance as R's svrVar. */
async function replicateJoint(
  db: Connector,
  table: string,
  design: Design,
  parts: JointPart[],
  by: string[],
): Promise<JointMeans[]> {
  const rw = await replicateWeights(db, table, design);
  const w = design.weights ? `${quoteIdent(design.weights)}::DOUBLE` : '1.0';
  const each = await Promise.all(
    parts.map((p) => replicateTotals(db, table, w, rw, { statistic: 'mean', y: p.y, domain: p.domain, by })),
  );
  const key = (r: Row) => JSON.stringify(groupOf(r, by.length), (_, v) => (typeof v === 'bigint' ? String(v) : v));
  const keys = [...new Set(each.flatMap((groups) => groups.map((g) => key(g.row))))];
  return keys.map((kk) => {
    const at = each.map((groups) => groups.find((g) => key(g.row) === kk));
    const est = at.map((g) => (g && Number(g.row._n) > 0 ? Number(g.row._ty) / Number(g.row._tx) : null));
    const reps = at.map((g) => g?.reps.map((t) => t.ty / t.tx) ?? []);
    const cov = parts.map((_, a) =>
      parts.map((__, b) =>
        est[a] === null || est[b] === null
          ? 0
          : [...reps[a], ...reps[b]].every(Number.isFinite)
            ? replicateCovariance(reps[a], reps[b], est[a]!, est[b]!, rw)
            : NaN,
      ),
    );
    const sw2 = (g: (typeof at)[number]) => Number(g?.row._sw2 ?? 0);
    return {
      by: JSON.parse(kk),
      estimates: est,
      n: at.map((g) => Number(g?.row._n ?? 0)),
      n_eff: at.map((g) => (sw2(g) > 0 ? Number(g!.row._sw) ** 2 / sw2(g) : null)),
      cov,
      df: rw.df,
    };
  });
}

/**
 * Estimate several means together in each group of `by` (SQL expressions), linearised at the respondent level on
 * one design so that their covariances are known; replicate designs use their replicates.
 */
export async function jointMeans(
  db: Connector,
  table: string,
  design: Design,
  parts: JointPart[],
  by: string[] = [],
): Promise<JointMeans[]> {
  if (!parts.length) throw new Error('jointMeans: no parts');
  if (design.replicates) return replicateJoint(db, table, design, parts, by);
  const rows = await db.query(compileJointMeans(table, design, parts, by));
  failOnLonely(design, rows[0]);
  return rows.map((r) => fromRow(r, parts.length, by.length));
}

/** A smooth function of estimates with its delta-method SE (R's svycontrast) and a t interval on `df`. */
export interface Combined {
  estimate: number;
  /** Null where a replicate has no estimate (as estimate()). */
  se: number | null;
  ci_low: number | null;
  ci_high: number | null;
  df: number | null;
}

/** The SE of f(θ) from its gradient g at θ and Cov(θ): √(gᵀ V g), with a Wald interval on t with `df`. */
export function deltaMethod(
  estimate: number,
  gradient: number[],
  cov: number[][],
  df: number | null,
  level = 0.95,
): Combined {
  const v = gradient.reduce((s, a, i) => s + gradient.reduce((t, b, j) => t + a * b * cov[i][j], 0), 0);
  if (Number.isNaN(v)) return { estimate, se: null, ci_low: null, ci_high: null, df };
  const se = Math.sqrt(Math.max(0, v));
  const q = df === null ? NaN : criticalValue(level, df);
  const [lo, hi] = waldInterval(estimate, se, q);
  const ok = Number.isFinite(q);
  return { estimate, se, ci_low: ok ? lo : null, ci_high: ok ? hi : null, df };
}
