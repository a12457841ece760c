import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type Connector, quoteIdent, quoteLiteral } from '../core/sql';
import { DataError } from './errors';
import type { CodebookVariable, StudyDataset } from './study';

/** Where a Parquet dataset's rows are: a file or a glob, and its hive keys. */
export interface ParquetSource {
  path: string;
  keys: string[];
  files: number;
}

const KEY = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/;

/** Every `.parquet` file under a folder, as paths relative to it. */
function parquetFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (/\.parquet$/i.test(e.name)) out.push(relative(dir, join(d, e.name)));
    }
  };
  walk(dir);
  return out.sort();
}

/** The problem with one file's folders under a dataset partitioned by `keys` (none: ''). */
function partitionProblem(file: string, keys: string[]): string {
  const folders = file.split(sep).slice(0, -1);
  if (!keys.length) {
    const hive = folders.find((f) => KEY.test(f));
    return hive ? `${file}: folder "${hive}" is a hive partition; list its keys in partition_by` : '';
  }
  if (folders.length !== keys.length)
    return `${file}: expected ${keys.length} partition folder(s) (${keys.map((k) => `${k}=…`).join('/')})`;
  const bad = folders.findIndex((f, i) => KEY.exec(f)?.[1] !== keys[i]);
  return bad < 0 ? '' : `${file}: folder "${folders[bad]}" is not a partition of "${keys[bad]}" (${keys[bad]}=VALUE)`;
}

/**
 * Check a Parquet dataset against its folder: the file or folder exists, holds `.parquet` files, and a folder's
 * sub-folders are exactly the hive keys of `partition_by`, in order. Problems name the file and the folder.
 */
export function parquetSource(dir: string, ds: StudyDataset): ParquetSource {
  const path = join(dir, ds.file);
  const keys = ds.partition_by ?? [];
  const fail = (code: 'unreadable' | 'empty', detail: string) => {
    throw new DataError({ code, file: path, detail: `dataset "${ds.id}": ${detail}` });
  };
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    fail('unreadable', 'no such file or folder');
  }
  if (!isDir) {
    if (keys.length) fail('unreadable', 'partition_by needs a folder of key=value sub-folders, not one file');
    return { path, keys, files: 1 };
  }
  const files = parquetFiles(path);
  if (!files.length) fail('empty', 'no .parquet file in the folder');
  for (const f of files) {
    const problem = partitionProblem(f, keys);
    if (problem) fail('unreadable', problem);
  }
  return { path: join(path, '**', '*.parquet'), keys, files: files.length };
}

/** Whether this DuckDB can read Parquet: native DuckDB has it built in; DuckDB-wasm offline does not. */
export async function canReadParquet(db: Connector): Promise<boolean> {
  const rows = await db.query<{ n: number }>(
    "SELECT count(*)::INT AS n FROM duckdb_extensions() WHERE extension_name = 'parquet' AND loaded",
  );
  return rows[0].n > 0;
}

/**
 * The `read_parquet` call of a source: hive partitioning only for a partitioned folder (filters on its keys prune
 * folders), each key typed as the codebook says (otherwise DuckDB guesses from the folder names).
 */
export function readParquetSql(src: ParquetSource, codebook: CodebookVariable[]): string {
  const opts = [`hive_partitioning = ${src.keys.length > 0}`];
  const typed = src.keys.filter((k) => codebook.find((v) => v.name === k)?.type);
  if (typed.length) {
    const types = typed.map((k) => `${quoteLiteral(k)}: ${quoteLiteral(codebook.find((v) => v.name === k)!.type!)}`);
    opts.push(`hive_types = {${types.join(', ')}}`);
  }
  return `read_parquet(${quoteLiteral(src.path)}, ${opts.join(', ')})`;
}

/**
 * Make a Parquet dataset of a study folder a view named after its id: nothing is loaded, each query reads the
 * files (multi-threaded, pruning partitions). Columns come in codebook order, as a CSV of the study gives them.
 */
export async function attachParquet(
  db: Connector,
  dir: string,
  ds: StudyDataset,
  codebook: CodebookVariable[],
): Promise<ParquetSource> {
  if (!(await canReadParquet(db)))
    throw new DataError({
      code: 'unsupported_format',
      file: join(dir, ds.file),
      detail:
        `dataset "${ds.id}" is Parquet, which this engine cannot read: DuckDB-wasm reads Parquet through an ` +
        "extension it never downloads; use native DuckDB (the CLI's default engine)",
    });
  const src = parquetSource(dir, ds);
  const from = readParquetSql(src, codebook);
  let columns: string[];
  try {
    columns = (await db.query<{ column_name: string }>(`DESCRIBE SELECT * FROM ${from}`)).map((r) => r.column_name);
  } catch (e) {
    const detail = `dataset "${ds.id}": ${String((e as Error).message).split('\n')[0]}`;
    throw new DataError({ code: 'unreadable', file: join(dir, ds.file), detail });
  }
  const order = codebook.map((v) => v.name).filter((n) => columns.includes(n));
  const ordered = [...order, ...columns.filter((c) => !order.includes(c))];
  await db.exec(
    `CREATE OR REPLACE VIEW ${quoteIdent(ds.id)} AS SELECT ${ordered.map(quoteIdent).join(', ')} FROM ${from}`,
  );
  return src;
}
