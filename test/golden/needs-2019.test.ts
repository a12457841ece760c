// Published figures of the 2019 needs assessment (22 civil centres; strategy 2019, section 2; spec section 9).
// Counts must match exactly; percents are count ÷ 22 × 100 with plain rounding to one decimal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openInput } from '../../src/cli/input';
import type { Connector } from '../../src/core/sql';
import { openBothEngines } from '../helpers/db';
import { frequencies } from '../../src/stats/freq';
import type { CodebookVariable } from '../../src/data/study';

let db: Connector;
let codebook: CodebookVariable[];
beforeAll(async () => {
  db = await openBothEngines();
  codebook = (await openInput(db, 'demo:needs_2019')).codebook;
});
const meta = (name: string) => codebook.find((v) => v.name === name);
afterAll(() => db.close());

const counts = async (variable: string) =>
  Object.fromEntries(
    (await frequencies(db, 'needs_2019', variable, { meta: meta(variable) }))
      .filter((r) => !r.missing)
      .map((r) => [r.value, [r.n, r.percent]]),
  );

describe('2019 needs assessment: exact published figures', () => {
  it('has 22 respondents in 15 pre-2022 regions, 3 of them cities of republican significance', async () => {
    const [r] = await db.query<{ n: number; regions: number; cities: number }>(
      `SELECT count(*) AS n, count(DISTINCT region) AS regions,
       count(DISTINCT region) FILTER (region IN ('KZ-ALA', 'KZ-AST', 'KZ-SHY')) AS cities FROM needs_2019`,
    );
    expect(r).toEqual({ n: 22, regions: 15, cities: 3 });
  });
  it('years of operation: over 10 years 13 (59.1%); 5–10 4 (18.2%); 3–5 4 (18.2%); newly created 1', async () => {
    expect(await counts('org_years')).toEqual({ 4: [13, 59.1], 3: [4, 18.2], 2: [4, 18.2], 1: [1, 4.5] });
  });
  it('annual funding table: 1/2/3/4/4/3/0/4 and no funding 1 (printed 4.6, plain rounding 4.5); total 22', async () => {
    const rows = await frequencies(db, 'needs_2019', 'funding_band', { meta: meta('funding_band') });
    expect(rows.map((r) => [r.value, r.n, r.percent])).toEqual([
      [1, 1, 4.5],
      [2, 2, 9.1],
      [3, 3, 13.6],
      [4, 4, 18.2],
      [5, 4, 18.2],
      [6, 3, 13.6],
      [7, 0, 0],
      [8, 4, 18.2],
      [9, 1, 4.5],
    ]);
    expect(rows.reduce((a, r) => a + r.n, 0)).toBe(22);
  });
  it('own methodological materials 20 (90.9%); three or more projects at once 20 (90.9%)', async () => {
    expect((await counts('own_materials'))[1]).toEqual([20, 90.9]);
    expect((await counts('multi_projects'))[1]).toEqual([20, 90.9]);
  });
  it('no own office 13 (59.1%); a portfolio: 3 organisations', async () => {
    expect((await counts('own_office'))[0]).toEqual([13, 59.1]);
    expect((await counts('portfolio'))[1]).toEqual([3, 13.6]);
  });
});

describe('2019 needs assessment: the vague statements hold in the microdata', () => {
  const docs = ['doc_job_descriptions', 'doc_accounting_policy', 'doc_centre_regulations', 'doc_procurement_rules'];
  it('each of the four documents is missing in 7 to 13 centres; present at about half on average', async () => {
    let present = 0;
    for (const d of docs) {
      const c = await counts(d);
      expect(c[0][0], d).toBeGreaterThanOrEqual(7);
      expect(c[0][0], d).toBeLessThanOrEqual(13);
      present += c[1][0];
    }
    expect(present / (4 * 22)).toBeGreaterThan(0.4);
    expect(present / (4 * 22)).toBeLessThan(0.6);
  });
  it('funding term mostly up to 1 year, none longer than 3 years', async () => {
    const c = await counts('funding_term');
    expect(c[1][0]).toBeGreaterThan(22 / 2);
    expect(c[4][0]).toBe(0);
  });
  it('funding mostly from state social order and grants; crowdfunding, founders and prizes rare', async () => {
    const sql =
      'SELECT sum(fs_state_order) AS so, ' +
      'count(*) FILTER (fs_grants_national = 1 OR fs_grants_international = 1) AS grants,\n      ' +
      'sum(fs_grants_international) AS gi, sum(fs_crowdfunding) AS cf, sum(fs_founders) AS fo, sum(fs_prizes) AS pr ' +
      'FROM needs_2019';
    const [r] = await db.query(sql);
    expect(Math.min(r.so as number, r.grants as number)).toBeGreaterThan(22 / 2);
    expect(r.gi).toBeGreaterThan(0);
    for (const k of ['cf', 'fo', 'pr']) expect(r[k], k).toBeLessThanOrEqual(3);
  });
  it('self-assessment: management and service quality high; budgeting, evaluation, business tools, social media, fundraising, product development weak', async () => {
    const [m] = await db.query(
      `SELECT ${[
        'management',
        'service_quality',
        'budgeting',
        'ngo_evaluation',
        'business_tools',
        'social_media',
        'fundraising',
        'product_development',
      ]
        .map((k) => `avg(comp_${k}) AS ${k}`)
        .join(', ')} FROM needs_2019`,
    );
    for (const k of ['management', 'service_quality']) expect(m[k], k).toBeGreaterThan(3.8);
    for (const k of [
      'budgeting',
      'ngo_evaluation',
      'business_tools',
      'social_media',
      'fundraising',
      'product_development',
    ]) {
      expect(m[k], k).toBeLessThan(3.1);
    }
  });
});
