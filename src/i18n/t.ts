import type { Lang } from '../core/lang';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';

export type Key = keyof typeof en;
const DICTS: Record<Lang, Record<Key, string>> = { ru, kk, en };

/** A translator for one language: looks the key up, falls back to Russian then English, fills `{name}` slots. */
export function translator(lang: Lang) {
  return (key: Key, params: Record<string, string | number> = {}): string => {
    const text = DICTS[lang][key] ?? ru[key] ?? en[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
  };
}

export type T = ReturnType<typeof translator>;
