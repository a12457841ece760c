import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/data/connector';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import { type SurveySource, runIndicator, toEstimateSpec } from '../../../src/indicators/run';
import { DEFAULT_RULES, judgeBase } from '../../../src/indicators/status';
import type { IndicatorSpec } from '../../../src/indicators/spec';

const spec: IndicatorSpec = {
  id: 'yes_share', task: 'P1', dataset: 'x', unit: 'percent', estimator: 'proportion', value: 'q = 1', valid: 'q IN (0, 1)',
  variables: ['q'], dimensions: ['region', 'wave'],
};
let db: Connector;
let src: SurveySource;
beforeAll(async () => {
  db = await openNodeDuckDB();
  // Region A: 40 answers per wave (half yes); region B: 10 answers (too few). q asked in wave 2 only.
  await db.exec(`CREATE TABLE s AS SELECT i AS id, CASE WHEN i % 5 = 0 THEN 'B' ELSE 'A' END AS region,
    CASE WHEN i <= 50 THEN 1 ELSE 2 END AS wave, CASE WHEN i > 50 THEN i % 2 END AS q, 1.0 AS w
    FROM range(1, 101) t(i)`);
  src = { table: 's', design: { ids: null, strata: null, weights: 'w', fpc: null }, askedWaves: { q: [2] }, waves: [1, 2], regions: ['A', 'B', 'C'] };
});
afterAll(() => db.close());

describe('runIndicator', () => {
  it('gives national rows, then one row per known region × wave with status and percent units', async () => {
    const rows = await runIndicator(db, spec, ['region', 'wave', 'sex'], src);
    const pick = (region: string | null, wave: number) => rows.find((r) => r.region === region && r.wave === wave)!;
    expect(rows).toHaveLength(2 + 3 * 2);
    expect(pick(null, 1)).toMatchObject({ status: 'not_measured', estimate: null });
    expect(pick(null, 2)).toMatchObject({ status: 'ok', estimate: 50, n: 50, dropped_by: ['sex'] });
    expect(pick('A', 2)).toMatchObject({ status: 'ok', n: 40 });
    expect(pick('B', 2)).toMatchObject({ status: 'suppressed', n: 10, estimate: null, ci_low: null });
    expect(pick('C', 2)).toMatchObject({ status: 'no_data', n: 0 });
  });
  it('a proportion is the mean of a 0/1 that is NULL outside its base', () => {
    expect(toEstimateSpec(spec, ['region']).y).toBe('CASE WHEN q IN (0, 1) THEN (q = 1)::INT END');
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
