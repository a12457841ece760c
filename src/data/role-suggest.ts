import type { Design } from '../core/design';
import { type Connector, quoteIdent } from '../core/sql';
import type { DatasetMeta } from './datasets';
import type { CodebookVariable } from './study';

/** What the values of one column look like, enough to guess its design role. */
export interface ColumnProfile {
  name: string;
  numeric: boolean;
  rows: number;
  /** Rows with a value. */
  filled: number;
  distinct: number;
  min: number | null;
  /** Some value has a fractional part. */
  fractional: boolean;
}

export const SUGGESTED_ROLES = ['id', 'weight', 'strata', 'psu'] as const;
export type SuggestedRole = (typeof SUGGESTED_ROLES)[number];

/** A role proposed for a column, for the user to confirm. */
export interface RoleSuggestion {
  column: string;
  role: SuggestedRole;
}

/** Lower-case words of a column name (`Вес_респондента` → `вес`, `респондента`). */
const words = (name: string) =>
  name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

const startsAny = (word: string, stems: string[]) => stems.some((s) => word.startsWith(s));

/** Names in ru, kk and en; a stem matches the start of any word of the name. */
const NAMED: Record<SuggestedRole, (w: string[], name: string) => boolean> = {
  weight: (w, name) =>
    w.some((x) => startsAny(x, ['weight', 'вес', 'салма']) || ['wt', 'wgt', 'pw', 'ves', 'vesa'].includes(x)) ||
    /^w_/i.test(name),
  strata: (w) => w.some((x) => startsAny(x, ['strat', 'страт'])),
  psu: (w) => w.some((x) => startsAny(x, ['psu', 'cluster', 'кластер']) || ['пев', 'біб'].includes(x)),
  id: (w, name) =>
    name.includes('№') ||
    w.some(
      (x) =>
        ['id', 'no', 'nr', 'num', 'uuid', 'key'].includes(x) ||
        startsAny(x, ['номер', 'нөмір', 'анкет', 'anket', 'сауалнам', 'respondent', 'респондент', 'questionnaire']),
    ),
};

/** Whether a column is named like a questionnaire number or respondent id (id, №, номер, анкета, нөмір…). */
export const looksLikeId = (name: string) => NAMED.id(words(name), name);

/** Whether the values fit the role: a weight is a positive non-integer number, an id is unique on every row. */
const FITS: Record<SuggestedRole, (p: ColumnProfile) => boolean> = {
  weight: (p) => p.numeric && p.fractional && p.min !== null && p.min > 0 && p.filled === p.rows,
  strata: (p) => p.filled === p.rows && p.distinct >= 2 && p.distinct < p.rows,
  psu: (p) => p.filled === p.rows && p.distinct >= 2 && p.distinct < p.rows,
  id: (p) => p.rows > 1 && p.filled === p.rows && p.distinct === p.rows,
};

/**
 * Design roles guessed from column names and values: at most one column per role, each column at most one role
 * (checked in the order weight, strata, PSU, id), never a role the codebook already gives another column.
 */
export function suggestRoles(profiles: ColumnProfile[], codebook: CodebookVariable[] = []): RoleSuggestion[] {
  const taken = new Set(codebook.map((v) => v.role).filter(Boolean));
  const used = new Set(codebook.filter((v) => v.role).map((v) => v.name));
  const out: RoleSuggestion[] = [];
  for (const role of ['weight', 'strata', 'psu', 'id'] as const) {
    if (taken.has(role)) continue;
    const hit = profiles.find((p) => !used.has(p.name) && NAMED[role](words(p.name), p.name) && FITS[role](p));
    if (!hit) continue;
    out.push({ column: hit.name, role });
    used.add(hit.name);
  }
  return out;
}

const NUMERIC = /^(BIGINT|INTEGER|SMALLINT|TINYINT|HUGEINT|UBIGINT|UINTEGER|DOUBLE|FLOAT|REAL|DECIMAL)/i;

/** Profile every column of a table in one query. */
export async function profileColumns(db: Connector, table: string): Promise<ColumnProfile[]> {
  const cols = await db.query<{ column_name: string; column_type: string }>(`DESCRIBE ${quoteIdent(table)}`);
  if (!cols.length) return [];
  const parts = cols.map((c, i) => {
    const q = quoteIdent(c.column_name);
    const numeric = NUMERIC.test(c.column_type);
    return [
      `count(${q}) AS f${i}`,
      `count(DISTINCT ${q}) AS d${i}`,
      numeric ? `min(${q})::DOUBLE AS m${i}` : `NULL AS m${i}`,
      numeric ? `bool_or(${q}::DOUBLE <> round(${q}::DOUBLE)) AS x${i}` : `false AS x${i}`,
    ].join(', ');
  });
  const [r] = await db.query(`SELECT count(*) AS n, ${parts.join(', ')} FROM ${quoteIdent(table)}`);
  return cols.map((c, i) => ({
    name: c.column_name,
    numeric: NUMERIC.test(c.column_type),
    rows: Number(r.n),
    filled: Number(r[`f${i}`]),
    distinct: Number(r[`d${i}`]),
    min: r[`m${i}`] === null || r[`m${i}`] === undefined ? null : Number(r[`m${i}`]),
    fractional: r[`x${i}`] === true,
  }));
}

/**
 * The dataset with the accepted roles: each column's codebook role (an id also its level, so it is never taken
 * for a quantity) and the design's weights, strata and PSUs.
 */
export function applyRoles(meta: DatasetMeta, accepted: RoleSuggestion[]): DatasetMeta {
  const roleOf = new Map(accepted.map((s) => [s.column, s.role]));
  const codebook = meta.codebook.map((v): CodebookVariable => {
    const role = roleOf.get(v.name);
    if (!role) return v;
    return {
      ...v,
      role,
      ...(role === 'id' ? { level: 'id' as const } : role === 'weight' ? {} : { level: 'nominal' }),
    };
  });
  const column = (role: SuggestedRole) => accepted.find((s) => s.role === role)?.column;
  const old: Design = meta.design ?? { ids: null, strata: null, weights: null, fpc: null };
  const design: Design = {
    ...old,
    weights: column('weight') ?? old.weights,
    strata: column('strata') ?? old.strata,
    ids: column('psu') ?? old.ids,
  };
  const changed = ['weight', 'strata', 'psu'].some((r) => column(r as SuggestedRole));
  return { ...meta, codebook, design: changed ? design : meta.design };
}
