/** A CSV cell: text that a spreadsheet would run as a formula gets a leading apostrophe; numbers stay numbers. */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
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
  return [cols.map(csvCell).join(','), ...flat.map((r) => cols.map((c) => csvCell(r[c])).join(','))].join('\n') + '\n';
}
