// Multistage, lonely-PSU and replicate-weight designs against R survey 4.1.1.
// Every number below is printed by test/golden/r/derive-designs.R (the R call is in each test's name).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/core/sql';
import type { Design, LonelyPsu } from '../../src/core/design';
import { parseDesign } from '../../src/stats/design';
import { estimate } from '../../src/stats/estimate';
import type { EstimateSpec } from '../../src/stats/estimate-sql';
import { openWithFixtures } from '../helpers/db';

let db: Connector;
beforeAll(
  async () =>
    void (db = await openWithFixtures(
      'apiclus2',
      'apistrat-lonely',
      'apiclus1',
      'apistrat',
      'pairs-brr',
      'pairs-fay',
      'apiclus1-boot',
    )),
);
afterAll(() => db.close());

const d = (text: string): Design => {
  const { design, errors } = parseDesign(text);
  expect(errors).toEqual([]);
  return design;
};
const mean = (y: string): EstimateSpec => ({ statistic: 'mean', y: `"${y}"` });
const total = (y: string): EstimateSpec => ({ statistic: 'total', y: `"${y}"` });
const one = async (t: string, design: Design, s: EstimateSpec) => (await estimate(db, `"${t}"`, design, s))[0];
const close = (got: number | null, want: number, rel = 1e-8) =>
  expect(Math.abs(got! - want)).toBeLessThanOrEqual(rel * Math.abs(want));

describe('two-stage cluster sample: dclus2 <- svydesign(id = ~dnum + snum, fpc = ~fpc1 + fpc2, data = apiclus2)', () => {
  const dclus2 = () => d('ids=dnum+snum,fpc=fpc1+fpc2');
  it('svymean(~api00) → 670.8118081, SE 30.09902738 (weights from the fpc, both stages in the variance)', async () => {
    const r = await one('apiclus2', dclus2(), mean('api00'));
    close(r.estimate, 670.8118081);
    close(r.se, 30.09902738);
  });
  it('svytotal(~enroll, na.rm = TRUE) → 2639272.93, SE 799637.7736', async () => {
    const r = await one('apiclus2', dclus2(), total('enroll'));
    close(r.estimate, 2639272.93);
    close(r.se, 799637.7736);
  });
  it('svyratio(~api00, ~api99) → 1.039963571, SE 0.004620534123', async () => {
    const r = await one('apiclus2', dclus2(), { statistic: 'ratio', y: '"api00"', x: '"api99"' });
    close(r.estimate, 1.039963571);
    close(r.se, 0.004620534123);
  });
  it('svyby(~api00, ~stype, svymean) → E 692.8104009 (29.92660424), H 598.3406593 (17.69416713), M 642.352 (45.0913163)', async () => {
    const rows = await estimate(db, 'apiclus2', dclus2(), { ...mean('api00'), by: ['stype'] });
    expect(rows.map((r) => r.by[0])).toEqual(['E', 'H', 'M']);
    [692.8104009, 598.3406593, 642.352].forEach((v, i) => close(rows[i].estimate, v));
    [29.92660424, 17.69416713, 45.0913163].forEach((v, i) => close(rows[i].se, v));
  });
  it('degf(dclus2) → 39 (first-stage PSUs − strata)', async () => {
    expect((await one('apiclus2', dclus2(), mean('api00'))).df).toBe(39);
  });
  it('ultimate cluster, svydesign(id = ~dnum + snum, weights = ~pw): svymean(~api00) → SE 30.71157631', async () => {
    close((await one('apiclus2', d('ids=dnum+snum,weights=pw'), mean('api00'))).se, 30.71157631);
  });
});

describe('a stratum with one PSU: options(survey.lonely.psu = rule); svydesign(id = ~1, strata = ~stype, weights = ~pw, data = lone)', () => {
  const design = (rule: LonelyPsu): Design => ({
    ids: null,
    strata: 'stype',
    weights: 'pw',
    fpc: null,
    lonelyPsu: rule,
  });
  const want: Record<string, [number, number]> = {
    certainty: [9.461548783, 117152.8517],
    remove: [9.461548783, 117152.8517],
    adjust: [9.54619444, 117786.5802],
    average: [10.92525547, 135276.4609],
  };
  for (const [rule, [seMean, seTotal]] of Object.entries(want)) {
    it(`${rule}: svymean(~api00) SE ${seMean}, svytotal(~enroll) SE ${seTotal}`, async () => {
      const m = await one('apistrat-lonely', design(rule as LonelyPsu), mean('api00'));
      close(m.estimate, 662.2873632);
      close(m.se, seMean);
      close((await one('apistrat-lonely', design(rule as LonelyPsu), total('enroll'))).se, seTotal);
    });
  }
  it("fail (R's default) stops with a message naming the stratum", async () => {
    await expect(one('apistrat-lonely', design('fail'), mean('api00'))).rejects.toThrow(/stratum X has only one PSU/);
  });
});

