// Cronbach's alpha against base R (test/golden/r/derive-alpha.R) on the demo population survey, wave 2025.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStudyFolder } from '../../src/cli/study-folder';
import type { Connector } from '../../src/core/sql';
import { openBothEngines } from '../helpers/db';
import { alphaOf, cronbachAlpha } from '../../src/stats/alpha';

let db: Connector;
beforeAll(async () => {
  db = await openBothEngines();
  await openStudyFolder(db, 'demo');
});
afterAll(() => db.close());

const names = ['trust_neighbours', 'trust_nationality', 'trust_religion', 'conf_ngo', 'conf_centres'];
const items = names.map((n) => `CASE WHEN "${n}" < 98 THEN "${n}" END`);
const close = (got: number | null, want: number) =>
  expect(Math.abs(got! - want)).toBeLessThanOrEqual(1e-8 * Math.abs(want));

describe("Cronbach's alpha", () => {
  it('a hand case: two perfectly correlated items give 1; uncorrelated items give 0', () => {
    expect(
      alphaOf([
        [1, 1],
        [1, 1],
      ]),
    ).toBeCloseTo(1, 12);
    expect(
      alphaOf([
        [1, 0],
        [0, 1],
      ]),
    ).toBe(0);
  });
  it('unweighted on 1489 complete cases: 0.6080318094; item–total r and alpha if deleted as R computes them', async () => {
    const a = await cronbachAlpha(db, 'population', items, { domain: 'wave = 2025', names });
    expect(a.n).toBe(1489);
    close(a.alpha, 0.6080318094);
    [0.4535639147, 0.4193402115, 0.4398891692, 0.2627671348, 0.2586694113].forEach((r, i) =>
      close(a.items[i].item_total_r, r),
    );
    [0.5096407545, 0.5234527271, 0.5112844227, 0.6061466056, 0.6079052122].forEach((r, i) =>
      close(a.items[i].alpha_if_deleted, r),
    );
    [0.954385468, 1.028847349, 1.052122524, 1.069448323, 1.064323582].forEach((s, i) => close(a.items[i].sd, s));
  });
  it('weighted with the survey weights: alpha of cov.wt(x, wt = weight) = 0.5885280872', async () => {
    const a = await cronbachAlpha(db, 'population', items, { domain: 'wave = 2025', weight: 'weight' });
    close(a.alpha, 0.5885280872);
    expect(a.weighted).toBe(true);
  });
});
