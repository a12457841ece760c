import type { Lang } from '../core/lang';
import { type CsvDialect, csvText, flatten } from '../data/csv-export';
import { unitDigits } from '../i18n/format';
import { type T, isKey, textOr } from '../i18n/t';

/** CSV for Russian-locale Excel (`;` and a decimal comma) or for the rest (`,` and a decimal point). */
export type Dialect = 'semicolon' | 'comma';

/** What a user chooses for data exports. */
export interface ExportOptions {
  dialect: Dialect;
  /** A second header row with the field names programs read. */
  machineHeader: boolean;
  /** Numbers as computed, not rounded as shown. */
  fullPrecision: boolean;
}

/** The dialect a language's spreadsheets open without a wizard. */
export const defaultDialect = (lang: Lang): Dialect => (lang === 'en' ? 'comma' : 'semicolon');

const CSV_DIALECTS: Record<Dialect, CsvDialect> = {
  semicolon: { separator: ';', decimal: ',' },
  comma: { separator: ',', decimal: '.' },
};

/** One cell of an exported table: numbers stay numbers, codes have become words. */
export type Cell = string | number | null;

/** An exported table: one or two header rows (in the UI language, then the field names) and the data rows. */
export interface ExportTable {
  headers: string[][];
  rows: Cell[][];
}

/** What turns codes into words and rounds numbers: the translator, the unit of value columns, the small-base n. */
export interface TableContext {
  t: T;
  unit?: string;
  minN?: number;
}

const VALUE_COLUMNS = new Set([
  ...['estimate', 'ci_low', 'ci_high', 'national', 'national_ci_low', 'national_ci_high'],
  ...['earlier', 'later', 'change', 'direct'],
]);
/** Decimals of columns shown the same whatever the unit (as the Analyse tables show them). */
const FIXED_DIGITS: Record<string, number> = {
  percent: 1,
  mean: 2,
  p: 3,
  p_vs_rest: 3,
  n: 0,
  base_n: 0,
  n_eff: 0,
  df: 1,
  cv: 3,
  shrinkage: 3,
  score: 2,
  score_se: 2,
  population: 0,
  hops_to_centre: 0,
  aware_centre: 1,
  aware_centre_se: 2,
  used_centre_services: 1,
  used_centre_services_se: 2,
  sci: 1,
  sci_se: 2,
};
/** Columns holding one code each, and the prefix of the strings that name their codes. */
const CODE_PREFIX: Record<string, string> = {
  status: 'status.',
  vs_national: 'cmp.vs.',
  direction: 'cmp.dir.',
  unit: 'unit.',
  p_reason: 'stat.undefined.',
};

/** Decimals shown for a column of a record (a record's own `unit` wins over the table's), or null: as it is. */
function digitsOf(key: string, unit: string | undefined): number | null {
  if (key in FIXED_DIGITS) return FIXED_DIGITS[key];
  if (VALUE_COLUMNS.has(key)) return unitDigits(unit);
  if (key === 'se' || key === 'direct_se') return unitDigits(unit) + 1;
  return null;
}

const round = (x: number, digits: number | null) => (digits === null ? x : Number(x.toFixed(digits)));

/**
 * A column's header in the UI language: its export name, a KPI's name (the KPI matrix's columns), a breakdown's
 * name, or the key itself (a label already).
 */
export function headerOf(key: string, t: T): string {
  const own = `export.col.${key}`;
  if (isKey(own)) return t(own);
  const kpi = `kpi.${key.replace(/^kpi_/, '')}`;
  if (key.startsWith('kpi_') && isKey(kpi)) return t(kpi);
  const by = textOr(t, `cmp.by.${key}`, key);
  return by === key ? key : by.charAt(0).toUpperCase() + by.slice(1);
}

/** A code of a column in words (flags are lists of codes); other text as it is. */
function wordsOf(key: string, value: string, { t, minN = 0 }: TableContext): string {
  if (key === 'flags')
    return (
      value &&
      value
        .split(';')
        .map((f) => textOr(t, `flag.${f}`, f))
        .join(', ')
    );
  if (key === 'wave' && value === 'change') return t('export.col.change');
  const prefix = CODE_PREFIX[key];
  const code = `${prefix}${value}`;
  return prefix && isKey(code) ? t(code, { minN }) : value;
}

function cellOf(key: string, value: unknown, unit: string | undefined, ctx: TableContext, full: boolean): Cell {
  if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return null;
  if (typeof value === 'number') return full ? value : round(value, digitsOf(key, unit));
  if (typeof value === 'boolean') return ctx.t(value ? 'export.yes' : 'export.no');
  return wordsOf(key, String(value), ctx);
}

/**
 * Records (as pages build them for export) as a table in the UI language: headers translated, codes as words,
 * numbers rounded as shown on screen unless full precision is asked for.
 */
export function exportTable(
  records: Record<string, unknown>[],
  ctx: TableContext,
  { machineHeader = false, fullPrecision = false }: Partial<ExportOptions> = {},
): ExportTable {
  const flat = records.map(flatten);
  const keys = [...new Set(flat.flatMap((r) => Object.keys(r)))];
  const headers = [keys.map((k) => headerOf(k, ctx.t)), ...(machineHeader ? [keys] : [])];
  const rows = flat.map((r) => {
    const unit = typeof r.unit === 'string' ? r.unit : ctx.unit;
    return keys.map((k) => cellOf(k, r[k], unit, ctx, fullPrecision));
  });
  return { headers, rows };
}

/** A table as CSV text in a dialect, header rows first. */
export function tableCsv(table: ExportTable, dialect: Dialect): string {
  return csvText([...table.headers, ...table.rows], CSV_DIALECTS[dialect]);
}

/** The notes that travel with exported data: what it is, its base and source, the rules, the date. */
export function exportNotes(
  meta: { title: string; subtitle?: string; notes: string[] },
  { t, date, rules, fullPrecision = false }: { t: T; date: string; rules?: string; fullPrecision?: boolean },
): string[] {
  return [
    meta.title,
    meta.subtitle ?? '',
    ...meta.notes,
    rules ?? '',
    fullPrecision ? '' : t('export.notes.rounded'),
    t('export.notes.date', { date }),
  ].filter(Boolean);
}
