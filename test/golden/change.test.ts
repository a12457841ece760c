// Change between waves (domains of one design) against R survey 4.1.1; numbers from test/golden/r/derive-change.R.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/core/sql';
import { contrast, domainEstimates, equalityTest, independentDifference } from '../../src/stats/change';
import type { Design } from '../../src/core/design';
import { estimate } from '../../src/stats/estimate';
import { openWithFixtures } from '../helpers/db';

let db: Connector;
beforeAll(async () => void (db = await openWithFixtures('apiclus1')));
afterAll(() => db.close());
const dclus1: Design = { ids: 'dnum', strata: null, weights: 'pw', fpc: 'fpc' };
const close = (got: number, want: number, rel = 1e-8) =>
  expect(Math.abs(got - want)).toBeLessThanOrEqual(rel * Math.abs(want));

describe('differences between domains of one design (stacked waves), as svyby(covmat = TRUE) + svycontrast', () => {
  it('svyby(~api00, ~sch.wide, dclus1, svymean, covmat = TRUE): vcov 840.286087, 502.6247671, 548.8042007; Yes − No = 41.31902174 (19.59185426)', async () => {
    const d = await domainEstimates(db, 'apiclus1', dclus1, { statistic: 'mean', y: 'api00' }, '"sch.wide"', [
      'No',
      'Yes',
    ]);
    close(d.cov[0][0], 840.286087);
    close(d.cov[0][1], 502.6247671);
    close(d.cov[1][1], 548.8042007);
    const diff = contrast(d, [-1, 1]);
    close(diff.estimate, 41.31902174);
    close(diff.se, 19.59185426);
    expect(diff.df).toBe(14);
    expect(diff.p).toBeGreaterThan(0.05);
    expect(diff.p).toBeLessThan(0.06); // t = 2.109 on 14 df
  });
  it('proportions: svycontrast(svyby(~I(stype == "E"), ~both, svymean, covmat = TRUE), Yes − No) → 0.20210526316 (0.08906596639)', async () => {
    const d = await domainEstimates(
      db,
      'apiclus1',
      dclus1,
      { statistic: 'proportion', y: `(stype = 'E')::INT` },
      '"both"',
      ['No', 'Yes'],
    );
    const diff = contrast(d, [-1, 1]);
    close(diff.estimate, 0.20210526316);
    close(diff.se, 0.08906596639);
  });
  it('svyby(~api00, ~stype): E − H = 30.29662698 (30.02760619)', async () => {
    const d = await domainEstimates(db, 'apiclus1', dclus1, { statistic: 'mean', y: 'api00' }, 'stype', [
      'E',
      'H',
      'M',
    ]);
    const diff = contrast(d, [1, -1, 0]);
    close(diff.estimate, 30.29662698);
    close(diff.se, 30.02760619);
  });
  it('each domain estimate and SE equals the by-group estimate', async () => {
    const d = await domainEstimates(db, 'apiclus1', dclus1, { statistic: 'mean', y: 'api00' }, 'stype', [
      'E',
      'H',
      'M',
    ]);
    const by = await estimate(db, 'apiclus1', dclus1, { statistic: 'mean', y: 'api00', by: ['stype'] });
    by.forEach((r, i) => {
      close(d.estimates[i], r.estimate!);
      close(Math.sqrt(d.cov[i][i]), r.se!);
    });
  });
});

describe('replicate designs', () => {
  it('svycontrast(svyby(~api00, ~sch.wide, as.svrepdesign(dclus1, "JK1"), svymean, covmat = TRUE), c(-1, 1)) → 41.31902174 (20.01314375)', async () => {
    const jk1: Design = { ...dclus1, replicates: { columns: '', type: 'JK1' } };
    const d = await domainEstimates(db, 'apiclus1', jk1, { statistic: 'mean', y: 'api00' }, '"sch.wide"', [
      'No',
      'Yes',
    ]);
    const diff = contrast(d, [-1, 1]);
    close(diff.estimate, 41.31902174);
    close(diff.se, 20.01314375);
    expect(diff.df).toBe(14);
  });
});

describe('equality of several domain means', () => {
  it('regTermTest(svyglm(api00 ~ stype, dclus1), ~stype) → F 1.2782007425 on 2 and 12 df, p 0.3138797682', async () => {
    const d = await domainEstimates(db, 'apiclus1', dclus1, { statistic: 'mean', y: 'api00' }, 'stype', [
      'E',
      'H',
      'M',
    ]);
    const t = equalityTest(d);
    close(t.F!, 1.2782007425);
    expect([t.ndf, t.ddf, t.reason]).toEqual([2, 12, null]);
    close(t.p!, 0.3138797682, 1e-7);
  });
});

describe('independent cross-sections', () => {
  it('SE is √(se_a² + se_b²) with Welch–Satterthwaite df; equal inputs give the pooled df 2·df', () => {
    const d = independentDifference({ estimate: 10, se: 3, df: 20 }, { estimate: 14, se: 4, df: 20 });
    expect(d.estimate).toBe(4);
    expect(d.se).toBe(5);
    expect(d.df).toBeCloseTo(625 / (81 / 20 + 256 / 20), 10);
    expect(independentDifference({ estimate: 0, se: 1, df: 10 }, { estimate: 1, se: 1, df: 10 }).df).toBeCloseTo(
      20,
      10,
    );
  });
});
