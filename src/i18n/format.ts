import type { Lang } from './t';

// Kazakh numbers use Russian conventions (decimal comma, space grouping). Some browsers (Debian's Chromium) claim
// `kk` but format it with the root locale's "1,234.5": then Russian formatting stands in for it.
const kkWorks = new Intl.NumberFormat('kk-KZ', { minimumFractionDigits: 1 }).format(1.5).includes(',');
const LOCALES: Record<Lang, string[]> = { ru: ['ru-RU'], kk: kkWorks ? ['kk-KZ', 'ru-RU'] : ['ru-RU'], en: ['en-GB'] };

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
