import type { Lang } from './t';

// Browsers with a reduced ICU lack Kazakh; its number conventions (decimal comma, space grouping) equal Russian.
const LOCALES: Record<Lang, string[]> = { ru: ['ru-RU'], kk: ['kk-KZ', 'ru-RU'], en: ['en-GB'] };

/** Format a number for the UI language with a fixed number of decimals; null → an en dash. */
export function formatNumber(x: number | null | undefined, lang: Lang, digits = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  const nf = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: 'negative' });
  return nf.format(x);
}

/** Format a whole count (unweighted n) with the locale's grouping. */
export function formatCount(x: number | null | undefined, lang: Lang): string {
  return formatNumber(x, lang, 0);
}
