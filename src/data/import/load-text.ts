import type { Connector } from '../connector';
import { type Encoding, decode, toUtf8 } from '../encoding';
import { DataError } from '../errors';
import { quoteIdent, quoteLiteral } from '../../stats/design';
import { NULL_CELLS, castSql } from './cells';
import type { ColumnGuess, TextOptions } from './text-sniff';

/** How far an import has come. */
export interface ImportProgress { bytes: number; total: number; rows: number }

/** Progress reporting and cancelling for a long import. */
export interface ImportControl {
  onProgress?: (p: ImportProgress) => void;
  signal?: AbortSignal;
  /** Bytes per chunk handed to DuckDB (default 4 MiB: cutting and re-encoding one stays well under 0.2 s). */
  chunkBytes?: number;
}

/** The error a cancelled import throws (the caller's transaction rolls back). */
export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelled';
  }
}

/**
 * Find the end of whole records from `start`: stops after the first line break outside quotes once `limit` bytes
 * are covered. Quotes and line feeds are ASCII in every encoding read here but UTF-16, which is re-encoded first.
 */
export function scanRecords(bytes: Uint8Array, start: number, limit: number): { end: number; records: number } {
  let quoted = false, records = 0;
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x22) quoted = !quoted;
    else if (b === 0x0a && !quoted) {
      records++;
      if (i + 1 - start >= limit) return { end: i + 1, records };
    }
  }
  if (bytes.length > start && bytes[bytes.length - 1] !== 0x0a) records++;
  return { end: bytes.length, records };
}

/** The bytes to load, as UTF-8 (UTF-16 re-encoded) or in their single-byte code page; a BOM is skipped. */
function byteView(bytes: Uint8Array, encoding: Encoding): Uint8Array {
  if (encoding.startsWith('utf-16')) return new TextEncoder().encode(decode(bytes, encoding));
  const bom = encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return bom ? bytes.subarray(3) : bytes;
}

/** Types DuckDB's reader can produce directly; the rest is read as text and cast in the same INSERT. */
function readType(c: ColumnGuess, o: TextOptions): string {
  const plain = o.decimal === '.' && o.thousands === '';
  if ((c.type === 'BIGINT' || c.type === 'DOUBLE') && plain) return c.type;
  if (c.type === 'DATE' && (c.dateFormat ?? '%Y-%m-%d') === '%Y-%m-%d') return 'DATE';
  return 'VARCHAR';
}

/** The line ending of the first record (DuckDB must be told when a quoted field holds the other kind). */
export function lineEnding(bytes: Uint8Array): string {
  const lf = bytes.indexOf(0x0a);
  return lf > 0 && bytes[lf - 1] === 0x0d ? '\\r\\n' : '\\n';
}

function readCsvSql(vfile: string, columns: ColumnGuess[], o: TextOptions & { newLine: string }, asText = false): string {
  const cols = columns.map((c) => `${quoteLiteral(c.name)}: '${asText ? 'VARCHAR' : readType(c, o)}'`).join(', ');
  return `read_csv(${quoteLiteral(vfile)}, header = false, auto_detect = false, delim = ${quoteLiteral(o.delimiter)}, ` +
    `quote = '"', escape = '"', new_line = '${o.newLine}', parallel = false, null_padding = true, nullstr = [${NULL_CELLS.map(quoteLiteral).join(', ')}], columns = {${cols}})`;
}

function selectList(columns: ColumnGuess[], o: TextOptions): string {
  return columns.map((c) => {
    const q = quoteIdent(c.name);
    return readType(c, o) === 'VARCHAR' && c.type !== 'VARCHAR' ? `${castSql(q, c.type, o, c.dateFormat)} AS ${q}` : q;
  }).join(', ');
}

/** Create the target table with the chosen column types. */
export async function createTable(db: Connector, table: string, columns: { name: string; type: string }[]): Promise<void> {
  const defs = columns.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(', ');
  await db.exec(`CREATE TABLE ${quoteIdent(table)} (${defs})`);
}

