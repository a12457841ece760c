import type { Lang } from '../core/lang';
import { formatCount } from './format';

/** A count's wording by its plural category (Intl.PluralRules); `other` is required, `{n}` is the formatted count. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<Lang, Intl.PluralRules>();
const rulesOf = (lang: Lang) => rules.get(lang) ?? rules.set(lang, new Intl.PluralRules(lang)).get(lang)!;

/** The form of `forms` that agrees with `n` in `lang`, with `{n}` replaced by the count as the UI formats it. */
export function plural(lang: Lang, n: number, forms: PluralForms): string {
  const form = forms[rulesOf(lang).select(n)] ?? forms.other;
  return form.replaceAll('{n}', formatCount(n, lang));
}

const PLURAL = /\{(\w+), plural,((?:\s*\w+ \{[^{}]*\})+)\s*\}/g;

const NUMBER = /\{(\w+), number\}/g;

/**
 * Fill the count slots of a template, ICU style: `{n, plural, one {# центр} few {# центра} many {# центров}
 * other {# центра}}`, where `#` is the count in the language's format, and `{n, number}` for a bare count.
 * A slot whose count is not a number stays.
 */
export function fillPlurals(text: string, lang: Lang, params: Record<string, string | number>): string {
  const count = (slot: string, name: string) => {
    const n = params[name];
    return typeof n === 'number' ? formatCount(n, lang) : slot;
  };
  return text.replace(NUMBER, count).replace(PLURAL, (slot, name: string, body: string) => {
    const n = params[name];
    if (typeof n !== 'number') return slot;
    const forms = Object.fromEntries([...body.matchAll(/(\w+) \{([^{}]*)\}/g)].map((m) => [m[1], m[2]]));
    return plural(lang, n, { other: '', ...forms }).replace(/#/g, formatCount(n, lang));
  });
}
