import { DataError } from '../errors';
import type { CodebookVariable } from '../study';
import type { Lang, Localized } from '../../core/lang';
import type { Cell, Workbook } from './xlsx';

type Row = Record<string, string>;
const LANGS: [Lang, RegExp][] = [
  ['ru', /russian|русск|\(ru\)|^ru$/i],
  ['kk', /kazakh|қазақ|казах|\(kk\)|^kk$/i],
  ['en', /english|\(en\)|^en$/i],
];
const SKIP = /^(begin[ _]group|end[ _]group|begin[ _]repeat|end[ _]repeat|note)$/;

/** A workbook is an XLSForm when it has a `survey` sheet with `type` and `name` columns. */
export function isXlsForm(wb: Workbook): boolean {
  if (!wb.sheets.includes('survey')) return false;
  const head = wb.sheet('survey').rows.find((r) => r.some((c) => c !== null)) ?? [];
  return head.includes('type') && head.includes('name');
}

function records(wb: Workbook, name: string): Row[] {
  if (!wb.sheets.includes(name)) return [];
  const rows = wb.sheet(name).rows.filter((r) => r.some((c) => c !== null && c !== ''));
  const head = (rows[0] ?? []).map((c) => String(c ?? '').trim());
  return rows
    .slice(1)
    .map((r) => Object.fromEntries(head.map((h, j) => [h, r[j] === null ? '' : String(r[j] as Cell)])));
}

/** Labels in ru/kk/en from `label`, `label::Russian (ru)`… columns; a missing language falls back to any label. */
function labels(row: Row, fallback: string): Localized {
  const found: Partial<Localized> = {};
  for (const [key, value] of Object.entries(row)) {
    if (!/^label(::|$)/i.test(key) || !value) continue;
    const lang = key.includes('::') ? LANGS.find(([, re]) => re.test(key.split('::')[1].trim()))?.[0] : undefined;
    if (lang) found[lang] = value;
    else found.en ??= value;
  }
  const any = found.ru ?? found.en ?? found.kk ?? fallback;
  return { ru: found.ru ?? any, kk: found.kk ?? any, en: found.en ?? any };
}

const TYPES: Record<string, { level: CodebookVariable['level']; type: string }> = {
  integer: { level: 'scale', type: 'BIGINT' },
  decimal: { level: 'scale', type: 'DOUBLE' },
  range: { level: 'scale', type: 'DOUBLE' },
  date: { level: 'nominal', type: 'DATE' },
  start: { level: 'nominal', type: 'TIMESTAMP' },
  end: { level: 'nominal', type: 'TIMESTAMP' },
  today: { level: 'nominal', type: 'DATE' },
};

/**
 * The codebook an XLSForm defines: one variable per question (groups and notes skipped), value labels from the
 * choice lists, and for each `select_multiple` one 0/1 variable per option (`q/option`, as KoboToolbox exports
 * them) grouped into a multiple-response set.
 */
export function xlsFormCodebook(wb: Workbook, file: string): CodebookVariable[] {
  const choices = new Map<string, Row[]>();
  for (const c of records(wb, 'choices')) {
    const list = c.list_name ?? c['list name'] ?? '';
    if (list) choices.set(list, [...(choices.get(list) ?? []), c]);
  }
  const out: CodebookVariable[] = [];
  for (const q of records(wb, 'survey')) {
    const [kind, list] = q.type.trim().split(/\s+/);
    if (!kind || SKIP.test(kind) || !q.name) continue;
    const label = labels(q, q.name);
    if (kind === 'select_one' || kind === 'select_multiple') {
      const opts = choices.get(list);
      if (!opts)
        throw new DataError({
          code: 'parse',
          file,
          column: q.name,
          detail: `choice list "${list}" is not on the choices sheet`,
        });
      const values = Object.fromEntries(opts.map((o) => [o.name, labels(o, o.name)]));
      const numeric = opts.every((o) => /^-?\d+$/.test(o.name));
      out.push({
        name: q.name,
        label,
        level: 'nominal',
        type: kind === 'select_one' && numeric ? 'BIGINT' : 'VARCHAR',
        values,
        ...(kind === 'select_multiple' ? { role: 'multiple_text' } : {}),
      });
      if (kind === 'select_multiple') {
        for (const o of opts)
          out.push({
            name: `${q.name}/${o.name}`,
            label,
            level: 'nominal',
            type: 'BIGINT',
            group: q.name,
            option: labels(o, o.name),
          });
      }
    } else {
      out.push({ name: q.name, label, ...(TYPES[kind] ?? { level: 'nominal', type: 'VARCHAR' }) });
    }
  }
  return out;
}
