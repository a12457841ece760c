import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { tableToIPC } from 'apache-arrow';
import { type Connector, QueryError, type SqlValue } from '../core/sql';
import { lockdownSql, runTransaction, toPlainRows } from './connector';

/** Where the browser database lives: a file in the origin's private file system, or memory. */
export type WasmStorage = { kind: 'opfs'; path: string } | { kind: 'memory' };

/** The browser connector. */
export type WasmConnector = Connector;

async function instantiate(): Promise<duckdb.AsyncDuckDB> {
  performance.mark('duckdb-start');
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
    eh: { mainModule: ehWasm, mainWorker: ehWorker },
  });
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(bundle.mainWorker!));
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  performance.mark('duckdb-instantiated');
  return db;
}

let early: Promise<duckdb.AsyncDuckDB> | null = null;

/**
 * Start DuckDB-wasm ahead of the first `openWasmDuckDB`, which takes it: fetching and compiling the wasm is the
 * longest step of the start-up, so the page begins it before the app's own modules load.
 */
export function startDuckDB(): void {
  early ??= instantiate();
  early.catch(() => {});
}

/** Start DuckDB-wasm from the bundled files (no CDN, no extension downloads), open a database and connect. */
export async function openWasmDuckDB(storage: WasmStorage): Promise<WasmConnector> {
  const started = early ?? instantiate();
  early = null;
  const db = await started;
  const query = { castBigIntToDouble: true, castDecimalToDouble: true };
  if (storage.kind === 'opfs')
    await db.open({ path: storage.path, accessMode: duckdb.DuckDBAccessMode.READ_WRITE, query });
  else await db.open({ query });
  const conn = await db.connect();
  const run = async (sql: string) => {
    try {
      return await conn.query(sql);
    } catch (e) {
      throw new QueryError(e, sql);
    }
  };
  const runBound = async (sql: string, params: readonly SqlValue[]) => {
    try {
      const stmt = await conn.prepare(sql);
      try {
        return await stmt.query(...params);
      } finally {
        await stmt.close();
      }
    } catch (e) {
      throw new QueryError(e, sql);
    }
  };
  await run(lockdownSql(location.origin));
  let side: Promise<duckdb.AsyncDuckDBConnection> | null = null;
  const c: WasmConnector = {
    query: async (sql, params) => toPlainRows(await (params ? runBound(sql, params) : run(sql))),
    async aside(sql) {
      side ??= db.connect();
      try {
        return toPlainRows(await (await side).query(sql));
      } catch (e) {
        throw new QueryError(e, sql);
      }
    },
    exec: async (sql) => void (await run(sql)),
    transaction: (fn) => runTransaction(c, fn),
    registerText: (name, text) => db.registerFileText(name, text),
    registerBuffer: (name, bytes) => db.registerFileBuffer(name, bytes),
    dropFile: async (name) => void (await db.dropFile(name)),
    insertArrow: (table, ipc) => conn.insertArrowFromIPCStream(ipc.slice(), { name: table, create: true }),
    exportArrow: async (sql) => tableToIPC(await run(sql), 'stream'),
    async close() {
      await (await side)?.close();
      await conn.close();
      await db.terminate();
    },
  };
  return c;
}
