import type { Lang } from '../core/lang';

/** One language's column of a table whose entries hold every language side by side. */
export function inLanguage<S extends Record<string, Record<Lang, string>>>(table: S, lang: Lang): { [K in keyof S]: string } {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [k, v[lang]])) as { [K in keyof S]: string };
}
