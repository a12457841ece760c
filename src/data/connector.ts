import type { Connector, Row } from '../core/sql';

/**
 * Statements run right after connecting: DuckDB-wasm must never try to download an extension
 * (offline it fails and can leave the instance trapped), and user SQL may not change that.
 */
export function lockdownSql(origin = 'http://localhost'): string {
  return (
    [
      'SET autoinstall_known_extensions=false',
      'SET autoload_known_extensions=false',
      `SET custom_extension_repository='${origin.replace(/'/g, "''")}/duckdb-ext'`,
      'SET lock_configuration=true',
    ].join(';\n') + ';'
  );
}

/** Convert Arrow rows to plain objects with numbers instead of BigInt. */
export function toPlainRows<T extends Row>(table: { toArray(): Array<{ toJSON(): Row }> }): T[] {
  return table.toArray().map((r) => {
    const o = r.toJSON();
    for (const k of Object.keys(o)) {
      const v = o[k];
      if (typeof v === 'bigint') o[k] = Number(v);
    }
    return o as T;
  });
}

/**
 * Wrap a single-connection runner into BEGIN/COMMIT/ROLLBACK. The error that stopped the work is the one thrown: a
 * COMMIT that fails (e.g. the disk is full) has already ended the transaction, so the ROLLBACK after it fails too.
 */
export async function runTransaction<T>(c: Connector, fn: (c: Connector) => Promise<T>): Promise<T> {
  await c.exec('BEGIN TRANSACTION');
  try {
    const out = await fn(c);
    await c.exec('COMMIT');
    return out;
  } catch (e) {
    await c.exec('ROLLBACK').catch(() => {});
    throw e;
  }
}
