import { Bool, Float64, Table, Utf8, makeData, makeVector, tableToIPC } from 'apache-arrow';
import { type Connector, quoteIdent } from '../../core/sql';
import { normaliseHeader } from '../load-csv';
import type { Cell, Sheet } from './xlsx';

/** A column read by a JS reader (Excel, SPSS, Parquet, JSON), before it goes to DuckDB. */
export interface ColumnData {
  name: string;
  values: Cell[];
  /** Type the format declares; otherwise inferred from the values. */
  type?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}/;

/** DuckDB type of a column from its values: numbers (integer or not), booleans, ISO dates/timestamps, else text. */
export function inferType(values: Cell[]): string {
  const kinds = new Set<string>();
  for (const v of values) {
    if (v === null) continue;
    if (typeof v === 'number') kinds.add(Number.isSafeInteger(v) ? 'BIGINT' : 'DOUBLE');
    else if (typeof v === 'boolean') kinds.add('BOOLEAN');
    else kinds.add(ISO_DATE.test(v) ? 'DATE' : ISO_TIME.test(v) ? 'TIMESTAMP' : 'VARCHAR');
    if (kinds.size > 2) break;
  }
  if (kinds.size === 0) return 'VARCHAR';
  if (kinds.size === 1) return [...kinds][0];
  if ([...kinds].every((k) => k === 'BIGINT' || k === 'DOUBLE')) return 'DOUBLE';
  if ([...kinds].every((k) => k === 'DATE' || k === 'TIMESTAMP')) return 'TIMESTAMP';
  return 'VARCHAR';
}

const text = (v: Cell) => (v === null ? null : typeof v === 'string' ? v : String(v));

/** Validity bits (1 = present) of the values `present` accepts. */
function validity(values: Cell[], present: (v: Cell) => boolean): { nullBitmap: Uint8Array; nullCount: number } {
  const nullBitmap = new Uint8Array((values.length + 7) >> 3);
  let nullCount = 0;
  values.forEach((v, i) => (present(v) ? (nullBitmap[i >> 3] |= 1 << (i & 7)) : nullCount++));
  return { nullBitmap, nullCount };
}

function utf8Data(values: Cell[]) {
  const strings = values.map(text);
  const enc = new TextEncoder();
  const valueOffsets = new Int32Array(strings.length + 1);
  let buf = new Uint8Array(1 << 16),
    end = 0;
  strings.forEach((s, i) => {
    if (s !== null) {
      if (end + s.length * 3 > buf.length) {
        const next = new Uint8Array(Math.max(buf.length * 2, end + s.length * 3));
        next.set(buf.subarray(0, end));
        buf = next;
      }
      end += enc.encodeInto(s, buf.subarray(end)).written;
    }
    valueOffsets[i + 1] = end;
  });
  return makeData({
    type: new Utf8(),
    length: strings.length,
    ...validity(values, (v) => v !== null),
    valueOffsets,
    data: buf.subarray(0, end),
  });
}

/**
 * Arrow data carrying a column: numbers as Float64, booleans as Bool, everything else as text. Built from typed
 * arrays directly: Arrow's builders compile functions with `new Function`, which the app's CSP forbids.
 */
function vector(values: Cell[], type: string) {
  const n = values.length;
  if (type === 'BIGINT' || type === 'DOUBLE') {
    const data = Float64Array.from(values, (v) => (typeof v === 'number' ? v : 0));
    return makeVector(
      makeData({ type: new Float64(), length: n, ...validity(values, (v) => typeof v === 'number'), data }),
    );
  }
  if (type === 'BOOLEAN') {
    const data = new Uint8Array((n + 7) >> 3);
    values.forEach((v, i) => v === true && (data[i >> 3] |= 1 << (i & 7)));
    return makeVector(
      makeData({ type: new Bool(), length: n, ...validity(values, (v) => typeof v === 'boolean'), data }),
    );
  }
  return makeVector(utf8Data(values));
}

/**
 * Insert columns as a new table: handed to DuckDB as Arrow (numbers, booleans, text), then cast to the final types
 * in SQL. Run it inside a transaction.
 */
export async function insertColumns(db: Connector, table: string, columns: ColumnData[]): Promise<void> {
  const stage = `${table}__stage`;
  const types = columns.map((c) => c.type ?? inferType(c.values));
  const vectors = Object.fromEntries(columns.map((c, i) => [`c${i}`, vector(c.values, types[i])]));
  await db.insertArrow(stage, tableToIPC(new Table(vectors), 'stream'));
  const select = columns.map((c, i) => `CAST(c${i} AS ${types[i]}) AS ${quoteIdent(c.name)}`).join(', ');
  await db.exec(`CREATE TABLE ${quoteIdent(table)} AS SELECT ${select} FROM ${quoteIdent(stage)}`);
  await db.exec(`DROP TABLE ${quoteIdent(stage)}`);
}

/** A merged range the user should know about, in words. */
export interface MergeNote {
  ref: string;
  inHeader: boolean;
}

/**
 * Turn a sheet into columns: leading empty rows skipped, `headerRows` rows (default 1) joined into the names with
 * " / ", merged cells filled with their value (and reported), empty and duplicate names fixed as the CLI contract says.
 */
export function sheetColumns(sheet: Sheet, headerRows = 1): { columns: ColumnData[]; merges: MergeNote[] } {
  const rows = sheet.rows.map((r) => [...r]);
  for (const m of sheet.merges) {
    for (let i = m.row; i < Math.min(m.row + m.rows, rows.length); i++) {
      for (let j = m.col; j < Math.min(m.col + m.cols, rows[i].length); j++) rows[i][j] = rows[m.row][m.col];
    }
  }
  const first = rows.findIndex((r) => r.some((c) => c !== null && c !== ''));
  const start = first < 0 ? rows.length : first;
  const head = rows.slice(start, start + headerRows);
  const width = rows[0]?.length ?? 0;
  const raw = Array.from({ length: width }, (_, j) =>
    [...new Set(head.map((r) => text(r[j]) ?? '').filter(Boolean))].join(' / '),
  );
  const names = normaliseHeader(raw);
  const body = rows.slice(start + headerRows).filter((r) => r.some((c) => c !== null && c !== ''));
  const columns = names.map((name, j) => ({ name, values: body.map((r) => (r[j] === '' ? null : r[j])) }));
  const merges = sheet.merges.map((m) => ({ ref: m.ref, inHeader: m.row < start + headerRows }));
  return { columns, merges };
}
