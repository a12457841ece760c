import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/core/sql';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import type { Entry } from '../../../src/indicators/catalogue/types';
import type { Prepared, Sources } from '../../../src/indicators/prepare';
import { runIndicators } from '../../../src/indicators/run';
import { compileSurveyEntry, toEstimateSpec } from '../../../src/indicators/survey';
import { DEFAULT_RULES, judgeBase } from '../../../src/indicators/status';
import { criticalValue } from '../../../src/stats/ci';

const text = { ru: 'x', kk: 'x', en: 'x' };
const base = {
  task: 'P1',
  name: text,
  definition: text,
  direction: 'higher',
  source: 'population_survey',
  dataset: 's',
  smallBase: { rule: 'survey' },
} as const;
const share: Entry = {
  ...base,
  id: 'yes_share',
  unit: 'percent',
  columns: ['q'],
  formula: { kind: 'survey_share', yes: 'q = 1', valid: 'q IN (0, 1)' },
  breakdowns: ['region', 'wave'],
};
let db: Connector;
let sources: Sources;
beforeAll(async () => {
  db = await openNodeDuckDB();
  // Region A: 40 answers per wave (half yes); region B: 10 answers (too few). q asked in wave 2 only.
  await db.exec(`CREATE TABLE s AS SELECT i AS id, CASE WHEN i % 5 = 0 THEN 'B' ELSE 'A' END AS region,
    CASE WHEN i <= 50 THEN 1 ELSE 2 END AS wave, CASE WHEN i > 50 THEN i % 2 END AS q, 1.0 AS w
    FROM range(1, 101) t(i)`);
  const s: Prepared = {
    id: 's',
    table: 's',
    kind: 'survey',
    design: { ids: null, strata: null, weights: 'w', fpc: null },
    columns: new Set(['id', 'region', 'wave', 'q', 'w']),
    askedWaves: { q: [2] },
    waves: [1, 2],
  };
  sources = {
    datasets: { s },
    ref: { regions: ['A', 'B', 'C'].map((code) => ({ code, population: null })), districts: [] },
  };
});
afterAll(() => db.close());

describe('survey entries', () => {
  it('give national rows, then one row per known region × wave with status and percent units', async () => {
    const rows = await runIndicators(db, sources, ['region', 'wave', 'sex'], undefined, [share]);
    const pick = (region: string | null, wave: number) => rows.find((r) => r.region === region && r.wave === wave)!;
    expect(rows).toHaveLength(2 + 3 * 2);
    expect(pick(null, 1)).toMatchObject({ status: 'not_measured', estimate: null });
    expect(pick(null, 2)).toMatchObject({ status: 'ok', estimate: 50, n: 50, dropped_by: ['sex'] });
    expect(pick('A', 2)).toMatchObject({ status: 'ok', n: 40 });
    expect(pick('B', 2)).toMatchObject({ status: 'suppressed', n: 10, estimate: null, ci_low: null });
    expect(pick('C', 2)).toMatchObject({ status: 'no_data', n: 0 });
  });
  it('a share is the mean of a 0/1 that is NULL outside its base, compiled by the stats compiler', () => {
    expect(toEstimateSpec(share, ['region']).y).toBe('CASE WHEN q IN (0, 1) THEN (q = 1)::INT END');
    expect(compileSurveyEntry(share, ['region'], sources.datasets.s)).toContain('"region" AS _g0');
  });
  it('an entry whose dataset is not loaded, or lacks a column, is one national no_data row', async () => {
    const other = { ...share, id: 'other', dataset: 'nope' };
    const lacking = { ...share, id: 'lacking', columns: ['q', 'q2'] };
    const rows = await runIndicators(db, sources, ['region'], undefined, [other, lacking]);
    expect(rows.map((r) => [r.indicator_id, r.region, r.status])).toEqual([
      ['other', null, 'no_data'],
      ['lacking', null, 'no_data'],
    ]);
  });
});

describe('composite entries', () => {
  it('get the SE of their survey components on the design; rows without a region stay out of the regions', async () => {
    // Region A: 40 answers in wave 2; 20 more answers carry no region (national only).
    await db.exec(`CREATE TABLE s2 AS SELECT * FROM s UNION ALL
      SELECT 100 + i, NULL, 2, i % 3 = 0, 1.0 FROM range(1, 21) t(i)`);
    const src = { ...sources.datasets.s, id: 's2', table: 's2' };
    const both = { ...share, id: 'also_share', dataset: 's2' };
    const mine = { ...share, dataset: 's2' };
    const composite: Entry = {
      ...share,
      id: 'idx',
      unit: 'index_0_100',
      dataset: null,
      columns: [],
      smallBase: { rule: 'composite' },
      formula: {
        kind: 'composite',
        of: [
          { id: 'yes_share', weight: 1, min: 0, max: 100 },
          { id: 'also_share', weight: 1, min: 0, max: 100 },
        ],
      },
    };
    const at = { ...sources, datasets: { s2: src } };
    const rows = await runIndicators(db, at, ['region', 'wave'], undefined, [mine, both, composite]);
    const pick = (id: string, region: string | null) =>
      rows.find((r) => r.indicator_id === id && r.region === region && r.wave === 2)!;
    // Two copies of one share: the index is that share, with its SE; a t interval on the design df.
    for (const region of [null, 'A']) {
      expect(pick('idx', region).estimate).toBeCloseTo(pick('yes_share', region).estimate!, 12);
      expect(pick('idx', region).se).toBeCloseTo(pick('yes_share', region).se!, 12);
      const { se, ci_low, ci_high } = pick('idx', region);
      expect((ci_high! - ci_low!) / 2 / se!).toBeCloseTo(criticalValue(0.95, region ? 39 : 69), 12);
      expect(pick('idx', region).n).toBe(pick('yes_share', region).n);
    }
    expect(pick('idx', null).n).toBe(70);
  });
});

describe('judgeBase', () => {
  it('suppresses n < 30, flags n_eff < 50 and RSE ≥ 30%', () => {
    expect(judgeBase({ estimate: 0.5, se: 0.1, n: 29, n_eff: 29 })).toEqual({ status: 'suppressed', flags: [] });
    expect(judgeBase({ estimate: 0.5, se: 0.1, n: 30, n_eff: 49 })).toEqual({ status: 'ok', flags: ['small_base'] });
    expect(judgeBase({ estimate: 0.1, se: 0.03, n: 100, n_eff: 80 })).toEqual({ status: 'ok', flags: ['high_rse'] });
    expect(judgeBase({ estimate: null, se: null, n: 0, n_eff: null })).toEqual({ status: 'no_data', flags: [] });
    expect(DEFAULT_RULES).toEqual({ minN: 30, minNeff: 50, maxRse: 0.3 });
  });
});