/**
 * Load delimited text into a new table, chunk by chunk at record boundaries: each chunk is decoded to UTF-8 (if it
 * is not already) and read by DuckDB's CSV reader with the column types fixed, so memory holds one chunk of text at
 * a time. Run it inside a transaction: a failure or Cancel then leaves nothing behind.
 */
export async function loadDelimited(
  db: Connector, table: string, file: string, bytes: Uint8Array, encoding: Encoding,
  options: TextOptions, columns: ColumnGuess[], ctl: ImportControl = {},
): Promise<number> {
  const view = byteView(bytes, encoding);
  const o = { ...options, newLine: lineEnding(view.subarray(0, 1 << 16)) };
  const start = options.header ? scanRecords(view, 0, 1).end : 0;
  let rowsBefore = options.header ? 1 : 0;
  await createTable(db, table, columns);
  const chunk = (from: number) => {
    const { end, records } = scanRecords(view, from, ctl.chunkBytes ?? 4 << 20);
    return { end, records, utf8: toUtf8(view.subarray(from, end), encoding.startsWith('utf-16') ? 'utf-8' : encoding) };
  };
  // While DuckDB's worker parses one chunk, the page cuts and re-encodes the next.
  let next = start < view.length ? chunk(start) : null;
  for (let k = 0; next; k++) {
    if (ctl.signal?.aborted) throw new ImportCancelled();
    const { end, records, utf8 } = next;
    const vfile = `import/${table}.${k % 2}.csv`;
    await db.registerBuffer(vfile, utf8);
    const insert = db.exec(`INSERT INTO ${quoteIdent(table)} SELECT ${selectList(columns, o)} FROM ${readCsvSql(vfile, columns, o)}`);
    insert.catch(() => {});
    next = end < view.length ? chunk(end) : null;
    try {
      await insert;
    } catch (e) {
      throw await locateError(db, file, vfile, columns, o, rowsBefore, e);
    } finally {
      await db.dropFile(vfile).catch(() => {});
    }
    rowsBefore += records;
    ctl.onProgress?.({ bytes: end, total: view.length, rows: rowsBefore - (options.header ? 1 : 0) });
    await new Promise((r) => setTimeout(r, 0));
  }
  const [{ n }] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${quoteIdent(table)}`);
  return n;
}

/** Turn a failed chunk into an error naming the file row, the column and the cell. */
async function locateError(
  db: Connector, file: string, vfile: string, columns: ColumnGuess[], o: TextOptions & { newLine: string }, rowsBefore: number, e: unknown,
): Promise<DataError> {
  const full = String(e instanceof Error ? e.message : e);
  const msg = full.split('\n')[0];
  const fields = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(full);
  for (const c of columns.filter((c) => c.type !== 'VARCHAR')) {
    const q = quoteIdent(c.name);
    const bad = await db.query<{ r: number; v: string }>(
      `SELECT r, ${q} AS v FROM (SELECT row_number() OVER () AS r, * FROM ${readCsvSql(vfile, columns, o, true)}) ` +
      `WHERE ${q} IS NOT NULL AND TRY(${castSql(q, c.type, o, c.dateFormat)}) IS NULL ORDER BY r LIMIT 1`,
    ).catch(() => []);
    if (bad.length) {
      return new DataError({ code: 'bad_value', file, row: rowsBefore + bad[0].r, column: c.name, detail: `"${bad[0].v}" is not ${c.type}` });
    }
  }
  const line = /line[: ]+(\d+)/i.exec(msg);
  const detail = fields ? `${fields[2]} fields where the header has ${fields[1]}` : msg.replace(/^[A-Za-z ]*Error: /, '');
  return new DataError({ code: 'parse', file, row: line ? rowsBefore + Number(line[1]) : undefined, detail });
}
