import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, totalmem } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import {
  BIGINT,
  BOOLEAN,
  DATE,
  DOUBLE,
  type DuckDBAppender,
  type DuckDBConnection,
  DuckDBDataChunk,
  DuckDBDateValue,
  DuckDBInstance,
  DuckDBTimestampValue,
  type DuckDBType,
  type DuckDBValue,
  INTEGER,
  SMALLINT,
  TIMESTAMP,
  TINYINT,
  VARCHAR,
} from '@duckdb/node-api';
import { type Field, type Table, type Vector, tableFromIPC, tableToIPC, vectorFromArray } from 'apache-arrow';
import * as arrow from 'apache-arrow';
import { type Connector, QueryError, type Row, type SqlValue, quoteIdent } from '../core/sql';
import { lockdownSql, runTransaction } from './connector';

/** Where native DuckDB keeps the workspace: a database file, or memory; how many threads and how much memory. */
export interface NativeOptions {
  path?: string;
  /** Worker threads (default: DuckDB's, one per core). */
  threads?: number;
  /** DuckDB's memory limit, e.g. `4GB` (default: half the machine's memory); past it, work spills to disk. */
  memoryLimit?: string;
}

/** Half the machine's memory: DuckDB's own default (80%) leaves little for Node and other users of a server. */
const defaultMemoryLimit = () => `${Math.max(1, Math.floor(totalmem() / 2 ** 30 / 2))}GB`;

/** A value as the browser connector returns it: BIGINT as number, DATE and TIMESTAMP as epoch milliseconds. */
function plain(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.getTime();
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object' && !(v instanceof Uint8Array)) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  }
  return v;
}

/**
 * The type a parameter is bound as: numbers as DOUBLE, as DuckDB-wasm binds them (node-api's own guess, INTEGER for
 * whole numbers, wraps past 2³¹ without an error).
 */
function bindType(v: SqlValue): DuckDBType {
  return typeof v === 'number' ? DOUBLE : typeof v === 'boolean' ? BOOLEAN : VARCHAR;
}

/**
 * Run one statement with its parameters bound. Preparing refuses several statements, as DuckDB-wasm does (node-api's
 * `runAndReadAll(sql, values)` would run all but the last unbound).
 */
async function runPrepared(conn: DuckDBConnection, sql: string, params: readonly SqlValue[]) {
  const stmt = await conn.prepare(sql);
  try {
    stmt.bind([...params], params.map(bindType));
    return await stmt.runAndReadAll();
  } finally {
    stmt.destroySync();
  }
}

/** DuckDB type of an Arrow column (types the app's readers and exports produce; anything else becomes text). */
function duckType(field: Field): DuckDBType {
  const t = field.type;
  if (arrow.DataType.isFloat(t) || arrow.DataType.isDecimal(t)) return DOUBLE;
  if (arrow.DataType.isInt(t))
    return ({ 8: TINYINT, 16: SMALLINT, 32: INTEGER, 64: BIGINT } as const)[t.bitWidth] ?? BIGINT;
  if (arrow.DataType.isBool(t)) return BOOLEAN;
  if (arrow.DataType.isDate(t)) return DATE;
  if (arrow.DataType.isTimestamp(t)) return TIMESTAMP;
  return VARCHAR;
}

const MS_PER_DAY = 86_400_000;

/** One Arrow value as the DuckDB value of its column's type. */
function toValue(v: unknown, type: DuckDBType): DuckDBValue {
  if (v === null || v === undefined) return null;
  if (type === DATE) return new DuckDBDateValue(Math.floor(Number(v instanceof Date ? v.getTime() : v) / MS_PER_DAY));
  if (type === TIMESTAMP)
    return new DuckDBTimestampValue(BigInt(Math.round(Number(v instanceof Date ? v.getTime() : v) * 1000)));
  if (type === BIGINT) return BigInt(Math.trunc(Number(v)));
  if (type === DOUBLE || type === INTEGER || type === SMALLINT || type === TINYINT) return Number(v);
  if (type === BOOLEAN) return Boolean(v);
  return typeof v === 'string' ? v : String(v);
}

/** Append an Arrow table to a new DuckDB table, 2,048 rows (one DuckDB vector) at a time. */
async function appendArrow(conn: DuckDBConnection, name: string, table: Table): Promise<void> {
  const fields = table.schema.fields;
  const types = fields.map(duckType);
  const columns = fields.map((f, i) => `${quoteIdent(f.name)} ${types[i].toString()}`).join(', ');
  await conn.run(`CREATE TABLE ${quoteIdent(name)} (${columns})`);
  if (!table.numRows) return;
  const appender: DuckDBAppender = await conn.createAppender(name);
  const vectors = fields.map((_, i) => table.getChildAt(i) as Vector);
  for (let start = 0; start < table.numRows; start += 2048) {
    const n = Math.min(2048, table.numRows - start);
    const chunk = DuckDBDataChunk.create(types, n);
    chunk.setColumns(
      vectors.map((vec, c) => Array.from({ length: n }, (_, r) => toValue(vec.get(start + r), types[c]))),
    );
    appender.appendDataChunk(chunk);
  }
  appender.closeSync();
}

