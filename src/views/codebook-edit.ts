import type { Lang, Localized } from '../core/lang';
import type { CodebookVariable } from '../data/study';

/** Value labels as editable lines `code = label` in one language. */
export function valuesToText(values: CodebookVariable['values'], lang: Lang): string {
  return Object.entries(values ?? {})
    .map(([code, l]) => `${code} = ${l[lang]}`)
    .join('\n');
}

/**
 * Lines `code = label` back into value labels: the edited language changes, the other languages keep their text
 * (a new code gets the same text in all three). Lines without `=` are ignored.
 */
export function textToValues(
  text: string,
  lang: Lang,
  old: CodebookVariable['values'] = {},
): CodebookVariable['values'] {
  const out: Record<string, Localized> = {};
  for (const line of text.split('\n')) {
    const at = line.indexOf('=');
    if (at < 0) continue;
    const code = line.slice(0, at).trim();
    const label = line.slice(at + 1).trim();
    if (!code) continue;
    out[code] = { ...(old[code] ?? { ru: label, kk: label, en: label }), [lang]: label };
  }
  return out;
}

/** Missing codes typed as "98, 99" → numbers; anything not a number is dropped. */
export function parseMissing(text: string): number[] {
  return text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map(Number)
    .filter(Number.isFinite);
}

/** Roles a column can play in a study (the codebook's `role`). */
export const ROLES = ['', 'id', 'weight', 'strata', 'psu', 'fpc', 'region', 'district', 'wave', 'settlement'] as const;
