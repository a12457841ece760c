import type { Lang } from '../core/lang';

// Kazakh numbers use Russian conventions (decimal comma, space grouping). Some browsers (Debian's Chromium) claim
// `kk` but format it with the root locale's "1,234.5": then Russian formatting stands in for it.
const kkWorks = new Intl.NumberFormat('kk-KZ', { minimumFractionDigits: 1 }).format(1.5).includes(',');
const LOCALES: Record<Lang, string[]> = { ru: ['ru-RU'], kk: kkWorks ? ['kk-KZ', 'ru-RU'] : ['ru-RU'], en: ['en-GB'] };

/** Format a number for the UI language with a fixed number of decimals; null → an en dash. */
export function formatNumber(x: number | null | undefined, lang: Lang, digits = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  const nf = new Intl.NumberFormat(LOCALES[lang], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'negative',
  });
  return nf.format(x);
}

/** Format a whole count (unweighted n) with the locale's grouping. */
export function formatCount(x: number | null | undefined, lang: Lang): string {
  return formatNumber(x, lang, 0);
}

/** Decimal places shown for a value of each indicator unit. */
const UNIT_DIGITS: Record<string, number> = {
  percent: 1,
  index_0_100: 1,
  per_100k: 2,
  per_10k: 2,
  count: 0,
  persons: 0,
  currency_kzt: 0,
  score_1_3: 2,
  score_1_5: 2,
  points: 1,
  months: 1,
  days: 1,
};

/** Decimal places shown for a value of a unit (1 for a unit without a rule). */
export function unitDigits(unit: string | undefined): number {
  return UNIT_DIGITS[unit ?? ''] ?? 1;
}

/**
 * Format an indicator value for its unit: a percent sign for shares, grouping for counts and money
 * (a mean count gets decimals).
 */
export function formatValue(x: number | null | undefined, unit: string, lang: Lang): string {
  const digits = unitDigits(unit);
  const text = formatNumber(
    x,
    lang,
    digits === 0 && x !== null && x !== undefined && !Number.isInteger(x) ? 2 : digits,
  );
  return unit === 'percent' && text !== '–' ? `${text}%` : text;
}

/** Decimals needed to write `x` exactly, up to `max` (tick values are round numbers with float noise). */
function decimalsOf(x: number, max = 4): number {
  for (let k = 0; k < max; k++) if (Math.abs(Math.round(x * 10 ** k) - x * 10 ** k) < 1e-6) return k;
  return max;
}

/**
 * Format an axis tick for the UI language, with as many decimals as the finest of `ticks` needs (57,0 · 57,5);
 * anything not a number (a category) is shown as it is.
 */
export function formatTick(x: unknown, lang: Lang, ticks: readonly unknown[] = [x]): string {
  if (typeof x !== 'number') return String(x);
  const nums = ticks.filter((d): d is number => typeof d === 'number' && Number.isFinite(d));
  return formatNumber(x, lang, Math.max(0, ...nums.map((d) => decimalsOf(d))));
}

const MONTHS: Record<Lang, string[]> = {
  ru: 'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь'.split(' '),
  kk: 'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан'.split(' '),
  en: 'January February March April May June July August September October November December'.split(' '),
};

/** A month (`YYYY-MM`) in words: "март 2025", "наурыз 2025", "March 2025" (the text as is when not a month). */
export function formatMonth(month: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  const name = m ? MONTHS[lang][Number(m[2]) - 1] : undefined;
  return name ? `${name} ${m![1]}` : month;
}
