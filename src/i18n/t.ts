import type { Lang } from '../core/lang';
import { fillPlurals } from './plural';
import { ANALYSE_STRINGS } from './strings/analyse';
import { APP_STRINGS } from './strings/app';
import { ATAMEKEN_DATA_STRINGS } from './strings/atameken-data';
import { ATAMEKEN_CARD_STRINGS } from './strings/atameken-card';
import { ATAMEKEN_MAP_STRINGS } from './strings/atameken-map';
import { CENTRES_STRINGS } from './strings/centres';
import { COLUMN_MAP_STRINGS } from './strings/column-map';
import { COMPARE_STRINGS } from './strings/compare';
import { DASHBOARD_STRINGS } from './strings/dashboard';
import { DATA_STRINGS } from './strings/data';
import { DECK_STRINGS } from './strings/deck';
import { EXPORT_STRINGS } from './strings/exports';
import { MEASURES_REPORT_STRINGS } from './strings/measures-report';
import { MEASURES_STRINGS } from './strings/measures';
import { NEEDS_STRINGS } from './strings/needs';
import { NGO_STRINGS } from './strings/ngo';
import { NOTEBOOK_ERROR_STRINGS } from './strings/notebook-errors';
import { NOTEBOOK_UI_STRINGS } from './strings/notebook-ui';
import { NOTEBOOK_REPORT_STRINGS } from './strings/notebook-report';
import { OFFLINE_STRINGS } from './strings/offline';
import { PRESENT_APP_STRINGS } from './strings/present-app';
import { PRESENT_STRINGS } from './strings/present';
import { SAE_STRINGS } from './strings/sae';
import { WORKSHOP_STRINGS } from './strings/workshop';

/** Every table of UI strings, one per area of the app; each string holds its three languages side by side. */
export const TABLES = [
  APP_STRINGS,
  COMPARE_STRINGS,
  DASHBOARD_STRINGS,
  CENTRES_STRINGS,
  NEEDS_STRINGS,
  NGO_STRINGS,
  ANALYSE_STRINGS,
  DATA_STRINGS,
  EXPORT_STRINGS,
  NOTEBOOK_ERROR_STRINGS,
  NOTEBOOK_UI_STRINGS,
  NOTEBOOK_REPORT_STRINGS,
  OFFLINE_STRINGS,
  DECK_STRINGS,
  PRESENT_APP_STRINGS,
  PRESENT_STRINGS,
  WORKSHOP_STRINGS,
  SAE_STRINGS,
  MEASURES_STRINGS,
  MEASURES_REPORT_STRINGS,
  ATAMEKEN_DATA_STRINGS,
  ATAMEKEN_MAP_STRINGS,
  ATAMEKEN_CARD_STRINGS,
  COLUMN_MAP_STRINGS,
] as const;
const STRINGS = Object.assign({}, ...TABLES) as UnionToIntersection<(typeof TABLES)[number]>;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** A key of the UI strings: a template literal built from typed parts is checked against these at build time. */
export type Key = keyof typeof STRINGS;

/**
 * A translator for one language: looks the key up, fills plural slots (see `fillPlurals`) and `{name}` slots
 * (unknown slots stay visible).
 */
export function translator(lang: Lang) {
  return (key: Key, params: Record<string, string | number> = {}): string => {
    const text = fillPlurals(STRINGS[key]?.[lang] ?? key, lang, params);
    return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
  };
}

export type T = ReturnType<typeof translator>;

/** Is this text a key of the UI strings? (For codes that come from data, such as a rubric's KPI ids.) */
export function isKey(text: string): text is Key {
  return Object.hasOwn(STRINGS, text);
}

/** The translation of a key built from data, or the fallback (the key itself by default) when no string has it. */
export function textOr(t: T, key: string, fallback = key): string {
  return isKey(key) ? t(key) : fallback;
}
