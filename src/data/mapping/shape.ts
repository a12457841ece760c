import type { Localized } from '../../core/lang';
import type { CodebookVariable } from '../study';

/**
 * What an expected column holds, which decides how a file's column is converted and checked: a reference region or
 * district (names matched to codes), a code of a list (labels in ru/kk/en accepted), a date, a number in a range,
 * a count (whole, not negative), a year, a period (`2024`, `2024-Q1`, `2024-03`), or free text.
 */
export type ColumnKind = 'region' | 'district' | 'code' | 'date' | 'number' | 'count' | 'year' | 'period' | 'text';

/** A column a dataset's role expects (from its codebook), and whether the indicators need it. */
export interface ExpectedColumn {
  name: string;
  kind: ColumnKind;
  required: boolean;
  label: Localized;
  /** Codes and their labels, for `code`. */
  values?: Record<string, Localized>;
  /** Inclusive bounds, for `number` (coordinates, a rating). */
  range?: [number, number];
  /** The codebook entry the mapped column takes. */
  variable: CodebookVariable;
}

/**
 * Bounds of numbers that have them: WGS84 degrees around Kazakhstan (40.5–55.5° N, 46.5–87.4° E, with a margin, so
 * swapped coordinates are caught) and the 1–5 public rating.
 */
export const RANGES: Record<string, [number, number]> = { lat: [40, 56], lon: [46, 88], rating: [1, 5] };

/** The kind of a codebook variable. */
export function kindOf(v: CodebookVariable): ColumnKind {
  if (v.role === 'region' || v.role === 'district') return v.role;
  if (v.values && Object.keys(v.values).length) return 'code';
  if (v.type === 'DATE') return 'date';
  if (v.name === 'year' || v.role === 'wave') return 'year';
  if (v.name === 'period') return 'period';
  if (v.type === 'DOUBLE') return 'number';
  if (v.type && /INT/.test(v.type)) return 'count';
  return 'text';
}

/** A demo codebook's label without its "(synthetic …)" note: the mapped column holds the user's real data. */
export function realLabel(label: Localized): Localized {
  const drop = (s: string) => s.replace(/\s*\((синтетич|синтетикал|synthetic)[^()]*\)/giu, '');
  return { ru: drop(label.ru), kk: drop(label.kk), en: drop(label.en) };
}

/** The expected columns of a role: every variable of its codebook, those named in `required` marked so. */
export function expectedColumns(codebook: CodebookVariable[], required: Iterable<string>): ExpectedColumn[] {
  const need = new Set(required);
  return codebook.map((v) => ({
    name: v.name,
    kind: kindOf(v),
    required: need.has(v.name),
    label: realLabel(v.label),
    ...(v.values ? { values: v.values } : {}),
    ...(RANGES[v.name] ? { range: RANGES[v.name] } : {}),
    variable: { ...v, label: realLabel(v.label) },
  }));
}
