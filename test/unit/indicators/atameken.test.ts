// The Atameken entries on test/fixtures/atameken: 8 initiatives, 8 reports, 6 nominations, 4 participant rows, each
// number below counted by hand from the CSVs. Populations (rates): KZ-75 2,347,924, KZ-71 1,638,233 (reference);
// KZ-11 has none, so neither has the nation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStudyFolder } from '../../../src/cli/study-folder';
import type { Connector } from '../../../src/core/sql';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import { CATALOGUE } from '../../../src/indicators/catalogue';
import { validateCatalogue } from '../../../src/indicators/catalogue/validate';
import type { Sources } from '../../../src/indicators/prepare';
import type { IndicatorRow } from '../../../src/indicators/rows';
import { monthlySeries } from '../../../src/indicators/monthly';
import { runIndicators } from '../../../src/indicators/run';

const KZ75 = 2347924;
let db: Connector;
let sources: Sources;
beforeAll(async () => {
  db = await openNodeDuckDB();
  ({ sources } = await openStudyFolder(db, 'test/fixtures/atameken'));
});
afterAll(() => db.close());

const run = (id: string, by: string[] = [], minCount?: number) =>
  runIndicators(db, minCount ? { ...sources, rules: { minN: 30, minNeff: 50, maxRse: 0.3, minCount } } : sources, by, [
    id,
  ]);
/** [wave, estimate, n, status] of the national rows (and of the regions asked for). */
const cells = (rows: IndicatorRow[], regions: Array<string | null> = [null]) =>
  rows.filter((r) => regions.includes(r.region)).map((r) => [r.region, r.wave, r.estimate, r.n, r.status]);

describe('the map of civic initiatives (exact counts, shown as counted)', () => {
  it('initiatives_count: by year proposed, and by region', async () => {
    expect(cells(await run('initiatives_count', ['region']), [null, 'KZ-75', 'KZ-71', 'KZ-11'])).toEqual([
      [null, 2024, 4, 4, 'ok'],
      [null, 2025, 4, 4, 'ok'],
      ['KZ-11', 2024, 0, 0, 'ok'],
      ['KZ-11', 2025, 1, 1, 'ok'],
      ['KZ-71', 2024, 1, 1, 'ok'],
      ['KZ-71', 2025, 2, 2, 'ok'],
      ['KZ-75', 2024, 3, 3, 'ok'],
      ['KZ-75', 2025, 1, 1, 'ok'],
    ]);
  });
  it('initiatives_per_10k: per 10,000 residents where the region has a population, else no denominator', async () => {
    const rows = await run('initiatives_per_10k', ['region']);
    expect(cells(rows, [null, 'KZ-75', 'KZ-11']).filter((c) => c[1] === 2024)).toEqual([
      [null, 2024, null, 4, 'no_denominator'],
      ['KZ-11', 2024, null, 0, 'no_denominator'],
      ['KZ-75', 2024, (3 / KZ75) * 1e4, 3, 'ok'],
    ]);
  });
  it('initiatives_completed by carrier: one NGO, one group, one citizens’ project in 2024; NGO and citizens in 2025', async () => {
    const rows = await run('initiatives_completed', ['carrier']);
    expect(rows.map((r) => [r.wave, r.by.carrier, r.estimate])).toEqual([
      [2024, 'citizens', 1],
      [2025, 'citizens', 1],
      [2024, 'initiative_group', 1],
      [2025, 'initiative_group', 0],
      [2024, 'ngo', 1],
      [2025, 'ngo', 1],
    ]);
  });
  it('recipients summed (100 + 40 + 30 + 200; 0 + 60 + 10 + 20), patrons, volunteer events and the rating of completed projects', async () => {
    const national = async (id: string) => (await run(id)).map((r) => [r.wave, r.estimate]);
    expect(await national('initiatives_recipients')).toEqual([
      [2024, 370],
      [2025, 90],
    ]);
    // I1 and I3 (2024), I6 and I8 (2025); I4 is a citizens' initiative without patrons.
    expect(await national('initiatives_with_patrons')).toEqual([
      [2024, 2],
      [2025, 2],
    ]);
    expect(await national('initiatives_volunteer_events')).toEqual([
      [2024, 8],
      [2025, 2],
    ]);
    const rating = await run('initiatives_rating');
    expect(rating.map((r) => [r.wave, r.n])).toEqual([
      [2024, 3],
      [2025, 2],
    ]);
    expect(rating[0].estimate).toBeCloseTo((4.5 + 3.5 + 5) / 3, 12);
    expect(rating[1].estimate).toBeCloseTo(3.5, 12);
  });
});

