// Properties any design-based estimator must have, checked on the api samples.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/core/sql';
import { crosstab } from '../../../src/stats/crosstab';
import type { Design } from '../../../src/core/design';
import { estimate } from '../../../src/stats/estimate';
import { openWithFixtures } from '../../helpers/db';

let db: Connector;
beforeAll(async () => {
  db = await openWithFixtures('apiclus1', 'apistrat', 'apiclus2');
  await db.exec(`CREATE TABLE census AS SELECT *, count(*) OVER (PARTITION BY stype) AS everyone FROM apistrat`);
  await db.exec(`SELECT setseed(0.42); CREATE TABLE shuffled AS SELECT * FROM apiclus2 ORDER BY random()`);
});
afterAll(() => db.close());

const dclus1: Design = { ids: 'dnum', strata: null, weights: 'pw', fpc: 'fpc' };
const dclus2: Design = { ids: 'dnum+snum', strata: null, weights: null, fpc: 'fpc1+fpc2' };

describe('survey estimator properties', () => {
  it('a census (every unit sampled, fpc = population) has SE 0 for totals, means and domains', async () => {
    const census: Design = { ids: null, strata: 'stype', weights: null, fpc: 'everyone' };
    for (const statistic of ['total', 'mean'] as const) {
      const rows = await estimate(db, 'census', census, { statistic, y: 'api00', by: ['"sch.wide"'] });
      expect(rows.map((r) => r.se)).toEqual([0, 0]);
    }
  });
  it('a domain total equals the total of the variable zeroed outside the domain, with the same SE', async () => {
    const [dom] = await estimate(db, 'apiclus1', dclus1, {
      statistic: 'total',
      y: 'enroll',
      domain: `"sch.wide" = 'Yes'`,
    });
    const [zero] = await estimate(db, 'apiclus1', dclus1, {
      statistic: 'total',
      y: `CASE WHEN "sch.wide" = 'Yes' THEN enroll ELSE 0 END`,
    });
    expect(dom.estimate).toBeCloseTo(zero.estimate!, 6);
    expect(dom.se! / zero.se!).toBeCloseTo(1, 12);
  });
  it('results do not depend on row order (two-stage design, groups and a crosstab)', async () => {
    const spec = { statistic: 'mean' as const, y: 'api00', by: ['stype'] };
    const [a, b] = [await estimate(db, 'apiclus2', dclus2, spec), await estimate(db, 'shuffled', dclus2, spec)];
    a.forEach((r, i) => {
      expect(b[i].estimate! / r.estimate!).toBeCloseTo(1, 12);
      expect(b[i].se! / r.se!).toBeCloseTo(1, 12);
    });
    const t = { rows: '"sch.wide"', cols: 'stype' };
    const [x, y] = [await crosstab(db, 'apiclus2', dclus2, t), await crosstab(db, 'shuffled', dclus2, t)];
    expect(y.test.F! / x.test.F!).toBeCloseTo(1, 12);
  });
});
