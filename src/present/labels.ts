import type { Lang } from '../core/lang';
import { PRESENT_STRINGS } from '../i18n/strings/present';

type Name<K> = K extends `present.${infer N}` ? N : never;

/** The runtime's labels by short name ('next', 'notes', …); read straight from the one small table, not through
 * the app's translator, so that a deck file carries only these strings. */
export type Labels = Record<Name<keyof typeof PRESENT_STRINGS>, string>;

/** The labels in a language, with any given ones in place of the table's. */
export function labelsFor(lang: Lang, given: Partial<Labels> = {}): Labels {
  const table = Object.entries(PRESENT_STRINGS).map(([key, text]) => [key.slice('present.'.length), text[lang]]);
  return { ...(Object.fromEntries(table) as Labels), ...given };
}

/** A label with its `{name}` slots filled. */
export const fill = (label: string, params: Record<string, string | number>) =>
  label.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
