import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/core/sql';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import type { Entry, Formula } from '../../../src/indicators/catalogue/types';
import type { Sources } from '../../../src/indicators/prepare';
import { runIndicators } from '../../../src/indicators/run';

const text = { ru: 'x', kk: 'x', en: 'x' };
const entry = (id: string, unit: Entry['unit'], formula: Formula): Entry => ({
  id,
  task: 'I1',
  name: text,
  definition: text,
  direction: 'higher',
  source: 'registry',
  dataset: 'c',
  columns: [],
  unit,
  formula,
  breakdowns: ['region', 'wave', 'level'],
  smallBase: { rule: 'census' },
});
let db: Connector;
let sources: Sources;
beforeAll(async () => {
  db = await openNodeDuckDB();
  // Four centres in 2025: three in region A (district a1), one in B (b1); area and a 0/1 field.
  await db.exec(`CREATE TABLE c AS SELECT * FROM (VALUES
    ('A', 'a1', 'district', 2025, 40, 1), ('A', 'a1', 'rural', 2025, 20, 0), ('A', 'a1', 'rural', 2025, 10, NULL),
    ('B', 'b1', 'regional', 2025, 120, 1)) v(region, district, level, wave, area, flag)`);
  sources = {
    datasets: {
      c: {
        id: 'c',
        table: 'c',
        kind: 'census',
        design: { ids: null, strata: null, weights: null, fpc: null },
        columns: new Set(),
        askedWaves: {},
        waves: [2025],
      },
    },
    ref: {
      regions: [
        { code: 'A', population: 200000 },
        { code: 'B', population: null },
      ],
      districts: [
        { code: 'a1', region: 'A' },
        { code: 'a2', region: 'A' },
        { code: 'b1', region: 'B' },
      ],
    },
  };
});
afterAll(() => db.close());
const run = (e: Entry, by: string[]) => runIndicators(db, sources, by, undefined, [e]);
const cells = (rows: Awaited<ReturnType<typeof run>>) => rows.map((r) => [r.region, r.estimate, r.n, r.status]);

describe('census entries', () => {
  it('count rows per 100,000 residents; a region without a population has no denominator, and so has the nation', async () => {
    const rows = await run(entry('per100k', 'per_100k', { kind: 'rate', per: 100000 }), ['region', 'wave']);
    expect(cells(rows)).toEqual([
      [null, null, 4, 'no_denominator'],
      ['A', 1.5, 3, 'ok'],
      ['B', null, 1, 'no_denominator'],
    ]);
    expect(rows[1]).toMatchObject({ wave: 2025, se: null, ci_low: null, ci_high: null, unit: 'per_100k' });
  });
  it('give the share of reference districts with at least one row, nationally and by region', async () => {
    const rows = await run(entry('dshare', 'percent', { kind: 'district_share' }), ['region']);
    expect(cells(rows)).toEqual([
      [null, (2 / 3) * 100, 2, 'ok'],
      ['A', 50, 1, 'ok'],
      ['B', 100, 1, 'ok'],
    ]);
  });
  it('count, sum, share of rows, mean and ratio of sums, with a region of no rows as 0 or no data', async () => {
    const region = async (e: Entry) => cells(await run(e, ['region']));
    expect(await region(entry('n', 'count', { kind: 'count', where: "level = 'rural'" }))).toEqual([
      [null, 2, 2, 'ok'],
      ['A', 2, 2, 'ok'],
      ['B', 0, 0, 'ok'],
    ]);
    expect(await region(entry('area', 'count', { kind: 'sum', value: 'area' }))).toEqual([
      [null, 190, 4, 'ok'],
      ['A', 70, 3, 'ok'],
      ['B', 120, 1, 'ok'],
    ]);
    expect(await region(entry('big', 'percent', { kind: 'row_share', yes: 'area >= 30' }))).toEqual([
      [null, 50, 4, 'ok'],
      ['A', (1 / 3) * 100, 3, 'ok'],
      ['B', 100, 1, 'ok'],
    ]);
    expect(
      await region(entry('flag', 'percent', { kind: 'row_share', yes: 'flag = 1', valid: 'flag IN (0, 1)' })),
    ).toEqual([
      [null, (2 / 3) * 100, 3, 'ok'],
      ['A', 50, 2, 'ok'],
      ['B', 100, 1, 'ok'],
    ]);
    expect(await region(entry('mean', 'count', { kind: 'row_mean', value: 'area' }))).toEqual([
      [null, 47.5, 4, 'ok'],
      ['A', 70 / 3, 3, 'ok'],
      ['B', 120, 1, 'ok'],
    ]);
    expect(await region(entry('ratio', 'percent', { kind: 'ratio_of_sums', num: 'flag * area', den: 'area' }))).toEqual(
      [
        [null, (160 / 190) * 100, 4, 'ok'],
        ['A', (40 / 70) * 100, 3, 'ok'],
        ['B', 100, 1, 'ok'],
      ],
    );
  });
  it('never flag exact figures, even on one unit, and name the breakdowns they drop', async () => {
    const rows = await run(entry('n', 'count', { kind: 'count' }), ['region', 'sex']);
    expect(rows.map((r) => [r.region, r.wave, r.n, r.flags])).toEqual([
      [null, 2025, 4, []],
      ['A', 2025, 3, []],
      ['B', 2025, 1, []],
    ]);
    expect(rows[0].dropped_by).toEqual(['sex']);
  });
  it('break down by other columns, national and by region, with every region listed', async () => {
    const rows = await run(entry('n', 'count', { kind: 'count' }), ['region', 'level']);
    expect(rows.filter((r) => r.region === null).map((r) => [r.by.level, r.estimate])).toEqual([
      ['district', 1],
      ['regional', 1],
      ['rural', 2],
    ]);
    expect(rows.filter((r) => r.region === 'B').map((r) => [r.by.level, r.estimate])).toEqual([
      ['district', 0],
      ['regional', 1],
      ['rural', 0],
    ]);
  });
  it('a district population share has no denominator without district populations', async () => {
    const rows = await run(entry('pop', 'percent', { kind: 'district_population_share' }), ['region']);
    expect(rows.map((r) => r.status)).toEqual(['no_denominator', 'no_denominator', 'no_denominator']);
  });
  it('a composite of census entries is computed from their region rows, whatever other breakdown is asked', async () => {
    const n = entry('n', 'count', { kind: 'count' });
    const big = entry('big', 'percent', { kind: 'row_share', yes: 'area >= 30' });
    const idx: Entry = {
      ...entry('idx', 'index_0_100', {
        kind: 'composite',
        of: [
          { id: 'n', weight: 1, min: 0, max: 4 },
          { id: 'big', weight: 1, min: 0, max: 100 },
        ],
      }),
      breakdowns: ['region', 'wave'],
      smallBase: { rule: 'composite' },
    };
    const rows = await runIndicators(db, sources, ['region', 'level'], ['idx'], [n, big, idx]);
    // A: n = 3 → 75, big = 33.3 → mean 54.2; B: n = 1 → 25, big = 100 → 62.5. Only idx is shown; level is dropped.
    const r9 = (x: number | null) => (x === null ? null : Math.round(x * 1e9) / 1e9);
    expect(rows.map((r) => [r.indicator_id, r.region, r.wave, r9(r.estimate), r.dropped_by])).toEqual([
      ['idx', null, 2025, r9((100 + 50) / 2), ['level']],
      ['idx', 'A', 2025, r9((75 + 100 / 3) / 2), ['level']],
      ['idx', 'B', 2025, r9((25 + 100) / 2), ['level']],
    ]);
  });
});
