// Reference numbers: shared/validation/REFERENCE.md, R survey 4.1.1 on the api data (test/fixtures/README.md).
//   dstrat <- svydesign(id = ~1, strata = ~stype, weights = ~pw, data = apistrat, fpc = ~fpc)
//   dclus1 <- svydesign(id = ~dnum, weights = ~pw, data = apiclus1, fpc = ~fpc)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/core/sql';
import type { Design } from '../../src/core/design';
import { estimate } from '../../src/stats/estimate';
import type { EstimateSpec } from '../../src/stats/estimate-sql';
import { openWithFixtures } from '../helpers/db';

const dstrat: Design = { ids: null, strata: 'stype', weights: 'pw', fpc: 'fpc' };
const dclus1: Design = { ids: 'dnum', strata: null, weights: 'pw', fpc: 'fpc' };
let db: Connector;
beforeAll(async () => void (db = await openWithFixtures('apistrat', 'apiclus1')));
afterAll(() => db.close());

const one = async (t: string, d: Design, s: EstimateSpec, o = {}) => (await estimate(db, t, d, s, o))[0];
const mean = (y: string): EstimateSpec => ({ statistic: 'mean', y: `"${y}"` });
const total = (y: string): EstimateSpec => ({ statistic: 'total', y: `"${y}"` });

describe('stratified design (dstrat)', () => {
  it('svymean(~api00, deff = TRUE) → 662.2874, SE 9.4089, deff 1.20446', async () => {
    const r = await one('apistrat', dstrat, mean('api00'));
    expect(r.estimate).toBeCloseTo(662.2874, 4);
    expect(r.se).toBeCloseTo(9.4089, 4);
    expect(r.deff).toBeCloseTo(1.20446, 5);
    expect(r.df).toBe(197);
  });
  it('svymean(~api99) → 629.39, SE 9.9639', async () => {
    const r = await one('apistrat', dstrat, mean('api99'));
    expect(r.estimate).toBeCloseTo(629.39, 2);
    expect(r.se).toBeCloseTo(9.9639, 4);
  });
  it('svytotal(~enroll) → 3,687,177.53, SE 114,641.72', async () => {
    const r = await one('apistrat', dstrat, total('enroll'));
    expect(r.estimate).toBeCloseTo(3687177.53, 1);
    expect(r.se).toBeCloseTo(114641.72, 1);
  });
  it('svymean(~enroll) → 595.28, SE 18.509', async () => {
    const r = await one('apistrat', dstrat, mean('enroll'));
    expect(r.estimate).toBeCloseTo(595.28, 2);
    expect(r.se).toBeCloseTo(18.509, 3);
  });
  it('without fpc: svymean(~api00) → SE 9.5361', async () => {
    const r = await one('apistrat', { ...dstrat, fpc: null }, mean('api00'));
    expect(r.se).toBeCloseTo(9.5361, 4);
  });
});

