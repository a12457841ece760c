import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/t';
import { designSummary } from '../../../src/reports/design-summary';

describe('designSummary', () => {
  const labels: Record<string, string> = { stratum: 'Stratum', psu: 'Settlement', weight: 'Weight' };
  it('names the design parts by their labels, its size, then each warning in plain words', () => {
    const lines = designSummary(
      {
        errors: [],
        warnings: [
          { code: 'lonely_psu', stage: 1, count: 2, example: 'KZ-11/rural' },
          { code: 'zero_weights', count: 3, example: 'weight', rows: [4, 17, 30] },
        ],
        psus: 40,
        strata: 20,
        df: 20,
      },
      { ids: 'psu', strata: 'stratum', weights: 'weight', fpc: null, lonelyPsu: 'adjust' },
      (n) => labels[n] ?? '',
      translator('en'),
    );
    expect(lines).toEqual([
      'Design: strata “Stratum”, PSUs “Settlement”, weights “Weight”; 40 PSUs in 20 strata, 20 degrees of freedom.',
      '2 strata with a single PSU (e.g. “KZ-11/rural”); ' +
        'lonely-PSU rule: “adjust” (with “fail”, as in R, estimates stop with an error).',
      '3 rows have weight 0 and do not count (column “weight”, first data rows: 4, 17, 30).',
    ]);
  });
  it('a design without strata, clusters or weights is called a simple random sample', () => {
    const [line] = designSummary(
      { errors: [], warnings: [], psus: 22, strata: 1, df: 21 },
      { ids: null, strata: null, weights: null, fpc: null },
      () => '',
      translator('ru'),
    );
    expect(line).toBe(
      'Дизайн выборки: простая случайная выборка, каждая строка — отдельная единица; ' +
        '22 ПЕВ в 1 страте, 21 степень свободы.',
    );
  });
});
