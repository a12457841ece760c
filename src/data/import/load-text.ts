import { type Connector, quoteIdent, quoteLiteral } from '../../core/sql';
import { type Encoding, type LineEncoding, assertOneEncoding } from '../encoding';
import { DataError } from '../errors';
import { NULL_CELLS, castSql } from './cells';
import { type ChunkPlan, bytesChunker } from './chunks';
import type { ColumnGuess, TextOptions } from './text-sniff';

/** How far an import has come. */
export interface ImportProgress {
  bytes: number;
  total: number;
  rows: number;
}

/** Progress reporting and cancelling for a long import. */
export interface ImportControl {
  onProgress?: (p: ImportProgress) => void;
  signal?: AbortSignal;
  /** Bytes per chunk handed to DuckDB (default 4 MiB). */
  chunkBytes?: number;
}

/** The error a cancelled import throws (the caller's transaction rolls back). */
export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelled';
  }
}

/** Types DuckDB's reader can produce directly; the rest is read as text and cast in the same INSERT. */
function readType(c: ColumnGuess, o: TextOptions): string {
  const plain = o.decimal === '.' && o.thousands === '';
  if ((c.type === 'BIGINT' || c.type === 'DOUBLE') && plain) return c.type;
  if (c.type === 'DATE' && (c.dateFormat ?? '%Y-%m-%d') === '%Y-%m-%d') return 'DATE';
  return 'VARCHAR';
}

/** The line ending of the first record (DuckDB must be told when a quoted field holds the other kind). */
function lineEnding(bytes: Uint8Array): string {
  const lf = bytes.indexOf(0x0a);
  return lf > 0 && bytes[lf - 1] === 0x0d ? '\\r\\n' : '\\n';
}

function readCsvSql(
  vfile: string,
  columns: ColumnGuess[],
  o: TextOptions & { newLine: string },
  asText = false,
): string {
  const cols = columns.map((c) => `${quoteLiteral(c.name)}: '${asText ? 'VARCHAR' : readType(c, o)}'`).join(', ');
  const nullCells = NULL_CELLS.map(quoteLiteral).join(', ');
  return (
    `read_csv(${quoteLiteral(vfile)}, header = false, auto_detect = false, delim = ${quoteLiteral(o.delimiter)}, ` +
    `quote = '"', escape = '"', new_line = '${o.newLine}', parallel = false, null_padding = true, ` +
    `nullstr = [${nullCells}], columns = {${cols}})`
  );
}

function selectList(columns: ColumnGuess[], o: TextOptions): string {
  return columns
    .map((c) => {
      const q = quoteIdent(c.name);
      return readType(c, o) === 'VARCHAR' && c.type !== 'VARCHAR'
        ? `${castSql(q, c.type, o, c.dateFormat)} AS ${q}`
        : q;
    })
    .join(', ');
}

/** Create the target table with the chosen column types. */
async function createTable(db: Connector, table: string, columns: { name: string; type: string }[]): Promise<void> {
  const defs = columns.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(', ');
  await db.exec(`CREATE TABLE ${quoteIdent(table)} (${defs})`);
}

/**
 * Load delimited text into a new table, chunk by chunk at record boundaries: each chunk arrives as UTF-8 and is
 * read by DuckDB's CSV reader with the column types fixed, so memory holds a chunk or two of text at a time; the
 * next chunk is cut while DuckDB parses the current one. Run it inside a transaction: a failure or Cancel then
 * leaves nothing behind.
 */
export async function loadDelimited(
  db: Connector,
  table: string,
  file: string,
  bytes: Uint8Array,
  encoding: Encoding,
  options: TextOptions,
  columns: ColumnGuess[],
  ctl: ImportControl = {},
): Promise<number> {
  const plan: ChunkPlan = { encoding, header: options.header, chunkBytes: ctl.chunkBytes ?? 4 << 20 };
  const reader = bytesChunker(bytes, plan);
  let rowsBefore = options.header ? 1 : 0;
  await createTable(db, table, columns);
  let next = reader.next();
  let o = { ...options, newLine: '\\n' };
  let seen: LineEncoding | null = null;
  for (let k = 0; ; k++) {
    const chunk = await next;
    if (!chunk) break;
    if (ctl.signal?.aborted) throw new ImportCancelled();
    seen = assertOneEncoding(file, chunk.source, encoding, rowsBefore + 1, seen);
    if (k === 0) o = { ...options, newLine: lineEnding(chunk.utf8.subarray(0, 1 << 16)) };
    const vfile = `import/${table}.${k % 2}.csv`;
    await db.registerBuffer(vfile, chunk.utf8);
    const insert = db.exec(
      `INSERT INTO ${quoteIdent(table)} SELECT ${selectList(columns, o)} FROM ${readCsvSql(vfile, columns, o)}`,
    );
    next = reader.next();
    next.catch(() => {});
    try {
      await insert;
    } catch (e) {
      throw await locateError(db, file, vfile, columns, o, rowsBefore, e);
    } finally {
      await db.dropFile(vfile).catch(() => {});
    }
    rowsBefore += chunk.records;
    ctl.onProgress?.({ bytes: chunk.done, total: chunk.total, rows: rowsBefore - (options.header ? 1 : 0) });
    await new Promise((r) => setTimeout(r, 0));
  }
  const [{ n }] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${quoteIdent(table)}`);
  return n;
}

/** Turn a failed chunk into an error naming the file row, the column and the cell. */
async function locateError(
  outer: Connector,
  file: string,
  vfile: string,
  columns: ColumnGuess[],
  o: TextOptions & { newLine: string },
  rowsBefore: number,
  e: unknown,
): Promise<DataError> {
  const full = String(e instanceof Error ? e.message : e);
  const msg = full.split('\n')[0];
  const fields = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(full);
  // The failed chunk has aborted the import's transaction: look on a connection outside it.
  const db = outer.aside ? { query: outer.aside.bind(outer) } : outer;
  const numbered = `(SELECT row_number() OVER () AS r, * FROM ${readCsvSql(vfile, columns, o, true)})`;
  for (const c of columns.filter((c) => c.type !== 'VARCHAR')) {
    const q = quoteIdent(c.name);
    const bad = await db
      .query<{ r: number }>(
        `SELECT r FROM ${numbered} WHERE ${q} IS NOT NULL AND TRY(${castSql(q, c.type, o, c.dateFormat)}) IS NULL ` +
          'ORDER BY r LIMIT 1',
      )
      .catch(() => []);
    if (bad.length) {
      // Read apart from TRY: native DuckDB 1.4 returns the column as NULL beside a TRY that failed on a large chunk.
      const [{ v }] = await db.query<{ v: string }>(`SELECT ${q} AS v FROM ${numbered} WHERE r = ${Number(bad[0].r)}`);
      return new DataError({
        code: 'bad_value',
        file,
        row: rowsBefore + Number(bad[0].r),
        column: c.name,
        detail: `"${v}" is not ${c.type}`,
      });
    }
  }
  const line = /line[: ]+(\d+)/i.exec(msg);
  const detail = fields
    ? `${fields[2]} fields where the header has ${fields[1]}`
    : msg.replace(/^[A-Za-z ]*Error: /, '');
  return new DataError({ code: 'parse', file, row: line ? rowsBefore + Number(line[1]) : undefined, detail });
}
