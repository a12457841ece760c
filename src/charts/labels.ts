import type { IndicatorRow } from '../indicators/rows';
import type { BaseRules } from '../indicators/status';
import { formatCount, formatNumber } from '../i18n/format';
import type { Lang } from '../core/lang';
import type { T } from '../i18n/t';

/** Decimals used to show an indicator's estimates. */
export const DIGITS = 1;

/** The tooltip lines of one region's estimate: name, value, CI, n, status and flags. */
export function tipLines(name: string, r: IndicatorRow | undefined, t: T, lang: Lang, rules: BaseRules): string[] {
  if (!r) return [name, t('status.no_data')];
  if (r.status !== 'ok')
    return [name, t(`status.${r.status}`, { minN: rules.minN }), `${t('tip.n')} = ${formatCount(r.n, lang)}`];
  const f = (x: number | null) => formatNumber(x, lang, DIGITS);
  const lines = [
    name,
    `${t('tip.value')}: ${f(r.estimate)}`,
    `${t('tip.ci')}: ${f(r.ci_low)}–${f(r.ci_high)}`,
    `${t('tip.n')} = ${formatCount(r.n, lang)}; ${t('tip.neff')} = ${formatCount(r.n_eff, lang)}`,
  ];
  if (r.flags.length) lines.push(r.flags.map((x) => t(`flag.${x}`)).join(', '));
  return lines;
}
