import { type Connector, quoteIdent } from '../core/sql';
import type { CodebookVariable } from './study';
import type { Lang } from '../core/lang';

/** A column as `describe` reports it (the CLI contract). */
export interface ColumnInfo {
  name: string;
  type: string;
  label: string | null;
  missing: number;
  user_missing: number[];
  values: Record<string, string>;
}

/** Describe the columns of a table: DuckDB type, NULL count, and labels from a codebook when there is one. */
export async function describeTable(
  db: Connector,
  table: string,
  codebook: CodebookVariable[] = [],
  lang: Lang = 'en',
): Promise<{ rows: number; columns: ColumnInfo[] }> {
  const cols = await db.query<{ column_name: string; column_type: string }>(`DESCRIBE ${quoteIdent(table)}`);
  const counts = cols.map((c, i) => `count(*) - count(${quoteIdent(c.column_name)}) AS m${i}`);
  const [agg] = await db.query(
    `SELECT count(*) AS n${counts.length ? ', ' + counts.join(', ') : ''} FROM ${quoteIdent(table)}`,
  );
  const meta = new Map(codebook.map((v) => [v.name, v]));
  const columns = cols.map((c, i) => {
    const v = meta.get(c.column_name);
    const values = Object.fromEntries(Object.entries(v?.values ?? {}).map(([k, l]) => [k, l[lang]]));
    return {
      name: c.column_name,
      type: c.column_type,
      label: v ? v.label[lang] : null,
      missing: Number(agg[`m${i}`]),
      user_missing: v?.user_missing ?? [],
      values,
    };
  });
  return { rows: Number(agg.n), columns };
}

/** The variables an XLSForm defines, described like data columns (there are no cells, so nothing is missing). */
export function formColumns(codebook: CodebookVariable[], lang: Lang): ColumnInfo[] {
  return codebook.map((v) => ({
    name: v.name,
    type: v.type ?? 'VARCHAR',
    label: v.label[lang],
    missing: 0,
    user_missing: v.user_missing ?? [],
    values: Object.fromEntries(Object.entries(v.values ?? {}).map(([k, l]) => [k, l[lang]])),
  }));
}
