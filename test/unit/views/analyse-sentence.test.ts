import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/t';
import type { AnalyseResult } from '../../../src/reports/analyse';
import type { MeansResult } from '../../../src/reports/analyse-means';
import type { AnalyseView } from '../../../src/reports/analyse-run';
import { testSentence } from '../../../src/views/analyse-sentence';

const labels = { rows: 'Region', cols: 'Trust', y: 'Score' };
const crosstab = (test: AnalyseResult['test']): AnalyseView => ({
  kind: 'crosstab',
  result: { rows: [], cols: [], cells: [], test, df: 5, n: 40 },
});
const nulls = { F: null, ndf: null, ddf: null, p: null, chisq: null, chisq_p: null };

describe('testSentence', () => {
  it('gives F, df and p of a defined Rao–Scott test', () => {
    const v = crosstab({ statistic: 'F', F: 4.5, ndf: 1.2, ddf: 6, p: 0.03, chisq: 5, chisq_p: 0.02, reason: null });
    expect(testSentence(v, 'crosstab', labels, translator('en'), 'en')).toBe(
      'The association between “Region” and “Trust” is statistically significant: ' +
        'F = 4.50 on 1.20 and 6.0 df, p = 0.030 (Rao–Scott, design-based).',
    );
  });
  it('says why a test is undefined, in each language, with no number in it', () => {
    const v = crosstab({ statistic: 'F', ...nulls, reason: 'no_df' });
    expect(testSentence(v, 'crosstab', labels, translator('en'), 'en')).toBe(
      'The test of association between “Region” and “Trust” is not defined: ' +
        'the design has too few degrees of freedom here (e.g. a single PSU, or one per stratum).',
    );
    expect(testSentence(v, 'crosstab', labels, translator('ru'), 'ru')).toMatch(
      /^Тест связи между «Region» и «Trust» не определён: у дизайна здесь слишком мало степеней свободы/,
    );
    expect(testSentence(v, 'crosstab', labels, translator('kk'), 'kk')).toMatch(/анықталмаған: мұнда дизайнның/);
    for (const lang of ['ru', 'kk', 'en'] as const)
      expect(testSentence(v, 'crosstab', labels, translator(lang), lang)).not.toMatch(/\d|NaN|–/);
  });
  it('words the means test the same way', () => {
    const result = { rows: [], test: { F: null, ndf: null, ddf: null, p: null, reason: 'no_variance' }, df: 3 };
    const v = { kind: 'means', result } as unknown as AnalyseView & { result: MeansResult };
    expect(testSentence(v, 'means', labels, translator('en'), 'en')).toBe(
      'The test that the means of “Score” are equal across the groups of “Region” is not defined: ' +
        'the design-based variance is zero (e.g. every stratum was taken whole).',
    );
  });
  it('says nothing of a test in frequencies (a single column)', () => {
    expect(
      testSentence(crosstab({ statistic: 'F', ...nulls, reason: 'one_level' }), 'freq', labels, translator('en'), 'en'),
    ).toBe('');
  });
});
