// Several means estimated together: each alone is what estimate() gives, and their covariance is the one that makes
// a sum of means on one base the mean of the sum.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/core/sql';
import type { Design } from '../../../src/core/design';
import { calibrate } from '../../../src/stats/calibrate';
import { estimate } from '../../../src/stats/estimate';
import { deltaMethod, jointMeans } from '../../../src/stats/joint';
import { openWithFixtures } from '../../helpers/db';

let db: Connector;
beforeAll(async () => {
  db = await openWithFixtures('apiclus1', 'apistrat', 'apiclus1-boot');
});
afterAll(() => db.close());

const designs: Array<[string, string, Design]> = [
  ['one-stage cluster with fpc', 'apiclus1', { ids: 'dnum', strata: null, weights: 'pw', fpc: 'fpc' }],
  ['stratified', 'apistrat', { ids: null, strata: 'stype', weights: 'pw', fpc: 'fpc' }],
  [
    'jackknife of the clusters',
    'apiclus1',
    { ids: 'dnum', strata: null, weights: 'pw', fpc: null, replicates: { columns: '', type: 'JK1' } },
  ],
  [
    'bootstrap replicates',
    '"apiclus1-boot"',
    { ids: null, strata: null, weights: 'pw', fpc: null, replicates: { columns: '^bw', type: 'bootstrap' } },
  ],
];
const meals = 'CASE WHEN enroll < 500 THEN api00 END';

describe('jointMeans', () => {
  for (const [name, table, design] of designs)
    it(`${name}: each part alone equals estimate()'s mean, SE and df, by group and in a domain`, async () => {
      const parts = [{ y: 'api00' }, { y: meals, domain: `"sch.wide" = 'Yes'` }];
      const joint = await jointMeans(db, table, design, parts, ['stype']);
      for (const [k, p] of parts.entries()) {
        const one = await estimate(db, table, design, { statistic: 'mean', y: p.y, domain: p.domain, by: ['stype'] });
        for (const e of one) {
          const j = joint.find((g) => g.by[0] === e.by[0])!;
          expect(j.estimates[k]! / e.estimate! - 1).toBeCloseTo(0, 12);
          if (e.se === null) expect(j.cov[k][k]).toBeNaN();
          else expect(Math.sqrt(j.cov[k][k]) / e.se - 1).toBeCloseTo(0, 10);
          expect(j.n[k]).toBe(e.n);
          expect(j.n_eff[k]! / e.n_eff! - 1).toBeCloseTo(0, 12);
          if (k === 0) expect(j.df).toBe(e.df);
        }
      }
    });
  it('calibrated: the calibration residuals, as estimate() uses them, by group and in a domain', async () => {
    const { design } = await calibrate(db, 'apiclus1', designs[0][2], {
      x: ['1', 'api99'],
      totals: [6194, 3914069],
      name: 'w_g',
    });
    const part = { y: meals, domain: `"sch.wide" = 'Yes'` };
    const joint = await jointMeans(db, 'apiclus1', design, [{ y: 'api00' }, part], ['stype']);
    const one = await estimate(db, 'apiclus1', design, { statistic: 'mean', ...part, by: ['stype'] });
    for (const e of one) {
      const j = joint.find((g) => g.by[0] === e.by[0])!;
      expect(j.estimates[1]! / e.estimate! - 1).toBeCloseTo(0, 12);
      expect(Math.sqrt(j.cov[1][1]) / e.se! - 1).toBeCloseTo(0, 10);
    }
  });
  it('the covariance of two means on one base: mean(a) + 2·mean(b) has the SE of mean(a + 2b)', async () => {
    const design = designs[0][2];
    const [j] = await jointMeans(db, 'apiclus1', design, [{ y: 'api00' }, { y: 'api99' }]);
    const [sum] = await estimate(db, 'apiclus1', design, { statistic: 'mean', y: 'api00 + 2 * api99' });
    const d = deltaMethod(j.estimates[0]! + 2 * j.estimates[1]!, [1, 2], j.cov, j.df);
    expect(d.estimate / sum.estimate! - 1).toBeCloseTo(0, 12);
    expect(d.se! / sum.se! - 1).toBeCloseTo(0, 10);
    expect(d.ci_low! / sum.ci_low! - 1).toBeCloseTo(0, 10);
    expect(d.df).toBe(sum.df);
  });
  it('deltaMethod: no df, no interval; a zero gradient, no SE', () => {
    expect(
      deltaMethod(
        5,
        [0, 0],
        [
          [1, 0],
          [0, 1],
        ],
        10,
      ),
    ).toMatchObject({ se: 0, ci_low: 5, ci_high: 5 });
    expect(
      deltaMethod(
        5,
        [1, 0],
        [
          [4, 0],
          [0, 1],
        ],
        null,
      ),
    ).toMatchObject({ se: 2, ci_low: null, ci_high: null });
  });
});
