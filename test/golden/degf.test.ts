// Degrees of freedom when PSUs weigh 0, against R survey 4.1.1; numbers printed by test/golden/r/derive-degf.R.
// R's degf counts PSUs and strata with a row of non-zero weight; subset() drops a domain's other rows first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Design } from '../../src/core/design';
import type { Connector } from '../../src/core/sql';
import { domainEstimates } from '../../src/stats/change';
import { crosstab } from '../../src/stats/crosstab';
import { cellShares } from '../../src/stats/crosstab-ci';
import { crosstabDf } from '../../src/stats/crosstab-df';
import { checkDesign } from '../../src/stats/design-check';
import { estimate } from '../../src/stats/estimate';
import { openWithFixtures } from '../helpers/db';

let db: Connector;
beforeAll(async () => {
  db = await openWithFixtures('apiclus1', 'apistrat');
  await db.exec(`CREATE TABLE clus0 AS SELECT *, CASE WHEN dnum IN (406, 413)
    OR (dnum IN (178, 255) AND "sch.wide" = 'No') THEN 0 ELSE pw END AS pw0 FROM apiclus1`);
  await db.exec(`CREATE TABLE strat0 AS SELECT *, CASE WHEN stype = 'M' OR snum IN (2077, 1622, 2236)
    THEN 0 ELSE pw END AS pw0 FROM apistrat`);
});
afterAll(() => db.close());

/** svydesign(ids = ~dnum, weights = ~pw0, fpc = ~fpc, data = d): 15 districts, 2 of them weighing 0. */
const des0: Design = { ids: 'dnum', strata: null, weights: 'pw0', fpc: 'fpc' };
const close = (got: number | null, want: number, rel = 1e-8) =>
  expect(Math.abs(got! - want)).toBeLessThanOrEqual(rel * Math.abs(want));

describe('a design with zero-weight PSUs: df as degf(des0) = 12, not 15 − 1', () => {
  it('svymean(~api00, des0), confint(df = degf(des0)) → 593.465046699 … 699.984391503', async () => {
    const [m] = await estimate(db, 'clus0', des0, { statistic: 'mean', y: 'api00' });
    expect(m.df).toBe(12);
    close(m.se, 24.444354135);
    close(m.ci_low, 593.465046699);
    close(m.ci_high, 699.984391503);
  });
  it('svyciprop(~I(sch.wide == "Yes"), des0) → 0.824093326892 … 0.922664782467', async () => {
    const [p] = await estimate(db, 'clus0', des0, { statistic: 'proportion', y: `("sch.wide" = 'Yes')::INT` });
    close(p.ci_low, 0.824093326892, 1e-6);
    close(p.ci_high, 0.922664782467, 1e-6);
  });
  it('the stratified case: a stratum all at weight 0 leaves degf(ds0) = 145 (apistrat, middle schools zeroed)', async () => {
    const ds0: Design = { ids: null, strata: 'stype', weights: 'pw0', fpc: 'fpc' };
    const [m] = await estimate(db, 'strat0', ds0, { statistic: 'mean', y: 'api00' });
    expect(m.df).toBe(145);
    close(m.ci_low, 646.9441744307);
    close(m.ci_high, 689.7512726707);
  });
  it('the design summary counts what degf counts', async () => {
    expect(await checkDesign(db, 'clus0', des0)).toMatchObject({ psus: 13, strata: 1, df: 12 });
    expect(await checkDesign(db, 'clus0', des0, `"sch.wide" = 'No'`)).toMatchObject({ df: 7 });
  });
});

describe('a domain whose PSUs hold only zero-weight or out-of-domain rows: degf(subset(des0, sch.wide == "No")) = 7', () => {
  const inNo = `"sch.wide" = 'No'`;
  it('svymean(~api00, dom), confint(df = degf(dom)) → 538.2348936791 … 689.0032015590', async () => {
    const [m] = await estimate(db, 'clus0', des0, { statistic: 'mean', y: 'api00', domain: inNo });
    expect(m.df).toBe(7);
    close(m.ci_low, 538.2348936791);
    close(m.ci_high, 689.003201559);
  });
  it('svyby(~api00, ~sch.wide, des0, svymean): the No group on df 7, the Yes group on degf(subset(…"Yes")) = 12', async () => {
    const by = await estimate(db, 'clus0', des0, { statistic: 'mean', y: 'api00', by: ['"sch.wide"'] });
    expect(by.map((r) => [r.by[0], r.df])).toEqual([
      ['No', 7],
      ['Yes', 12],
    ]);
  });
  it('svyciprop(~I(stype == "E"), dom) → 0.193498153223 … 0.834527210024', async () => {
    const y = `(stype = 'E')::INT`;
    const [p] = await estimate(db, 'clus0', des0, { statistic: 'proportion', y, domain: inNo });
    close(p.ci_low, 0.193498153223, 1e-6);
    close(p.ci_high, 0.834527210024, 1e-6);
  });
  it('domains of one design for change: the sch.wide levels together have degf(des0) = 12', async () => {
    const d = await domainEstimates(db, 'clus0', des0, { statistic: 'mean', y: 'api00' }, '"sch.wide"', ['No', 'Yes']);
    expect(d.df).toBe(12);
  });
});

describe('crosstab intervals on the base subset’s degf; svychisq keeps its own count of every PSU', () => {
  const spec = { rows: '"sch.wide"', cols: 'stype' };
  it('row %: svyciprop(~I(stype == "E"), subset(des0, sch.wide == "No")) on df 7', async () => {
    const x = await crosstab(db, 'clus0', des0, spec);
    const df = await crosstabDf(db, 'clus0', des0, spec);
    const s = cellShares(x, 'row', df)[x.cells.findIndex((c) => c.row === 'No' && c.col === 'E')];
    expect(s.df).toBe(7);
    close(s.ci_low, 19.3498153223, 1e-6);
    close(s.ci_high, 83.4527210024, 1e-6);
  });
  it('cell %: svyciprop(~I(sch.wide == "No" & stype == "E"), des0) on df 12 → 3.09591970462 … 11.95645235583', async () => {
    const x = await crosstab(db, 'clus0', des0, spec);
    const df = await crosstabDf(db, 'clus0', des0, spec);
    const s = cellShares(x, 'cell', df)[x.cells.findIndex((c) => c.row === 'No' && c.col === 'E')];
    expect(s.df).toBe(12);
    close(s.pct, 6.17977528145);
    close(s.ci_low, 3.09591970462, 1e-6);
    close(s.ci_high, 11.95645235583, 1e-6);
  });
  it('svychisq(~sch.wide + stype, des0): ndf 1.445218628, ddf 20.233060792 = 14 × ndf', async () => {
    const x = await crosstab(db, 'clus0', des0, spec);
    close(x.test!.ndf, 1.445218628);
    close(x.test!.ddf, 20.233060792);
  });
});