describe('one-stage cluster design (dclus1)', () => {
  it('svymean(~api00, deff = TRUE) → 644.1694, SE 23.542, deff 9.3459; degf 14', async () => {
    const r = await one('apiclus1', dclus1, mean('api00'));
    expect(r.estimate).toBeCloseTo(644.1694, 4);
    expect(r.se).toBeCloseTo(23.542, 3);
    expect(r.deff).toBeCloseTo(9.3459, 4);
    expect(r.df).toBe(14);
  });
  it('confint(svymean(~api00), df = degf(dclus1)) → 593.6763 – 694.6625 (t, 14 df)', async () => {
    const r = await one('apiclus1', dclus1, mean('api00'));
    expect(r.ci_low).toBeCloseTo(593.6763, 3);
    expect(r.ci_high).toBeCloseTo(694.6625, 3);
  });
  it('confint(svymean(~api00)) → 598.0275 – 690.3113 (normal: df = Inf)', async () => {
    const r = await one('apiclus1', dclus1, mean('api00'), { df: Infinity });
    expect(r.ci_low).toBeCloseTo(598.0275, 3);
    expect(r.ci_high).toBeCloseTo(690.3113, 3);
    expect(r.df).toBeNull();
  });
  it('svytotal(~enroll) → 3,404,940.13, SE 932,235.03', async () => {
    const r = await one('apiclus1', dclus1, total('enroll'));
    expect(r.estimate).toBeCloseTo(3404940.13, 1);
    expect(r.se).toBeCloseTo(932235.03, 1);
  });
  it.each([
    ['E', 4873.97, 1333.32, 0.786885, 0.0463],
    ['H', 473.86, 158.7, 0.076503, 0.0268],
    ['M', 846.17, 167.55, 0.136612, 0.0296],
  ])('svytotal(~stype) and svymean(~stype), category %s', async (cat, tot, totSe, p, pSe) => {
    const y = `("stype" = '${cat}')::INT`;
    const t = await one('apiclus1', dclus1, { statistic: 'total', y });
    expect(t.estimate).toBeCloseTo(tot, 2);
    expect(t.se).toBeCloseTo(totSe, 2);
    const m = await one('apiclus1', dclus1, { statistic: 'proportion', y });
    expect(m.estimate).toBeCloseTo(p, 6);
    expect(m.se).toBeCloseTo(pSe, 4);
  });
  it('svyratio(~api.stu, ~enroll) → 0.8497087, SE 0.008386297', async () => {
    const r = await one('apiclus1', dclus1, { statistic: 'ratio', y: '"api.stu"', x: '"enroll"' });
    expect(r.estimate).toBeCloseTo(0.8497087, 7);
    expect(r.se).toBeCloseTo(0.008386297, 9);
  });
  it('svyby(~ell+meals, ~stype, svymean) keeps the whole design in each domain', async () => {
    const ell = await estimate(db, 'apiclus1', dclus1, { statistic: 'mean', y: '"ell"', by: ['"stype"'] });
    const meals = await estimate(db, 'apiclus1', dclus1, { statistic: 'mean', y: '"meals"', by: ['"stype"'] });
    const want = {
      E: [29.69444, 1.411617, 53.09028, 7.070399],
      H: [15.0, 5.347065, 37.57143, 5.912262],
      M: [22.68, 2.952862, 43.08, 6.01711],
    };
    expect(ell.map((r) => r.by[0])).toEqual(['E', 'H', 'M']);
    for (const [i, [e, es, m, ms]] of Object.values(want).entries()) {
      expect(ell[i].estimate).toBeCloseTo(e, 5);
      expect(ell[i].se).toBeCloseTo(es, 6);
      expect(meals[i].estimate).toBeCloseTo(m, 5);
      expect(meals[i].se).toBeCloseTo(ms, 6);
    }
  });
  it('svyby(~api99, ~stype, svymean) → E 607.7917 (22.8166), H 595.7143 (41.7640), M 608.6 (32.5606)', async () => {
    const r = await estimate(db, 'apiclus1', dclus1, { statistic: 'mean', y: '"api99"', by: ['"stype"'] });
    expect(r.map((x) => [x.estimate, x.se])).toEqual([
      [expect.closeTo(607.7917, 4), expect.closeTo(22.8166, 4)],
      [expect.closeTo(595.7143, 4), expect.closeTo(41.764, 3)],
      [expect.closeTo(608.6, 4), expect.closeTo(32.5606, 4)],
    ]);
  });
  it('svytotal(~enroll, subset(dclus1, sch.wide == "Yes" & comp.imp == "Yes")) → 2,406,420, SE 645,444', async () => {
    const domain = `"sch.wide" = 'Yes' AND "comp.imp" = 'Yes'`;
    const r = await one('apiclus1', dclus1, { statistic: 'total', y: '"enroll"', domain });
    expect(r.estimate).toBeCloseTo(2406420, -1);
    expect(r.se).toBeCloseTo(645444, -1);
  });
  it('svytable(~sch.wide + stype) → weighted counts', async () => {
    const r = await estimate(db, 'apiclus1', dclus1, { statistic: 'total', y: '1', by: ['"sch.wide"', '"stype"'] });
    const got = Object.fromEntries(r.map((x) => [x.by.join('/'), x.estimate]));
    const want = {
      'No/E': 406.164,
      'No/H': 101.541,
      'No/M': 270.776,
      'Yes/E': 4467.8035,
      'Yes/H': 372.317,
      'Yes/M': 575.3989,
    };
    for (const [k, v] of Object.entries(want)) expect(got[k]).toBeCloseTo(v, 3);
  });
  it('svyciprop(~I(sch.wide == "Yes")) logit → 0.874317, SE 0.0203595, CI 0.823799 – 0.911900', async () => {
    const r = await one('apiclus1', dclus1, { statistic: 'proportion', y: `"sch.wide" = 'Yes'` });
    expect(r.estimate).toBeCloseTo(0.874317, 6);
    expect(r.se).toBeCloseTo(0.0203595, 7);
    expect(r.ci_low).toBeCloseTo(0.823799, 6);
    expect(r.ci_high).toBeCloseTo(0.9119, 6);
  });
  it('svyciprop(~I(sch.wide == "Yes"), method = "beta") → CI 0.823702 – 0.914704', async () => {
    const r = await one('apiclus1', dclus1, { statistic: 'proportion', y: `"sch.wide" = 'Yes'` }, { ciMethod: 'beta' });
    expect(r.ci_low).toBeCloseTo(0.823702, 6);
    expect(r.ci_high).toBeCloseTo(0.914704, 6);
  });
  it.each([
    // svyciprop(~I(sch.wide == "Yes"), dclus1, method = m) and
    // svyciprop(~I(stype == "H"), dclus1, method = m), survey 4.1.1
    ['asin', `"sch.wide" = 'Yes'`, 0.8275335, 0.9146146],
    ['xlogit', `"sch.wide" = 'Yes'`, 0.8237989, 0.9119001],
    ['mean', `"sch.wide" = 'Yes'`, 0.8306502, 0.9179837],
    ['asin', `"stype" = 'H'`, 0.0293195, 0.1434289],
    ['mean', `"stype" = 'H'`, 0.0190005, 0.1340049],
  ] as const)('svyciprop(method = "%s") of %s → CI %f – %f', async (method, y, lo, hi) => {
    const r = await one('apiclus1', dclus1, { statistic: 'proportion', y }, { ciMethod: method });
    expect(r.ci_low).toBeCloseTo(lo, 6);
    expect(r.ci_high).toBeCloseTo(hi, 6);
  });
});

