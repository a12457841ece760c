import type { Lang } from '../core/lang';
import { formatCount } from './format';

const RULES: Record<Lang, Intl.PluralRules> = {
  ru: new Intl.PluralRules('ru'),
  kk: new Intl.PluralRules('kk'),
  en: new Intl.PluralRules('en'),
};

/** The form of a word for a count in a language: `forms` by plural category, `other` when the category is absent. */
export function plural(lang: Lang, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }) {
  return forms[RULES[lang].select(n)] ?? forms.other;
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
