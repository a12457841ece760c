import type { Lang } from '../core/lang';
import type { Row } from '../core/sql';
import { formatNumber, unitDigits } from '../i18n/format';
import { translator } from '../i18n/t';
import { headerOf } from '../views/export-table';
import type { Cell, ResultColumn, ResultTable } from './types';

/** A table cell as a report prints it: its text and how it looks (flagged values marked, suppressed ones blank). */
export interface PrintedCell {
  text: string;
  look: 'plain' | 'flagged' | 'suppressed';
}

/** Columns that hold an estimate or its interval: blank when suppressed, marked when flagged. */
const VALUE_COLUMNS = new Set(['estimate', 'se', 'ci_low', 'ci_high', 'value', 'mean', 'percent', 'pct', 'share']);
/** Decimals of columns printed the same whatever the unit (as the app's tables print them). */
const FIXED_DIGITS: Record<string, number> = { n: 0, base_n: 0, n_eff: 0, p: 3, p_vs_rest: 3, df: 1, mean: 2 };
/** The most rows a report prints of one table. */
export const MAX_ROWS = 200;

/**
 * A result row's key, the `data-key` of its `<tr>` wherever a table is printed (app, report, deck): its position in
 * the result, from 0. Step reveals name rows by it.
 */
export const rowKey = (index: number): string => String(index);

const isSuppressed = (r: Row) => r.status === 'suppressed';
const isFlagged = (r: Row) =>
  r.status !== 'suppressed' &&
  (Array.isArray(r.flags) ? r.flags.length > 0 : typeof r.flags === 'string' && r.flags !== '');

function digitsOf(column: string, row: Row, x: number, decimals: number | null): number {
  if (FIXED_DIGITS[column] === 0 && Number.isInteger(x)) return 0;
  if (decimals !== null) return decimals;
  if (column in FIXED_DIGITS) return FIXED_DIGITS[column];
  if (VALUE_COLUMNS.has(column) && typeof row.unit === 'string')
    return unitDigits(row.unit) + (column === 'se' ? 1 : 0);
  if (Number.isInteger(x)) return 0;
  return VALUE_COLUMNS.has(column) ? 1 : 2;
}

/** One value as printed in `lang`: numbers in its format, suppressed estimates never, flagged ones marked. */
export function printCell(column: string, row: Row, lang: Lang, decimals: number | null = null): PrintedCell {
  const v = row[column];
  if (VALUE_COLUMNS.has(column) && isSuppressed(row)) return { text: '—', look: 'suppressed' };
  const look = VALUE_COLUMNS.has(column) && isFlagged(row) ? 'flagged' : 'plain';
  if (v === null || v === undefined) return { text: '', look };
  if (typeof v === 'number') {
    const year = column === 'wave' || column === 'year';
    return { text: year ? String(v) : formatNumber(v, lang, digitsOf(column, row, v, decimals)), look };
  }
  if (Array.isArray(v)) return { text: v.join(', '), look };
  if (typeof v === 'object') return { text: JSON.stringify(v), look };
  return { text: String(v), look };
}

/**
 * A result as printed: headers (a column's label, else the table cell's `labels`, else its name) and at most
 * MAX_ROWS rows of cells, each column with its own decimals where the table cell asked for them, and the rows' keys.
 */
export function printTable(
  table: ResultTable,
  cell: Cell,
  lang: Lang,
): { headers: string[]; rows: PrintedCell[][]; keys: string[]; total: number } {
  const labels = (cell.options.labels ?? {}) as Record<string, unknown>;
  const decimals = typeof cell.options.decimals === 'number' ? cell.options.decimals : null;
  const columns: Pick<ResultColumn, 'name' | 'label' | 'decimals'>[] = table.columns.length
    ? table.columns
    : Object.keys(table.rows[0] ?? {}).map((name) => ({ name }));
  // A chart cell's table holds the app's export fields: their headers are the app's, in the notebook's language.
  const t = translator(lang);
  const named = (name: string) => (cell.kind === 'chart' ? headerOf(name, t) : name);
  const header = (c: { name: string; label?: string }) =>
    c.label ?? (typeof labels[c.name] === 'string' ? (labels[c.name] as string) : named(c.name));
  const rows = table.rows.slice(0, MAX_ROWS);
  return {
    headers: columns.map(header),
    rows: rows.map((r) => columns.map((c) => printCell(c.name, r, lang, c.decimals ?? decimals))),
    keys: rows.map((_, i) => rowKey(i)),
    total: table.rows.length,
  };
}