describe('civic control (privacy: a count of 1–4 reports is withheld)', () => {
  it('reports_filed: Almaty’s 6 shown, Astana’s 2 withheld with no value and no n, a region without reports 0', async () => {
    expect(cells(await run('reports_filed', ['region']), [null, 'KZ-75', 'KZ-71', 'KZ-10'])).toEqual([
      [null, 2025, 8, 8, 'ok'],
      ['KZ-10', 2025, 0, 0, 'ok'],
      ['KZ-71', 2025, null, 0, 'suppressed'],
      ['KZ-75', 2025, 6, 6, 'ok'],
    ]);
  });
  it('the minimum is editable (rules.minCount): at 2 Astana’s 2 reports show', async () => {
    expect(cells(await run('reports_filed', ['region'], 2), ['KZ-71'])).toEqual([['KZ-71', 2025, 2, 2, 'ok']]);
  });
  it('reports_filed by month is the monthly series (with the year); months of 1–4 reports are withheld', async () => {
    const series = (rows: IndicatorRow[]) => rows.map((r) => [r.wave, r.by.month, r.estimate]);
    expect(series(await run('reports_filed', ['month'], 1))).toEqual([
      [2025, 1, 2],
      [2025, 2, 1],
      [2025, 3, 2],
      [2025, 4, 2],
      [2025, 6, 1],
    ]);
    expect((await run('reports_filed', ['month'])).every((r) => r.status === 'suppressed')).toBe(true);
  });
  it('monthlySeries fills every month of the year: counts of months without reports are 0, small ones withheld', async () => {
    const rules = { minN: 30, minNeff: 50, maxRse: 0.3, minCount: 1 };
    const series = await monthlySeries(db, { ...sources, rules }, 'reports_filed');
    expect(series.map((p) => p.period)).toEqual(
      [...Array(12).keys()].map((m) => `2025-${String(m + 1).padStart(2, '0')}`),
    );
    expect(series.map((p) => p.estimate)).toEqual([2, 1, 2, 2, 0, 1, 0, 0, 0, 0, 0, 0]);
    const guarded = await monthlySeries(db, sources, 'reports_filed');
    expect(guarded.map((p) => p.status).slice(0, 6)).toEqual([
      'suppressed',
      'suppressed',
      'suppressed',
      'suppressed',
      'ok',
      'suppressed',
    ]);
    await expect(monthlySeries(db, sources, 'gh_nominations')).rejects.toThrow(
      'gh_nominations: not an entry with a monthly series',
    );
  });
  it('solved by state bodies (C1, C2, C7, C8) and by citizens (C3, C5); the share done 6 of 8', async () => {
    const national = async (id: string, min?: number) => cells(await run(id, [], min));
    expect(await national('reports_solved_state', 1)).toEqual([[null, 2025, 4, 4, 'ok']]);
    expect(await national('reports_solved_state')).toEqual([[null, 2025, null, 0, 'suppressed']]);
    expect(await national('reports_solved_citizens', 1)).toEqual([[null, 2025, 2, 2, 'ok']]);
    expect(await national('reports_done_pct')).toEqual([[null, 2025, 75, 8, 'ok']]);
    // Almaty: 4 of 6 done, a share that reveals a count of 4: withheld.
    expect(cells(await run('reports_done_pct', ['region']), ['KZ-75'])).toEqual([
      ['KZ-75', 2025, null, 0, 'suppressed'],
    ]);
  });
  it('reports_filed_per_10k: Almaty’s 6 per 10,000 residents', async () => {
    expect(cells(await run('reports_filed_per_10k', ['region']), ['KZ-75'])).toEqual([
      ['KZ-75', 2025, (6 / KZ75) * 1e4, 6, 'ok'],
    ]);
  });
  it('reports_median_days: Kaplan–Meier with the open reports censored at the data’s last date (2025-06-30), not dropped', async () => {
    // Days 0, 2, 5, 10, 20, 30 done; C6 open 81 and C4 open 117 days. S = 4/8 on [10, 20): the median is the
    // midpoint, 15. R: survfit(Surv(c(0, 2, 5, 10, 20, 30, 81, 117), c(1, 1, 1, 1, 1, 1, 0, 0)) ~ 1) → 15, 5, NA.
    const rows = await run('reports_median_days', ['region']);
    expect(rows.filter((r) => r.region === null)).toEqual([
      expect.objectContaining({ wave: 2025, estimate: 15, ci_low: 5, ci_high: null, n: 8, status: 'ok', unit: 'days' }),
    ]);
    // Almaty: 2, 5, 10, 30 done, 81 and 117 open: S = 3/6 on [10, 30) → 20 (R: 20, 5, NA). Astana (2): withheld.
    expect(cells(rows, ['KZ-75', 'KZ-71'])).toEqual([
      ['KZ-71', 2025, null, 0, 'suppressed'],
      ['KZ-75', 2025, 20, 6, 'ok'],
    ]);
    // Dropping the open reports instead would give the median of 2, 5, 10, 30: 7.5 days.
    expect(rows.find((r) => r.region === 'KZ-75')!.ci_low).toBe(5);
  });
});

