/** A row as returned by a query: column name → JS value (BIGINT cast to number). */
export type Row = Record<string, unknown>;

/** A value bound to a positional parameter (`$1`, `$2`, …) of a query. */
export type SqlValue = number | string | boolean | null;

/** The one interface through which the app and the CLI talk to a database (backends live in `src/data/`). */
export interface Connector {
  /** Run a statement that returns rows; `params` are bound to `$1`, `$2`, … as values, never spliced into the text. */
  query<T extends Row = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Run statements whose result is not needed. */
  exec(sql: string): Promise<void>;
  /**
   * Run a read-only query on a second connection to the same database, outside any transaction open on this one
   * (a failed statement aborts a transaction, and every query in it after that). Virtual files are shared.
   */
  aside?<T extends Row = Row>(sql: string): Promise<T[]>;
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

/** Quote an identifier for DuckDB SQL. */
export function quoteIdent(name: string): string {
  return '"' + name.replace(/"/g, '""') + '"';
}

/** Quote a string literal for DuckDB SQL. */
export function quoteLiteral(value: string): string {
  return "'" + value.replace(/'/g, "''") + "'";
}
