import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/data/connector';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import { REGISTRY_INDICATORS } from '../../../src/indicators/defs/registry';
import { type RegistrySource, runRegistryIndicator } from '../../../src/indicators/registry';

let db: Connector;
const src: RegistrySource = {
  kind: 'registry', table: 'c', year: 2025,
  regions: [{ code: 'A', population: 200000 }, { code: 'B', population: null }],
  districts: [{ code: 'a1', region: 'A' }, { code: 'a2', region: 'A' }, { code: 'b1', region: 'B' }],
};
beforeAll(async () => {
  db = await openNodeDuckDB();
  await db.exec(`CREATE TABLE c AS SELECT * FROM (VALUES ('A', 'a1'), ('A', 'a1'), ('A', 'a1'), ('B', 'b1')) v(region, district)`);
});
afterAll(() => db.close());
const [perPop, districtShare] = REGISTRY_INDICATORS;

describe('runRegistryIndicator', () => {
  it('counts centres per 100,000 residents; a region without a population has no denominator, and so has the nation', async () => {
    const rows = await runRegistryIndicator(db, perPop, ['region', 'wave'], src);
    expect(rows.map((r) => [r.region, r.estimate, r.n, r.status])).toEqual([
      [null, null, 4, 'no_denominator'], ['A', 1.5, 3, 'ok'], ['B', null, 1, 'no_denominator'],
    ]);
    expect(rows[1]).toMatchObject({ wave: 2025, se: null, ci_low: null, ci_high: null, unit: 'per_100k' });
  });
  it('gives the share of districts with at least one centre, nationally and by region', async () => {
    const rows = await runRegistryIndicator(db, districtShare, ['region'], src);
    expect(rows.map((r) => [r.region, r.estimate, r.n])).toEqual([[null, (2 / 3) * 100, 2], ['A', 50, 1], ['B', 100, 1]]);
  });
  it('without region only the national row, and an unsupported breakdown is named', async () => {
    const rows = await runRegistryIndicator(db, districtShare, ['sex'], src);
    expect(rows).toHaveLength(1);
    expect(rows[0].dropped_by).toEqual(['sex']);
  });
});
