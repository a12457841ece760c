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
  it('unweighted on 1486 complete cases: 0.5925435099; item–total r and alpha if deleted as R computes them', async () => {
    const a = await cronbachAlpha(db, 'population', items, { domain: 'wave = 2025', names });
    expect(a.n).toBe(1486);
    close(a.alpha, 0.5925435099);
    [0.4747382009, 0.4227708915, 0.4134041441, 0.2378937352, 0.2221678183].forEach((r, i) =>
      close(a.items[i].item_total_r, r),
    );
    [0.4742949808, 0.4965386725, 0.5002448449, 0.5968964106, 0.604803982].forEach((r, i) =>
      close(a.items[i].alpha_if_deleted, r),
    );
    [0.9452897888, 1.0290110047, 1.0752425217, 1.0576342082, 1.0553087077].forEach((s, i) => close(a.items[i].sd, s));
  });
  it('weighted with the survey weights: alpha of cov.wt(x, wt = weight) = 0.582171144', async () => {
    const a = await cronbachAlpha(db, 'population', items, { domain: 'wave = 2025', weight: 'weight' });
    close(a.alpha, 0.582171144);
    expect(a.weighted).toBe(true);
  });
});
