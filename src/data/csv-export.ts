/** How a CSV separates fields and writes a decimal fraction. */
export interface CsvDialect {
  separator: ',' | ';';
  decimal: '.' | ',';
}

const PLAIN: CsvDialect = { separator: ',', decimal: '.' };

/**
 * A CSV cell: text that a spreadsheet would run as a formula gets a leading apostrophe; numbers stay numbers,
 * written with the dialect's decimal mark.
 */
export function csvCell(v: unknown, { separator, decimal }: CsvDialect = PLAIN): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return decimal === '.' ? String(v) : String(v).replace('.', decimal);
  if (typeof v === 'boolean') return String(v);
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /["\n\r]/.test(s) || s.includes(separator) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows of cells as CSV text in a dialect (CRLF line ends, as spreadsheets write them). */
export function csvText(rows: unknown[][], dialect: CsvDialect = PLAIN): string {
  return rows.map((r) => r.map((v) => csvCell(v, dialect)).join(dialect.separator)).join('\r\n') + '\r\n';
}

/** Flatten one record for CSV: nested objects become `<key>_<sub>` columns, lists `;`-joined cells. */
export function flatten(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (Array.isArray(v)) out[k] = v.join(';');
    else if (v && typeof v === 'object') for (const [s, x] of Object.entries(v)) out[`${k}_${s}`] = x;
    else out[k] = v;
  }
  return out;
}

/** Rows as CSV (header from the union of keys, in first-seen order). */
export function toCsv(rows: Record<string, unknown>[]): string {
  const flat = rows.map(flatten);
  const cols = [...new Set(flat.flatMap((r) => Object.keys(r)))];
  return (
    [cols, ...flat.map((r) => cols.map((c) => r[c]))].map((r) => r.map((v) => csvCell(v)).join(',')).join('\n') + '\n'
  );
}
