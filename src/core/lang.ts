/** The UI languages: Russian (the default), Kazakh and English. */
export const LANGS = ['ru', 'kk', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in every UI language. */
export type Localized = Record<Lang, string>;

/** Is this a supported UI language code? */
export function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && (LANGS as readonly string[]).includes(x);
}
