// Statistics R cannot define (NaN, Inf or an error) are null with a reason here, and what R can define still matches;
// numbers printed by test/golden/r/derive-undefined-stats.R (R survey 4.1.1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/core/sql';
import type { Design } from '../../src/core/design';
import { cronbachAlpha } from '../../src/stats/alpha';
import { contrast, domainEstimates, equalityTest } from '../../src/stats/change';
import { estimate } from '../../src/stats/estimate';
import { openWithFixtures } from '../helpers/db';

let db: Connector;
beforeAll(async () => {
  db = await openWithFixtures('apistrat');
  await db.exec(`CREATE TABLE census AS SELECT *, count(*) OVER (PARTITION BY stype) AS nh FROM apistrat`);
  await db.exec(`CREATE TABLE const AS SELECT * FROM (VALUES (5.1, 1.3, 'a'), (5.1, 2.7, 'a'), (5.1, 1.1, 'b'),
    (5.1, 3.9, 'b')) t(y, w, s)`);
  await db.exec(`CREATE TABLE items AS SELECT 3.1 AS a, 4.7 AS b, c FROM (VALUES (1), (2), (3), (2), (5)) t(c)`);
});
afterAll(() => db.close());

// R: every stratum taken whole (fpc = its size); each school its own PSU (snum, as id = ~1).
const census: Design = { ids: 'snum', strata: 'stype', weights: null, fpc: 'nh' };

describe('null with a reason where R gives NaN, Inf or an error', () => {
  it('svymean(~y, dc, deff = TRUE) of a constant: mean 5.1, SE 0, deff NaN → deff null, no_variance', async () => {
    const design: Design = { ids: null, strata: 's', weights: 'w', fpc: null };
    const [m] = await estimate(db, 'const', design, { statistic: 'mean', y: 'y' });
    expect(m.estimate).toBeCloseTo(5.1, 12);
    expect(m.se).toBeLessThan(1e-12);
    expect([m.deff, m.deff_reason]).toEqual([null, 'no_variance']);
  });
  it('svycontrast(svyby(~api00, ~sch.wide, census, svymean), c(-1, 1)): 86.961622807, SE 0, t Inf → p null', async () => {
    const d = await domainEstimates(db, 'census', census, { statistic: 'mean', y: 'api00' }, '"sch.wide"', [
      'No',
      'Yes',
    ]);
    expect(d.estimates[0]).toBeCloseTo(586.729166667, 8);
    expect(d.estimates[1]).toBeCloseTo(673.690789474, 8);
    const c = contrast(d, [-1, 1]);
    expect(c.estimate).toBeCloseTo(86.961622807, 8);
    expect(c).toMatchObject({ p: null, statistic: null, reason: 'no_variance' });
    // regTermTest(svyglm(api00 ~ sch.wide, census), ~sch.wide): "system is exactly singular".
    expect(equalityTest(d)).toEqual({ F: null, ndf: null, ddf: null, p: null, reason: 'no_variance' });
  });
  it('Cronbach alpha of two constant items: NaN → null, no_variance; with a third item 0, as R', async () => {
    const two = await cronbachAlpha(db, 'items', ['a', 'b']);
    expect([two.alpha, two.alpha_reason]).toEqual([null, 'no_variance']);
    const three = await cronbachAlpha(db, 'items', ['a', 'b', 'c']);
    expect(three.alpha).toBeCloseTo(0, 12);
    // cor(a, b + c) and cor(c, a + b): NA in R (a constant); null with the reason here, not ±1 from rounding.
    for (const item of three.items)
      expect(item).toMatchObject({ item_total_r: null, item_total_r_reason: 'no_variance' });
    expect(three.items.map((x) => x.sd)).toEqual([0, 0, expect.closeTo(Math.sqrt(2.3), 12)]);
  });
});
