import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/core/sql';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import type { IndicatorRow } from '../../../src/indicators/rows';
import { openNativeDuckDB } from '../../../src/data/duckdb-native';
import { computeCatalogueRows, scaleUp } from '../../bench/catalogue-work';

const read = (f: string) => readFileSync(resolve(f), 'utf8');
const inputs = () => ({
  study: JSON.parse(read('data/demo/study.json')),
  codebook: JSON.parse(read('data/demo/population-codebook.json')),
  regionsCsv: read('data/reference/regions.csv'),
});
let wasm: Connector;
let native: Connector;
beforeAll(async () => {
  [wasm, native] = await Promise.all([openNodeDuckDB(), openNativeDuckDB({ threads: 1 })]);
});
afterAll(async () => {
  await wasm.close();
  await native.close();
});

/** The bench's workload at one copy of the demo, so the two engines can be compared number by number. */
async function run(db: Connector, file: string): Promise<IndicatorRow[]> {
  await scaleUp(db, file, 1);
  return computeCatalogueRows(db, inputs());
}

describe('the catalogue SQL on both engines', () => {
  it('DuckDB-wasm and native DuckDB (the benchmark’s baseline) give the same estimates', async () => {
    await wasm.registerText('population.csv', read('data/demo/population-survey.csv'));
    const a = await run(wasm, 'population.csv');
    const b = await run(native, resolve('data/demo/population-survey.csv'));
    expect(b).toHaveLength(a.length);
    a.forEach((x, i) => {
      expect(b[i]).toMatchObject({
        indicator_id: x.indicator_id,
        region: x.region,
        wave: x.wave,
        status: x.status,
        n: x.n,
      });
      for (const k of ['estimate', 'se', 'ci_low', 'ci_high'] as const) {
        if (x[k] === null) expect(b[i][k]).toBeNull();
        else expect(b[i][k]).toBeCloseTo(x[k]!, 8);
      }
    });
  }, 120_000);
});
