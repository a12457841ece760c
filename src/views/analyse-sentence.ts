import type { Lang } from '../core/lang';
import { formatNumber } from '../i18n/format';
import type { T } from '../i18n/t';
import type { AnalyseView, Mode } from '../reports/analyse-run';

/** The labels of the questions a sentence names. */
export interface SentenceLabels {
  rows: string;
  cols: string;
  y: string;
}

/**
 * The test of a result in a sentence (crosstab: Rao–Scott; means: the Wald test), or ''. A test with no value says
 * why (its reason in words), never a number.
 */
export function testSentence(v: AnalyseView, mode: Mode, labels: SentenceLabels, t: T, lang: Lang): string {
  const f = (x: number | null, d: number) => formatNumber(x, lang, d);
  const pText = (pv: number) => (pv < 0.001 ? `< ${f(0.001, 3)}` : `= ${f(pv, 3)}`);
  if (v.kind === 'crosstab' && mode === 'crosstab') {
    const x = v.result.test;
    const names = { rows: labels.rows, cols: labels.cols };
    if (x.reason || x.p === null)
      return t('analyse.test.undefined', { ...names, reason: t(`stat.undefined.${x.reason ?? 'no_variance'}`) });
    const words = { ...names, F: f(x.F, 2), ndf: f(x.ndf, 2), ddf: f(x.ddf, 1), p: pText(x.p) };
    return t(x.p < 0.05 ? 'analyse.test.significant' : 'analyse.test.not', words);
  }
  if (v.kind === 'means') {
    const x = v.result.test;
    const names = { y: labels.y, group: labels.rows };
    if (x.reason || x.p === null)
      return t('analyse.means.undefined', { ...names, reason: t(`stat.undefined.${x.reason ?? 'no_variance'}`) });
    const words = { ...names, F: f(x.F, 2), ndf: String(x.ndf), ddf: String(x.ddf), p: pText(x.p) };
    return t(x.p < 0.05 ? 'analyse.means.significant' : 'analyse.means.not', words);
  }
  return '';
}
