import { type Connector, quoteIdent, quoteLiteral } from '../core/sql';
import { DataError } from './errors';
import type { Region } from './reference';
import type { CodebookVariable } from './study';

/** The column that holds the reference code of each row's region once a region column is matched. */
export const REGION_CODE = 'region_code';

/** Distinct non-empty values of a column, as text, most frequent first. */
export async function distinctValues(
  db: Connector,
  table: string,
  column: string,
): Promise<{ value: string; n: number }[]> {
  const q = quoteIdent(column);
  return db.query(
    `SELECT CAST(${q} AS VARCHAR) AS value, count(*) AS n FROM ${quoteIdent(table)} ` +
      `WHERE ${q} IS NOT NULL GROUP BY 1 ORDER BY n DESC, value`,
  );
}

/**
 * Write the chosen reference code of every row into `region_code`; values left unresolved stay NULL there, and the
 * original column is kept as it was. A `region_code` column is replaced only when an earlier matching made it
 * (`ours`): a column of that name from the file is never overwritten. Returns the codebook entry for the column.
 */
export async function applyRegionCodes(
  db: Connector,
  table: string,
  column: string,
  codes: Record<string, string | null>,
  regions: Region[],
  ours = false,
): Promise<CodebookVariable> {
  const t = quoteIdent(table);
  const cols = await db.query<{ column_name: string }>(`DESCRIBE ${t}`);
  if (!ours && cols.some((c) => c.column_name.toLowerCase() === REGION_CODE)) {
    throw new DataError({
      code: 'parse',
      file: table,
      column: REGION_CODE,
      detail: 'the file already has a column of that name; rename it first',
    });
  }
  const pairs = Object.entries(codes).filter(([, c]) => c);
  const cases = pairs.map(([v, c]) => `WHEN ${quoteLiteral(v)} THEN ${quoteLiteral(c!)}`).join(' ');
  await db.transaction(async (x) => {
    await x.exec(`ALTER TABLE ${t} DROP COLUMN IF EXISTS ${REGION_CODE}`);
    await x.exec(`ALTER TABLE ${t} ADD COLUMN ${REGION_CODE} VARCHAR`);
    if (pairs.length)
      await x.exec(`UPDATE ${t} SET ${REGION_CODE} = CASE CAST(${quoteIdent(column)} AS VARCHAR) ${cases} END`);
  });
  const used = new Set(pairs.map(([, c]) => c));
  return {
    name: REGION_CODE,
    level: 'nominal',
    type: 'VARCHAR',
    role: 'region',
    label: { ru: 'Регион (код)', kk: 'Өңір (код)', en: 'Region (code)' },
    values: Object.fromEntries(regions.filter((r) => used.has(r.code)).map((r) => [r.code, r.name])),
  };
}
