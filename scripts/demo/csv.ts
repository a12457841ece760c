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

/** The DuckDB type each column's values fit: BIGINT, DOUBLE, DATE (ISO) or VARCHAR. */
export function inferTypes(rows: Record<string, unknown>[], columns: string[]): Record<string, string> {
  const typeOf = (c: string) => {
    const vs = rows.map((r) => r[c]).filter((v) => v !== null && v !== undefined && v !== '');
    if (vs.every((v) => typeof v === 'number' && Number.isInteger(v))) return 'BIGINT';
    if (vs.every((v) => typeof v === 'number')) return 'DOUBLE';
    if (vs.every((v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v))) return 'DATE';
    return 'VARCHAR';
  };
  return Object.fromEntries(columns.map((c) => [c, typeOf(c)]));
}

/** The codebook with each variable's storage type, as the data has it. */
export function withTypes<T extends { name: string }>(
  codebook: T[],
  rows: Record<string, unknown>[],
): Array<T & { type: string }> {
  const types = inferTypes(
    rows,
    codebook.map((v) => v.name),
  );
  return codebook.map((v) => ({ ...v, type: types[v.name] }));
}
