import type * as Arrow from 'apache-arrow';
import { createRequire } from 'node:module';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { type Connector, QueryError, type SqlValue } from '../core/sql';
import { lockdownSql, runTransaction, toPlainRows } from './connector';

const require = createRequire(import.meta.url);
/** The CommonJS copy of Arrow that the blocking build returns tables from (the ESM copy would not recognise them). */
const arrow = require('apache-arrow') as typeof Arrow;

/** Open DuckDB-wasm (the engine users run) synchronously under Node, for tests and the CLI. */
export async function openNodeDuckDB(): Promise<Connector> {
  const dir = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs').replace(/[^/\\]+$/, '');
  const bundles = {
    mvp: { mainModule: dir + 'duckdb-mvp.wasm', mainWorker: dir + 'duckdb-node-mvp.worker.cjs' },
    eh: { mainModule: dir + 'duckdb-eh.wasm', mainWorker: dir + 'duckdb-node-eh.worker.cjs' },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate(() => {});
  db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const conn = db.connect();
  const run = (sql: string) => {
    try {
      return conn.query(sql);
    } catch (e) {
      throw new QueryError(e, sql);
    }
  };
  const runBound = (sql: string, params: readonly SqlValue[]) => {
    try {
      const stmt = conn.prepare(sql);
      try {
        return stmt.query(...params);
      } finally {
        stmt.close();
      }
    } catch (e) {
      throw new QueryError(e, sql);
    }
  };
  run(lockdownSql());
  let side: ReturnType<typeof db.connect> | null = null;
  const c: Connector = {
    async query(sql, params) {
      return toPlainRows(params ? runBound(sql, params) : run(sql));
    },
    async aside(sql) {
      side ??= db.connect();
      try {
        return toPlainRows(side.query(sql));
      } catch (e) {
        throw new QueryError(e, sql);
      }
    },
    async exec(sql) {
      run(sql);
    },
    transaction: (fn) => runTransaction(c, fn),
    async registerText(name, text) {
      db.registerFileText(name, text);
    },
    async registerBuffer(name, bytes) {
      db.registerFileBuffer(name, bytes);
    },
    async dropFile(name) {
      db.dropFile(name);
    },
    async exportArrow(sql) {
      return arrow.tableToIPC(run(sql), 'stream');
    },
    async insertArrow(table, ipc) {
      conn.insertArrowFromIPCStream(ipc.slice(), { name: table, create: true });
    },
    async close() {
      side?.close();
      conn.close();
      db.reset();
    },
  };
  return c;
}
