/** A row as returned by a query: column name → JS value (BIGINT cast to number). */
export type Row = Record<string, unknown>;

/** The one interface through which the app and the CLI talk to a database. */
export interface Connector {
  /** Run a statement that returns rows. */
  query<T extends Row = Row>(sql: string): Promise<T[]>;
  /** Run statements whose result is not needed. */
  exec(sql: string): Promise<void>;
  /** Run fn inside BEGIN/COMMIT; roll back and rethrow on failure. */
  transaction<T>(fn: (c: Connector) => Promise<T>): Promise<T>;
  /** Make text available to `read_csv` under a virtual file name. */
  registerText(name: string, text: string): Promise<void>;
  /** Make bytes available to `read_csv` under a virtual file name (the buffer is consumed). */
  registerBuffer(name: string, bytes: Uint8Array): Promise<void>;
  /** Forget a virtual file. */
  dropFile(name: string): Promise<void>;
  /** A query's result as an Arrow IPC stream. */
  exportArrow(sql: string): Promise<Uint8Array>;
  /** Insert an Arrow IPC stream as a new table. */
  insertArrow(table: string, ipc: Uint8Array): Promise<void>;
  /** Release the database. */
  close(): Promise<void>;
}

/** A failed query with the SQL attached. */
export class QueryError extends Error {
  readonly sql: string;
  constructor(cause: unknown, sql: string) {
    const msg = cause instanceof Error ? cause.message : String(cause);
    super(`${msg}\nSQL Query: ${sql}`);
    this.name = 'QueryError';
    this.sql = sql;
  }
}

/**
 * Statements run right after connecting: DuckDB-wasm must never try to download an extension
 * (offline it fails and can leave the instance trapped), and user SQL may not change that.
 */
export function lockdownSql(origin = 'http://localhost'): string {
  return [
    'SET autoinstall_known_extensions=false',
    'SET autoload_known_extensions=false',
    `SET custom_extension_repository='${origin.replace(/'/g, "''")}/duckdb-ext'`,
    'SET lock_configuration=true',
  ].join(';\n') + ';';
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

/** Wrap a single-connection runner into BEGIN/COMMIT/ROLLBACK. */
export async function runTransaction<T>(c: Connector, fn: (c: Connector) => Promise<T>): Promise<T> {
  await c.exec('BEGIN TRANSACTION');
  try {
    const out = await fn(c);
    await c.exec('COMMIT');
    return out;
  } catch (e) {
    await c.exec('ROLLBACK');
    throw e;
  }
}