describe('replicate designs', () => {
  it('as.svrepdesign(dclus1, type = "JK1"): svymean(~api00) → SE 26.32936059; svytotal(~enroll) → SE 932235.027; degf 14', async () => {
    const jk1 = d('ids=dnum,weights=pw,fpc=fpc,as=JK1');
    const m = await one('apiclus1', jk1, mean('api00'));
    close(m.estimate, 644.1693989);
    close(m.se, 26.32936059);
    expect(m.df).toBe(14);
    close((await one('apiclus1', jk1, total('enroll'))).se, 932235.027);
  });
  it('as.svrepdesign(dclus1, type = "JK1", mse = TRUE): svyratio(~api.stu, ~enroll) → 0.8497087417, SE 0.009519363482', async () => {
    const r = await one('apiclus1', d('ids=dnum,weights=pw,fpc=fpc,as=JK1,mse=true'), {
      statistic: 'ratio',
      y: '"api.stu"',
      x: '"enroll"',
    });
    close(r.estimate, 0.8497087417);
    close(r.se, 0.009519363482);
  });
  it('as.svrepdesign(svydesign(id = ~1, strata = ~stype, weights = ~pw, data = apistrat), "JKn"): svymean(~api00) SE 9.536132297, svyby(~api00, ~sch.wide)', async () => {
    const jkn: Design = {
      ids: null,
      strata: 'stype',
      weights: 'pw',
      fpc: null,
      replicates: { columns: '', type: 'JKn' },
    };
    await expect(one('apistrat', jkn, mean('api00'))).rejects.toThrow(/PSUs \(ids=/);
    const withIds = d('ids=snum,strata=stype,weights=pw,as=JKn');
    const m = await one('apistrat', withIds, mean('api00'));
    close(m.se, 9.536132297);
    expect(m.df).toBe(197); // degf(jkn)
    const by = await estimate(db, 'apistrat', withIds, { ...mean('api00'), by: ['"sch.wide"'] });
    close(by[0].estimate, 593.7468582);
    close(by[0].se, 19.50975917);
    close(by[1].se, 10.66280893);
  });
  for (const [file, type] of [
    ['pairs-brr', 'BRR'],
    ['pairs-fay', 'Fay,rho=0.3'],
  ]) {
    it(`${type} weights read from a file: svymean(~y) → 61.99070922 (0.6797535887), svymean(~yes) → 0.3957446809 (0.02309052567)`, async () => {
      const design = d(`weights=w,repweights=^rw,type=${type}`);
      const y = await one(file, design, mean('y'));
      close(y.estimate, 61.99070922);
      close(y.se, 0.6797535887);
      close((await one(file, design, mean('yes'))).se, 0.02309052567);
    });
  }
  it("bootstrap weights (40 replicates of dclus1, R's scale n/((n−1)(R−1)) = 15/(14·39)): svymean(~api00) SE 21.58956305, svytotal(~enroll) SE 890295.3375, degf 14", async () => {
    const design = d(`weights=pw,repweights=^bw[0-9]+$,type=bootstrap,scale=${15 / (14 * 39)}`);
    const m = await one('apiclus1-boot', design, mean('api00'));
    close(m.se, 21.58956305);
    expect(m.df).toBe(14);
    close((await one('apiclus1-boot', design, total('enroll'))).se, 890295.3375);
  });
  it('the same file with groups and a domain: svyby(~api00, ~stype, bd, svymean) → SE 20.63139579, 41.7801221, 28.72131566; subset(sch.wide == "Yes") → 21.61998932', async () => {
    const design = d(`weights=pw,repweights=^bw[0-9]+$,type=bootstrap,scale=${15 / (14 * 39)}`);
    const by = await estimate(db, '"apiclus1-boot"', design, { ...mean('api00'), by: ['stype'] });
    [648.86805556, 618.57142857, 631.44].forEach((v, i) => close(by[i].estimate, v));
    [20.63139579, 41.7801221, 28.72131566].forEach((v, i) => close(by[i].se, v));
    const dom = (await estimate(db, '"apiclus1-boot"', design, { ...mean('api00'), domain: `"sch.wide" = 'Yes'` }))[0];
    close(dom.se, 21.61998932);
  });
});