/** Arrow type of a DuckDB result column (numbers as Float64, as the browser connector casts them). */
function arrowType(type: string): arrow.DataType {
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|U\w*INT|FLOAT|DOUBLE|DECIMAL)/.test(type)) return new arrow.Float64();
  if (type === 'BOOLEAN') return new arrow.Bool();
  if (type === 'DATE') return new arrow.DateDay();
  if (type.startsWith('TIMESTAMP')) return new arrow.TimestampMillisecond();
  return new arrow.Utf8();
}

/** A virtual file's place in the connector's own folder (names never leave it). */
function fileIn(dir: string, name: string): string {
  const rel = normalize(name).replace(/^([/\\])+/, '');
  if (rel.startsWith('..')) throw new Error(`invalid virtual file name: ${name}`);
  return join(dir, rel);
}

/**
 * Open native DuckDB (`@duckdb/node-api`, multi-threaded, out of core) behind the same connector as the browser:
 * the CLI's engine, and the one for data larger than a browser holds. Virtual files (`registerText`) are written
 * to a private temporary folder that relative paths in SQL resolve against, and so is what spills past the memory
 * limit; no extension is ever downloaded (Parquet, JSON and ICU are built into node-api's DuckDB).
 */
export async function openNativeDuckDB({
  path = ':memory:',
  threads,
  memoryLimit = defaultMemoryLimit(),
}: NativeOptions = {}): Promise<Connector> {
  const files = mkdtempSync(join(tmpdir(), 'civic-workbench-'));
  // Spilled intermediates (sorts, joins, temporary tables larger than the limit) go to the connector's own folder.
  const config: Record<string, string> = { memory_limit: memoryLimit, temp_directory: join(files, '.spill') };
  if (threads) config.threads = String(threads);
  const instance = await DuckDBInstance.create(path, config);
  const conn = await instance.connect();
  // One statement at a time on the connection: node-api fails a prepared statement run while another is running
  // ("Failed to execute prepared statement"), as two notebook runs at once would otherwise do.
  let queue: Promise<unknown> = Promise.resolve();
  const runOne = async (sql: string, params?: readonly SqlValue[]) => {
    try {
      return params ? await runPrepared(conn, sql, params) : await conn.runAndReadAll(sql);
    } catch (e) {
      throw new QueryError(e, sql);
    }
  };
  const run = (sql: string, params?: readonly SqlValue[]) => {
    const next = queue.then(() => runOne(sql, params));
    queue = next.catch(() => undefined);
    return next;
  };
  // The second connection (for `aside`) is set up before the lockdown: file_search_path is per connection.
  const side = await instance.connect();
  for (const c of [conn, side]) await c.run(`SET file_search_path = '${files.replace(/'/g, "''")}'`);
  await run(lockdownSql());
  const c: Connector = {
    async query<T extends Row>(sql: string, params?: readonly SqlValue[]) {
      return (await run(sql, params)).getRowObjectsJS().map((r) => plain(r) as T);
    },
    async aside<T extends Row>(sql: string) {
      try {
        return (await side.runAndReadAll(sql)).getRowObjectsJS().map((r) => plain(r) as T);
      } catch (e) {
        throw new QueryError(e, sql);
      }
    },
    async exec(sql) {
      await run(sql);
    },
    transaction: (fn) => runTransaction(c, fn),
    async registerText(name, text) {
      const file = fileIn(files, name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    },
    async registerBuffer(name, bytes) {
      const file = fileIn(files, name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, bytes);
    },
    async dropFile(name) {
      rmSync(fileIn(files, name), { force: true });
    },
    async exportArrow(sql) {
      const result = await run(sql);
      const names = result.columnNames();
      const types = result.columnTypes().map(String);
      const rows = result.getColumnsJS();
      const vectors = Object.fromEntries(
        names.map((n, i) => [n, vectorFromArray(rows[i].map(plain), arrowType(types[i]))]),
      );
      return tableToIPC(new arrow.Table(vectors), 'stream');
    },
    async insertArrow(table, ipc) {
      await appendArrow(conn, table, tableFromIPC(ipc));
    },
    async close() {
      side.closeSync();
      conn.closeSync();
      instance.closeSync();
      rmSync(files, { recursive: true, force: true });
    },
  };
  return c;
}
