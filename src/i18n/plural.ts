import type { Lang } from '../core/lang';
import { formatCount } from './format';

/** A count's wording by its plural category (Intl.PluralRules); `other` is required, `{n}` is the formatted count. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A count's wording per UI language. */
export type LocalizedPlural = Record<Lang, PluralForms>;

const rules = new Map<Lang, Intl.PluralRules>();
const rulesOf = (lang: Lang) => rules.get(lang) ?? rules.set(lang, new Intl.PluralRules(lang)).get(lang)!;

/** The form of `forms` that agrees with `n` in `lang`, with `{n}` replaced by the count as the UI formats it. */
export function plural(lang: Lang, n: number, forms: PluralForms): string {
  const form = forms[rulesOf(lang).select(n)] ?? forms.other;
  return form.replaceAll('{n}', formatCount(n, lang));
}
