/** Storage types the importer assigns (DuckDB names). */
export type CellType = 'BIGINT' | 'DOUBLE' | 'DATE' | 'VARCHAR';

/** How numbers are written in a file. */
export interface NumberFormat {
  decimal: '.' | ',';
  thousands: '' | ' ' | '.' | ',';
}

/** Cells read as missing (R and spreadsheet conventions). */
export const NULL_CELLS = ['', 'NA'];

const DATE_FORMATS: { re: RegExp; format: string }[] = [
  { re: /^\d{4}-\d{2}-\d{2}$/, format: '%Y-%m-%d' },
  { re: /^\d{1,2}\.\d{1,2}\.\d{4}$/, format: '%d.%m.%Y' },
  { re: /^\d{1,2}\/\d{1,2}\/\d{4}$/, format: '%d/%m/%Y' },
];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Regex for a number written with the given separators. */
function numberRe(fmt: NumberFormat): { int: RegExp; real: RegExp } {
  const group = fmt.thousands === '' ? '' : fmt.thousands === ' ' ? '[ \\u00a0\\u202f]' : escapeRe(fmt.thousands);
  const digits = group ? `\\d{1,3}(?:${group}\\d{3})+|\\d+` : '\\d+';
  const dec = escapeRe(fmt.decimal);
  return {
    int: new RegExp(`^[-+]?(?:${digits})$`),
    real: new RegExp(`^[-+]?(?:(?:${digits})(?:${dec}\\d*)?|${dec}\\d+)(?:[eE][-+]?\\d+)?$`),
  };
}

const cache = new Map<string, ReturnType<typeof numberRe>>();
function res(fmt: NumberFormat) {
  const k = fmt.decimal + fmt.thousands;
  if (!cache.has(k)) cache.set(k, numberRe(fmt));
  return cache.get(k)!;
}

/** The type of one non-missing cell. */
export function cellType(raw: string, fmt: NumberFormat): CellType {
  const c = raw.trim();
  const r = res(fmt);
  if (r.int.test(c)) return Number.isSafeInteger(Number(plainNumber(c, fmt))) ? 'BIGINT' : 'DOUBLE';
  if (r.real.test(c)) return 'DOUBLE';
  if (DATE_FORMATS.some((d) => d.re.test(c) && validDate(c, d.format))) return 'DATE';
  return 'VARCHAR';
}

/** A number cell rewritten in plain form (`1 234,5` → `1234.5`). */
export function plainNumber(c: string, fmt: NumberFormat): string {
  let s = c.trim();
  if (fmt.thousands === ' ') s = s.replace(/[ \u00a0\u202f]/g, '');
  else if (fmt.thousands) s = s.split(fmt.thousands).join('');
  return fmt.decimal === ',' ? s.replace(',', '.') : s;
}

function validDate(c: string, format: string): boolean {
  const p = c.split(/[-./]/).map(Number);
  const [y, m, d] = format.startsWith('%Y') ? p : [p[2], p[1], p[0]];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The type of a column from its cells: all integers, all numbers, all dates of one format, else text. */
export function columnType(cells: string[], fmt: NumberFormat): { type: CellType; dateFormat?: string } {
  const present = cells.filter((c) => !NULL_CELLS.includes(c.trim()));
  if (!present.length) return { type: 'VARCHAR' };
  const types = new Set(present.map((c) => cellType(c, fmt)));
  if (types.size === 1 && types.has('BIGINT')) return { type: 'BIGINT' };
  if ([...types].every((t) => t === 'BIGINT' || t === 'DOUBLE')) return { type: 'DOUBLE' };
  if (types.size === 1 && types.has('DATE')) {
    const fmtOf = (c: string) => DATE_FORMATS.find((d) => d.re.test(c.trim()))!.format;
    const formats = new Set(present.map(fmtOf));
    if (formats.size === 1) return { type: 'DATE', dateFormat: [...formats][0] };
  }
  return { type: 'VARCHAR' };
}

/** SQL turning a VARCHAR cell written with `fmt` into its type (strict: a bad cell is an error). */
export function castSql(col: string, type: CellType, fmt: NumberFormat, dateFormat?: string): string {
  if (type === 'VARCHAR') return col;
  if (type === 'DATE') return `CAST(strptime(trim(${col}), '${dateFormat ?? '%Y-%m-%d'}') AS DATE)`;
  let s = `trim(${col})`;
  if (fmt.thousands === ' ') s = `regexp_replace(${s}, '[ \\x{00A0}\\x{202F}]', '', 'g')`;
  else if (fmt.thousands) s = `replace(${s}, '${fmt.thousands}', '')`;
  if (fmt.decimal === ',') s = `replace(${s}, ',', '.')`;
  return `CAST(${s} AS ${type})`;
}
