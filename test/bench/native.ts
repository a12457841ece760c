import { DuckDBInstance } from '@duckdb/node-api';
import type { Connector, Row } from '../../src/core/sql';

const plain = (v: unknown): unknown => (typeof v === 'bigint' ? Number(v) : v);

/** Native DuckDB (@duckdb/node-api) behind the query/exec part of the connector, BIGINTs as numbers like the app's. */
export async function openNativeDuckDB(threads = 1): Promise<Connector> {
  const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
  const c = await instance.connect();
  const unsupported = () => Promise.reject(new Error('not available on the native bench connector'));
  const db: Connector = {
    async query<T extends Row>(sql: string) {
      const r = await c.runAndReadAll(sql);
      return r.getRowObjectsJS().map((o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, plain(v)]))) as T[];
    },
    async exec(sql: string) { await c.run(sql); },
    transaction: (fn) => fn(db),
    registerText: unsupported, registerBuffer: unsupported, dropFile: unsupported, exportArrow: unsupported, insertArrow: unsupported,
    async close() { c.closeSync(); instance.closeSync(); },
  };
  return db;
}
