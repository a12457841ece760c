import type { Connector, Row, SqlValue } from '../../src/core/sql';
import { runTransaction } from '../../src/data/connector';

/** Relative tolerance between the two engines (the parity requirement). */
export const PARITY = 1e-12;

/**
 * Whether two values agree: numbers to PARITY relative, anything else exactly (arrays and objects member by member).
 */
export function agree(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
    return a === b || Math.abs(a - b) <= PARITY * Math.max(Math.abs(a), Math.abs(b));
  }
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => agree(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const [ka, kb] = [Object.keys(a), Object.keys(b)];
    return ka.length === kb.length && ka.every((k) => agree((a as Row)[k], (b as Row)[k]));
  }
  return a === b;
}

/**
 * Rows in an order that does not depend on the engine (for queries without ORDER BY): by their text, numbers rounded.
 */
const canonical = (rows: Row[]) =>
  [...rows].sort((x, y) => {
    const key = (r: Row) => JSON.stringify(r, (_, v) => (typeof v === 'number' ? Number(v.toPrecision(8)) : v));
    return key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0;
  });

/**
 * A connector that runs every statement on DuckDB-wasm (the browser's engine, whose rows it returns) and on native
 * DuckDB (the CLI's), and fails a query whose rows differ between them beyond PARITY.
 */
export function bothEngines(wasm: Connector, native: Connector): Connector {
  const both: Connector = {
    async query<T extends Row>(sql: string, params?: readonly SqlValue[]) {
      const [a, b] = await Promise.all([wasm.query<T>(sql, params), native.query<T>(sql, params)]);
      if (!agree(a, b) && !agree(canonical(a), canonical(b))) {
        throw new Error(
          `the engines differ beyond ${PARITY} relative:\n` +
            `wasm   ${JSON.stringify(a).slice(0, 400)}\n` +
            `native ${JSON.stringify(b).slice(0, 400)}\n` +
            `SQL: ${sql}`,
        );
      }
      return a;
    },
    exec: async (sql) => void (await Promise.all([wasm.exec(sql), native.exec(sql)])),
    transaction: (fn) => runTransaction(both, fn),
    registerText: async (name, text) =>
      void (await Promise.all([wasm.registerText(name, text), native.registerText(name, text)])),
    async registerBuffer(name, bytes) {
      await native.registerBuffer(name, bytes.slice());
      await wasm.registerBuffer(name, bytes);
    },
    dropFile: async (name) => void (await Promise.all([wasm.dropFile(name), native.dropFile(name)])),
    exportArrow: (sql) => wasm.exportArrow(sql),
    async insertArrow(table, ipc) {
      await native.insertArrow(table, ipc);
      await wasm.insertArrow(table, ipc);
    },
    close: async () => void (await Promise.all([wasm.close(), native.close()])),
  };
  return both;
}
