import { type Connector, quoteIdent, quoteLiteral } from '../core/sql';
import type { CodebookVariable, StudyDataset } from './study';

/** A table's columns and their DuckDB types, in order. */
export async function tableColumns(db: Connector, table: string): Promise<Array<{ name: string; type: string }>> {
  const rows = await db.query<{ column_name: string; column_type: string }>(`DESCRIBE ${quoteIdent(table)}`);
  return rows.map((r) => ({ name: r.column_name, type: r.column_type }));
}

/**
 * The COPY statement writing a table as Parquet: one file, or with `keys` a hive-partitioned folder
 * (`key=value/…/data_N.parquet`; a partition column lives in the folder names, not in the files). Snappy, DuckDB's
 * default, which the app's own Parquet reader (hyparquet, no zstd) opens too.
 */
export function copyParquetSql(table: string, target: string, keys: string[] = []): string {
  const opts = ['FORMAT parquet', 'COMPRESSION snappy'];
  if (keys.length) opts.push(`PARTITION_BY (${keys.map(quoteIdent).join(', ')})`);
  return `COPY (SELECT * FROM ${quoteIdent(table)}) TO ${quoteLiteral(target)} (${opts.join(', ')})`;
}

/** A codebook that types every column of the table (a reader needs the type of each partition key). */
export function typedCodebook(
  codebook: CodebookVariable[],
  columns: Array<{ name: string; type: string }>,
): CodebookVariable[] {
  const types = new Map(columns.map((c) => [c.name, c.type]));
  return codebook.map((v) => (v.type || !types.has(v.name) ? v : { ...v, type: types.get(v.name) }));
}

/** The manifest entry of a dataset written as Parquet: its file or folder, format, partition keys and codebook. */
export function parquetEntry(ds: StudyDataset, keys: string[]): StudyDataset {
  const { partition_by: _drop, ...rest } = ds;
  void _drop;
  return {
    ...rest,
    file: keys.length ? ds.id : `${ds.id}.parquet`,
    format: 'parquet',
    ...(keys.length ? { partition_by: keys } : {}),
    codebook: `${ds.id}-codebook.json`,
  };
}
