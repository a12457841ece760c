/** Write rows as RFC 4180 CSV (UTF-8, LF) in the given column order; null becomes an empty cell. */
export function toCsv(rows: Record<string, unknown>[], columns: string[]): string {
  const cell = (v: unknown) => {
    if (v === null || v === undefined) return '';
    const s = String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  for (const r of rows.slice(0, 1)) {
    const extra = Object.keys(r).filter((k) => !columns.includes(k));
    if (extra.length) throw new Error(`columns missing from the codebook: ${extra.join(', ')}`);
  }
  return [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\n') + '\n';
}
