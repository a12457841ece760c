import type { Localized } from '../../core/lang';
import { type Connector, quoteIdent, quoteLiteral } from '../../core/sql';
import { DataError, type DataProblem } from '../errors';
import type { ColumnKind, ExpectedColumn } from './shape';

/** A file's column as the table holds it: its name there and its DuckDB type. */
export interface SourceColumn {
  name: string;
  type: string;
}

const NUMERIC =
  /^(BIGINT|INTEGER|SMALLINT|TINYINT|HUGEINT|UBIGINT|UINTEGER|USMALLINT|UTINYINT|DOUBLE|FLOAT|REAL|DECIMAL)/i;
const DAY_FIRST = ["'%d.%m.%Y'", "'%d.%m.%Y %H:%M'", "'%d.%m.%Y %H:%M:%S'", "'%d/%m/%Y'"].join(', ');

const text = (q: string) => `trim(CAST(${q} AS VARCHAR))`;

/** A number from text with a decimal comma and spaces (also U+00A0, U+202F) between thousands. */
function number(q: string, type: string): string {
  if (NUMERIC.test(type)) return `CAST(${q} AS DOUBLE)`;
  return `TRY_CAST(replace(regexp_replace(${text(q)}, '[\\s\\x{00A0}\\x{202F}]', '', 'g'), ',', '.') AS DOUBLE)`;
}

function date(q: string, type: string): string {
  if (type === 'DATE') return q;
  if (/^TIMESTAMP/.test(type)) return `CAST(${q} AS DATE)`;
  if (NUMERIC.test(type)) return 'CAST(NULL AS DATE)';
  return `coalesce(TRY_CAST(${text(q)} AS DATE), CAST(try_strptime(${text(q)}, [${DAY_FIRST}]) AS DATE))`;
}

/** A whole number meeting a condition, as BIGINT (NULL otherwise: 2.5 is not a count). */
const whole = (x: string, condition: string) =>
  `CASE WHEN (${x}) = floor(${x}) AND (${x}) ${condition} THEN CAST(${x} AS BIGINT) END`;

/** `CASE value WHEN … THEN … END` over a lookup (values left out, or looked up to null, give NULL). */
export function lookupCase(value: string, lookup: Record<string, string | null>): string {
  const pairs = Object.entries(lookup).filter(([, c]) => c !== null);
  if (!pairs.length) return 'CAST(NULL AS VARCHAR)';
  return `CASE ${value} ${pairs.map(([v, c]) => `WHEN ${quoteLiteral(v)} THEN ${quoteLiteral(c!)}`).join(' ')} END`;
}

/** A code's spelling for comparison: lower case, ё → е, spaces, `_` and `-` alike. */
const norm = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s_-]+/g, ' ');

/** Each distinct value of a coded column → its code: the code itself or one of its labels in ru, kk or en. */
export function codeLookup(values: string[], codes: Record<string, Localized>): Record<string, string | null> {
  const known = new Map<string, string>();
  for (const [code, label] of Object.entries(codes))
    for (const s of [code, label.ru, label.kk, label.en]) if (!known.has(norm(s))) known.set(norm(s), code);
  return Object.fromEntries(values.map((v) => [v, known.get(norm(v)) ?? null]));
}

/**
 * The SQL giving an expected column's values from a file's column (`q`, quoted). Regions, districts and codes take
 * their `lookup` (the value as written → code); the rest are cast, NULL where a value does not convert.
 */
export function conversion(e: ExpectedColumn, q: string, type: string, lookup: Record<string, string | null> = {}) {
  const convert: Record<ColumnKind, () => string> = {
    region: () => lookupCase(`CAST(${q} AS VARCHAR)`, lookup),
    district: () => lookupCase(`CAST(${q} AS VARCHAR)`, lookup),
    code: () => lookupCase(`CAST(${q} AS VARCHAR)`, lookup),
    date: () => date(q, type),
    number: () => number(q, type),
    count: () => whole(number(q, type), '>= 0'),
    year: () => whole(number(q, type), 'BETWEEN 1900 AND 2100'),
    period: () => {
      const up = `upper(${text(q)})`;
      return `CASE WHEN regexp_full_match(${up}, '\\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?') THEN ${up} END`;
    },
    text: () => `CAST(${q} AS VARCHAR)`,
  };
  return convert[e.kind]();
}

type Code = DataProblem['code'];
const PROBLEM: Record<ColumnKind, Code | null> = {
  region: null,
  district: null,
  code: 'unknown_code',
  date: 'not_a_date',
  number: 'not_a_number',
  count: 'not_a_count',
  year: 'not_a_year',
  period: 'not_a_period',
  text: null,
};

/** What the detail of a problem says the column expects: its codes, its bounds. */
const expects = (e: ExpectedColumn) =>
  e.values ? `: ${Object.keys(e.values).join(', ')}` : e.range ? `: ${e.range[0]}…${e.range[1]}` : '';

/**
 * Check that every value of a mapped column converts (and falls in its bounds): the first that does not is a
 * DataError naming the file, the file's column, the row (1 = the first data row) and the value.
 */
export async function checkConversion(
  db: Connector,
  table: string,
  file: string,
  e: ExpectedColumn,
  source: SourceColumn,
  expr: string,
): Promise<void> {
  const code = PROBLEM[e.kind];
  if (!code) return;
  const q = quoteIdent(source.name);
  const outside = e.range ? ` OR NOT ((${expr}) BETWEEN ${e.range[0]} AND ${e.range[1]})` : '';
  const [bad] = await db.query<{ r: number; v: string; converted: boolean }>(
    `SELECT rowid AS r, CAST(${q} AS VARCHAR) AS v, (${expr}) IS NOT NULL AS converted FROM ${quoteIdent(table)} ` +
      `WHERE ${q} IS NOT NULL AND ${text(q)} <> '' AND ((${expr}) IS NULL${outside}) ORDER BY rowid LIMIT 1`,
  );
  if (!bad) return;
  throw new DataError({
    code: bad.converted ? 'out_of_range' : code,
    file,
    row: Number(bad.r) + 1,
    column: source.name,
    detail: `«${bad.v}» → ${e.name}${expects(e)}`,
  });
}
