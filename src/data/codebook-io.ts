import { LANGS, type Localized } from '../core/lang';
import Papa from 'papaparse';
import { toCsv } from './csv-export';
import { DataError } from './errors';
import type { CodebookVariable } from './study';

const LEVELS = ['id', 'nominal', 'ordinal', 'scale'] as const;
const HEADER = [
  'name',
  'label_ru',
  'label_kk',
  'label_en',
  'level',
  'type',
  'role',
  'user_missing',
  'group',
  'construct',
  'reverse',
  'value',
  'value_ru',
  'value_kk',
  'value_en',
];

/**
 * A codebook as CSV, one row per variable and one more per value label (`value`, `value_ru`… filled, the rest
 * of that row empty but `name`): the layout researchers keep codebooks in. Formula-like text is neutralised.
 */
export function codebookToCsv(codebook: CodebookVariable[]): string {
  const rows: Record<string, unknown>[] = [];
  for (const v of codebook) {
    rows.push({
      name: v.name,
      label_ru: v.label.ru,
      label_kk: v.label.kk,
      label_en: v.label.en,
      level: v.level,
      type: v.type ?? '',
      role: v.role ?? '',
      user_missing: (v.user_missing ?? []).join(' '),
      group: v.group ?? '',
      construct: v.construct ?? '',
      reverse: v.reverse ? 'yes' : '',
      value: '',
      value_ru: '',
      value_kk: '',
      value_en: '',
    });
    for (const [code, l] of Object.entries(v.values ?? {})) {
      rows.push({
        ...Object.fromEntries(HEADER.map((h) => [h, ''])),
        name: v.name,
        value: code,
        value_ru: l.ru,
        value_kk: l.kk,
        value_en: l.en,
      });
    }
  }
  return toCsv(rows);
}

const fill = (r: Record<string, string>, prefix: string, fallback: string): Localized => {
  const any = LANGS.map((l) => r[`${prefix}_${l}`]).find(Boolean) ?? fallback;
  return { ru: r[`${prefix}_ru`] || any, kk: r[`${prefix}_kk`] || any, en: r[`${prefix}_en`] || any };
};

/** Read a codebook CSV written by `codebookToCsv` (or by hand in that layout); errors name the row. */
export function codebookFromCsv(text: string, file: string): CodebookVariable[] {
  const { data, meta } = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  if (!meta.fields?.includes('name'))
    throw new DataError({
      code: 'unknown_column',
      file,
      row: 1,
      column: 'name',
      detail: 'a codebook needs a "name" column',
    });
  const out = new Map<string, CodebookVariable>();
  data.forEach((r, i) => {
    const row = i + 2;
    if (!r.name) throw new DataError({ code: 'parse', file, row, column: 'name', detail: 'empty variable name' });
    if (r.value) {
      const v = out.get(r.name);
      if (!v)
        throw new DataError({
          code: 'parse',
          file,
          row,
          column: 'name',
          detail: `value label before variable "${r.name}"`,
        });
      v.values = { ...(v.values ?? {}), [r.value]: fill(r, 'value', r.value) };
      return;
    }
    const level = (r.level || 'nominal') as CodebookVariable['level'];
    if (!LEVELS.includes(level))
      throw new DataError({
        code: 'parse',
        file,
        row,
        column: 'level',
        detail: `"${r.level}" is not one of ${LEVELS.join(', ')}`,
      });
    const missing = (r.user_missing ?? '')
      .split(/[\s,;]+/)
      .filter(Boolean)
      .map(Number);
    if (missing.some((m) => !Number.isFinite(m)))
      throw new DataError({
        code: 'parse',
        file,
        row,
        column: 'user_missing',
        detail: 'user-missing codes must be numbers',
      });
    out.set(r.name, {
      name: r.name,
      label: fill(r, 'label', r.name),
      level,
      ...(r.type ? { type: r.type } : {}),
      ...(r.role ? { role: r.role } : {}),
      ...(missing.length ? { user_missing: missing } : {}),
      ...(r.group ? { group: r.group } : {}),
      ...(r.construct ? { construct: r.construct } : {}),
      ...(/^(yes|true|1)$/i.test(r.reverse ?? '') ? { reverse: true } : {}),
    });
  });
  return [...out.values()];
}

const isLocalized = (x: unknown) =>
  !!x && typeof x === 'object' && Object.values(x).every((s) => typeof s === 'string');
const CHECKS: Record<string, (x: unknown) => boolean> = {
  label: (x) => typeof x === 'string' || isLocalized(x),
  user_missing: (x) => Array.isArray(x) && x.every((n) => typeof n === 'number'),
  values: (x) => !!x && typeof x === 'object' && !Array.isArray(x) && Object.values(x).every(isLocalized),
  type: (x) => typeof x === 'string',
  role: (x) => typeof x === 'string',
  group: (x) => typeof x === 'string',
  construct: (x) => typeof x === 'string',
  reverse: (x) => typeof x === 'boolean',
  waves: (x) => Array.isArray(x) && x.every((n) => typeof n === 'number'),
};

/** The first field of a codebook entry that has the wrong type (what the app would stumble on later), if any. */
function wrongField(v: Record<string, unknown>): string | undefined {
  return Object.keys(CHECKS).find((k) => v[k] !== undefined && !CHECKS[k](v[k]));
}

/** Read a codebook JSON (an array of variables as the app writes them); errors name the entry. */
export function codebookFromJson(text: string, file: string): CodebookVariable[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new DataError({ code: 'parse', file, detail: (e as Error).message });
  }
  if (!Array.isArray(doc)) throw new DataError({ code: 'parse', file, detail: 'a codebook is an array of variables' });
  return doc.map((v, i) => {
    if (typeof v?.name !== 'string' || !v.name)
      throw new DataError({ code: 'parse', file, row: i + 1, detail: 'a variable without a name' });
    const label =
      typeof v.label === 'string'
        ? { ru: v.label, kk: v.label, en: v.label }
        : { ru: v.name, kk: v.name, en: v.name, ...v.label };
    if (v.level !== undefined && !LEVELS.includes(v.level))
      throw new DataError({ code: 'parse', file, row: i + 1, column: 'level', detail: `"${v.level}"` });
    const wrong = wrongField(v);
    if (wrong) throw new DataError({ code: 'parse', file, row: i + 1, column: wrong, detail: 'not of its type' });
    return { ...v, label, level: v.level ?? 'nominal' } as CodebookVariable;
  });
}

/** Apply an imported codebook to a dataset's: entries for columns it has replace theirs (types stay the table's). */
export function mergeCodebook(
  current: CodebookVariable[],
  incoming: CodebookVariable[],
): { codebook: CodebookVariable[]; unknown: string[] } {
  const byName = new Map(incoming.map((v) => [v.name, v]));
  const names = new Set(current.map((v) => v.name));
  return {
    codebook: current.map((v) => (byName.has(v.name) ? { ...byName.get(v.name)!, type: v.type } : v)),
    unknown: incoming.filter((v) => !names.has(v.name)).map((v) => v.name),
  };
}
