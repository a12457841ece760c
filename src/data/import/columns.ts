import { Bool, Float64, Table, Utf8, tableToIPC, vectorFromArray } from 'apache-arrow';
import type { Connector } from '../connector';
import { normaliseHeader } from '../load-csv';
import { quoteIdent } from '../../stats/design';
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

/** Arrow vector carrying a column: numbers as Float64, booleans as Bool, everything else as text. */
function vector(values: Cell[], type: string) {
  if (type === 'BIGINT' || type === 'DOUBLE') return vectorFromArray(values.map((v) => (typeof v === 'number' ? v : null)), new Float64());
  if (type === 'BOOLEAN') return vectorFromArray(values.map((v) => (typeof v === 'boolean' ? v : null)), new Bool());
  return vectorFromArray(values.map(text), new Utf8());
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
export interface MergeNote { ref: string; inHeader: boolean }

/**
 * Turn a sheet into columns: leading empty rows skipped, `headerRows` rows (default 1) joined into the names with
 * " / ", merged cells filled with their value (and reported), empty and duplicate names fixed as the CLI contract says.
 */
export function sheetColumns(sheet: Sheet, headerRows = 1): { columns: ColumnData[]; merges: MergeNote[] } {
  const rows = sheet.rows.map((r) => [...r]);
  for (const m of sheet.merges) {
    for (let i = m.row; i < m.row + m.rows; i++) for (let j = m.col; j < m.col + m.cols; j++) rows[i][j] = rows[m.row][m.col];
  }
  const first = rows.findIndex((r) => r.some((c) => c !== null && c !== ''));
  const start = first < 0 ? rows.length : first;
  const head = rows.slice(start, start + headerRows);
  const width = rows[0]?.length ?? 0;
  const raw = Array.from({ length: width }, (_, j) => [...new Set(head.map((r) => text(r[j]) ?? '').filter(Boolean))].join(' / '));
  const names = normaliseHeader(raw);
  const body = rows.slice(start + headerRows).filter((r) => r.some((c) => c !== null && c !== ''));
  const columns = names.map((name, j) => ({ name, values: body.map((r) => (r[j] === '' ? null : r[j])) }));
  const merges = sheet.merges.map((m) => ({ ref: m.ref, inHeader: m.row < start + headerRows }));
  return { columns, merges };
}