describe('Generous heart', () => {
  it('gh_participants: volunteers + patrons + investors (an empty cell counts 0); a district of 3 is withheld', async () => {
    expect(cells(await run('gh_participants', ['region']), [null, 'KZ-75', 'KZ-71', 'KZ-11'])).toEqual([
      [null, 2024, 79, 4, 'ok'],
      ['KZ-11', 2024, 22, 1, 'ok'],
      ['KZ-71', 2024, 10, 1, 'ok'],
      ['KZ-75', 2024, 47, 2, 'ok'],
    ]);
    const districts = await run('gh_participants', ['district']);
    expect(districts.map((r) => [r.by.district, r.estimate, r.status])).toEqual([
      ['KZ111000', 22, 'ok'],
      ['KZ711110', 10, 'ok'],
      ['KZ751110', 44, 'ok'],
      ['KZ751210', null, 'suppressed'],
    ]);
    const rate = await run('gh_participants_per_10k', ['region']);
    expect(rate.find((r) => r.region === 'KZ-75')!.estimate).toBeCloseTo((47 / KZ75) * 1e4, 12);
  });
  it('gh_nominations by level and period type, the year being the period’s', async () => {
    const rows = await run('gh_nominations', ['level']);
    expect(rows.filter((r) => r.estimate).map((r) => [r.wave, r.by.level, r.estimate])).toEqual([
      [2024, 'city', 1],
      [2024, 'district', 2],
      [2024, 'region', 2],
      [2025, 'region', 1],
    ]);
    const periods = await run('gh_nominations', ['period_type']);
    expect(periods.filter((r) => r.wave === 2024).map((r) => [r.by.period_type, r.estimate])).toEqual([
      ['month', 1],
      ['quarter', 1],
      ['year', 3],
    ]);
  });
});

describe('validateCatalogue and the privacy rule', () => {
  const good = CATALOGUE.find((e) => e.id === 'reports_filed')!;
  it('the shipped entries hold every data entry of the Atameken datasets to a rule: privacy for reports and participants', () => {
    const rules = CATALOGUE.filter((e) => e.dataset && /civic_control|generous_heart|initiatives/.test(e.dataset)).map(
      (e) => [e.id, e.smallBase.rule],
    );
    expect(rules.filter(([, r]) => r === 'privacy').map(([id]) => id)).toEqual([
      'reports_filed',
      'reports_filed_per_10k',
      'reports_solved_state',
      'reports_solved_citizens',
      'reports_done_pct',
      'reports_median_days',
      'gh_participants',
      'gh_participants_per_10k',
    ]);
  });
  it('names a privacy minimum that is not a whole number ≥ 1, and a privacy rule on a survey estimate or a composite', () => {
    const survey = CATALOGUE.find((e) => e.id === 'trust_ngo')!;
    const errors = validateCatalogue([
      { ...good, smallBase: { rule: 'privacy', min: 0 } },
      { ...survey, smallBase: { rule: 'privacy', min: 5 } },
      { ...good, id: 'km', formula: { kind: 'km_median', start: 'date_filed' } },
      { ...CATALOGUE.find((e) => e.id === 'csdi')!, smallBase: { rule: 'privacy', min: 5 } },
    ]);
    expect(errors.slice(0, 4)).toEqual([
      'catalogue[0].smallBase.min: a whole number ≥ 1',
      'catalogue[1].smallBase.rule: a survey estimate uses the survey rule',
      'catalogue[2].formula.end: must be a non-empty SQL expression',
      "catalogue[3].smallBase.rule: a composite takes its parts' rules, not the privacy rule",
    ]);
  });
});