describe('quantiles by domain (test/golden/r/derive-change.R)', () => {
  it.each([
    // svyquantile(~api00, subset(dclus1, stype == s), c(.25, .5)): quantile, CI, se;
    // NaN where the CDF bound leaves [0, 1]
    ['E', [553, 502, 625, 28.67418021], [652, 561, 717, 36.36725295]],
    ['H', [529, null, 687, null], [608, 478, 724, 52.01672101]],
    ['M', [547, null, 669, null], [642, 528, 720, 43.61683202]],
  ] as const)('stype %s → %j, %j', async (s, q25, q50) => {
    const { quantiles } = await import('../../src/stats/quantile');
    const rows = await quantiles(db, 'apiclus1', dclus1, 'api00', [0.25, 0.5], 0.95, `stype = '${s}'`);
    rows.forEach((r, i) => {
      const [q, lo, hi, se] = [q25, q50][i];
      expect([r.estimate, r.ci_low, r.ci_high]).toEqual([q, lo, hi]);
      if (se === null) expect(r.se).toBeNull();
      else expect(r.se).toBeCloseTo(se, 6);
    });
  });
});

describe('likelihood intervals, boundaries and the Wald flag', () => {
  const dstrat2: Design = { ids: null, strata: 'stype', weights: 'pw', fpc: 'fpc' };
  // R interpolates its likelihood profile with a spline; the exact root agrees to ~2e-6 relative.
  const near = (got: number | null, want: number) => expect(Math.abs(got! - want) / want).toBeLessThan(1e-5);
  it.each([
    [
      'dclus1',
      'svyciprop(~I(sch.wide == "Yes"), dclus1, method = "likelihood")',
      `"sch.wide" = 'Yes'`,
      0.95,
      0.826288242,
      0.9136944919,
    ],
    [
      'dclus1',
      'svyciprop(~I(awards == "Yes"), dclus1, method = "likelihood", level = 0.9)',
      `awards = 'Yes'`,
      0.9,
      0.6499787568,
      0.7661753299,
    ],
    [
      'dstrat',
      'svyciprop(~I(awards == "Yes"), dstrat, method = "likelihood")',
      `awards = 'Yes'`,
      0.95,
      0.5693959846,
      0.7047859014,
    ],
    [
      'dstrat',
      'svyciprop(~I(api00 > 700), dstrat, method = "likelihood")',
      'api00 > 700',
      0.95,
      0.3321063452,
      0.4794596562,
    ],
  ] as const)('%s: %s → CI %f – %f', async (d, _call, y, level, lo, hi) => {
    const [table, design] = d === 'dclus1' ? ['apiclus1', dclus1] : ['apistrat', dstrat2];
    const r = await one(table, design, { statistic: 'proportion', y }, { ciMethod: 'likelihood', level });
    near(r.ci_low, lo);
    near(r.ci_high, hi);
  });
  it('0% and 100% get an exact interval on the effective n, flagged "boundary", whatever the method', async () => {
    for (const ciMethod of ['logit', 'beta', 'likelihood', 'mean'] as const) {
      const zero = await one('apiclus1', dclus1, { statistic: 'proportion', y: 'api00 > 5000' }, { ciMethod });
      expect([zero.estimate, zero.ci_low, zero.flags]).toEqual([0, 0, ['boundary']]);
      expect(zero.ci_high).toBeCloseTo(1 - 0.025 ** (1 / 183), 12);
      const all = await one('apiclus1', dclus1, { statistic: 'proportion', y: 'api00 > 0' }, { ciMethod });
      expect([all.estimate, all.ci_high]).toEqual([1, 1]);
    }
  });
  it('a Wald ("mean") interval leaving [0, 1] is kept as R gives it and flagged', async () => {
    const r = await one('apiclus1', dclus1, { statistic: 'proportion', y: `dnum = 716` }, { ciMethod: 'mean' });
    expect(r.ci_low).toBeLessThan(0);
    expect(r.flags).toEqual(['outside_0_1']);
  });
});

