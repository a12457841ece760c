import { gunzipSync } from 'fflate';
import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';
import { DataError } from '../errors';
import type { ColumnData } from './columns';
import { pageProblem } from './parquet-pages';
import type { Cell } from './xlsx';

/** A value from hyparquet as a cell: BigInt to number, Date to ISO text, nested values to JSON text. */
function cell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date)
    return v
      .toISOString()
      .replace('T', ' ')
      .replace(/\.000Z$|Z$/, '')
      .replace(/ 00:00:00$/, '');
  return JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? Number(x) : x));
}

const PHYSICAL_TYPES: Record<string, string> = {
  INT32: 'BIGINT',
  INT64: 'BIGINT',
  FLOAT: 'DOUBLE',
  DOUBLE: 'DOUBLE',
  BOOLEAN: 'BOOLEAN',
  BYTE_ARRAY: 'VARCHAR',
};

/** The DuckDB type a Parquet column declares, where it maps to one the importer keeps. */
function declaredType(f: {
  type?: string;
  converted_type?: string;
  logical_type?: { type: string };
}): string | undefined {
  const logical = f.logical_type?.type ?? f.converted_type;
  if (logical === 'DATE') return 'DATE';
  if (logical === 'TIMESTAMP' || logical === 'TIMESTAMP_MILLIS' || logical === 'TIMESTAMP_MICROS') return 'TIMESTAMP';
  if (logical === 'STRING' || logical === 'UTF8' || logical === 'JSON') return 'VARCHAR';
  if (logical === 'DECIMAL') return 'DOUBLE';
  return PHYSICAL_TYPES[f.type ?? ''];
}

/** Read a Parquet file in JS (the offline DuckDB-wasm build has no Parquet reader); gzip and snappy pages. */
export async function readParquet(bytes: Uint8Array, file: string): Promise<ColumnData[]> {
  const buf = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  try {
    const meta = parquetMetadata(buf);
    const problem = pageProblem(bytes, meta);
    if (problem) throw new Error(problem);
    const fields = parquetSchema(meta).children.map((c) => c.element);
    const names = fields.map((f) => f.name);
    const twice = names.find((n, i) => names.indexOf(n) !== i);
    if (twice !== undefined) throw new Error(`two columns named "${twice}"`);
    const values: Cell[][] = names.map(() => new Array(Number(meta.num_rows)));
    await parquetRead({
      file: buf,
      metadata: meta,
      // Only the schema's columns: hyparquet leaves a chunk it does not assemble unobserved, so its failure leaked.
      columns: names,
      compressors: { GZIP: (input: Uint8Array) => gunzipSync(input) },
      onChunk: ({ columnName, columnData, rowStart }) => {
        const col = values[names.indexOf(columnName)];
        for (let i = 0; i < columnData.length; i++) col[rowStart + i] = cell(columnData[i]);
      },
    });
    return names.map((name, j) => ({ name, values: values[j], type: declaredType(fields[j]) }));
  } catch (e) {
    throw new DataError({ code: 'unreadable', file, detail: `not a readable Parquet file (${(e as Error).message})` });
  }
}