describe('quantiles', () => {
  it('svyquantile(~api00, dclus1, c(.25, .5, .75)) (survey 4.1) → 552 / 652 / 719, CIs 492–627 / 561–714 / 696–777', async () => {
    const { quantiles } = await import('../../src/stats/quantile');
    const r = await quantiles(db, 'apiclus1', dclus1, 'api00', [0.25, 0.5, 0.75]);
    expect(r.map((x) => [x.estimate, x.ci_low, x.ci_high])).toEqual([
      [552, 492, 627],
      [652, 561, 714],
      [719, 696, 777],
    ]);
    expect(r[0].se).toBeCloseTo(31.4717, 4);
    expect(r[1].se).toBeCloseTo(35.6679, 4);
    expect(r[2].se).toBeCloseTo(18.883, 3);
  });
  it('svyquantile(~api00, dstrat, c(.1, .5, .9)) (survey 4.1.1) → 501 / 668 / 836, CIs 476–521 / 642–694 / 806–865', async () => {
    const { quantiles } = await import('../../src/stats/quantile');
    const r = await quantiles(db, 'apistrat', dstrat, 'api00', [0.1, 0.5, 0.9]);
    expect(r.map((x) => [x.estimate, x.ci_low, x.ci_high])).toEqual([
      [501, 476, 521],
      [668, 642, 694],
      [836, 806, 865],
    ]);
    expect(r.map((x) => x.se)).toEqual([
      expect.closeTo(11.40928, 5),
      expect.closeTo(13.18406, 5),
      expect.closeTo(14.95883, 5),
    ]);
  });
});
