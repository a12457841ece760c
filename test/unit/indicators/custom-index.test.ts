import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/core/sql';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import {
  type CustomIndex,
  customEntry,
  customIndexExpr,
  itemBounds,
  validateCustomIndex,
} from '../../../src/indicators/custom-index';
import type { Sources } from '../../../src/indicators/prepare';
import { runIndicators } from '../../../src/indicators/run';

const def: CustomIndex = {
  id: 'custom_civic',
  name: 'Civic',
  dataset: 's',
  minValid: 0.5,
  items: [
    { variable: 'a', reverse: false, min: 1, max: 5, weight: 1 }, // 1–5 → 0, 25, …, 100
    { variable: 'b', reverse: true, min: 0, max: 10, weight: 3 }, // 0–10 reversed → 100 … 0
  ],
};
let db: Connector;
beforeAll(async () => {
  db = await openNodeDuckDB();
  // (a, b): both valid; a missing (98); b missing (NULL) but a carries only 1/4 of the weight; both missing.
  await db.exec(
    `CREATE TABLE s AS SELECT * FROM (VALUES (1, 'R', 2025, 5, 2), (2, 'R', 2025, 98, 10), ` +
      `(3, 'R', 2025, 3, NULL), (4, 'R', 2025, NULL, NULL)) v(id, region, wave, a, b)`,
  );
});
afterAll(() => db.close());

describe('a user-built index', () => {
  it('rescales items on their bounds, reverses, weights, and applies the missing rule', async () => {
    const rows = await db.query<{ v: number | null }>(`SELECT ${customIndexExpr(def)} AS v FROM s ORDER BY id`);
    // Row 1: (100·1 + 80·3)/4 = 85. Row 2: a out of bounds, b = 10 → 0, with 3/4 of the weight valid.
    // Row 3: only a valid (1/4 < 1/2): missing. Row 4: nothing valid.
    expect(rows.map((r) => r.v)).toEqual([85, 0, null, null]);
  });
  it('is a catalogue entry estimated like any other (design-based mean by region)', async () => {
    const sources: Sources = {
      datasets: {
        s: {
          id: 's',
          table: 's',
          kind: 'survey',
          design: { ids: null, strata: null, weights: null, fpc: null },
          columns: new Set(['a', 'b', 'region', 'wave']),
          askedWaves: {},
          waves: [2025],
        },
      },
      ref: { regions: [{ code: 'R', population: null }], districts: [] },
      rules: { minN: 1, minNeff: 1, maxRse: 10 },
    };
    const rows = await runIndicators(db, sources, ['region', 'wave'], undefined, [customEntry(def)]);
    expect(rows.map((r) => [r.region, r.estimate, r.n])).toEqual([
      [null, 42.5, 2],
      ['R', 42.5, 2],
    ]);
  });
  it('takes default bounds from the codebook’s labelled codes, leaving out user-missing ones', () => {
    const v = {
      name: 'q',
      label: { ru: '', kk: '', en: '' },
      level: 'ordinal' as const,
      user_missing: [98, 99],
      values: Object.fromEntries(['1', '2', '3', '4', '98', '99'].map((k) => [k, { ru: k, kk: k, en: k }])),
    };
    expect(itemBounds(v)).toEqual({ min: 1, max: 4 });
    expect(itemBounds({ ...v, values: {} })).toBeNull();
  });
  it('reports what is wrong with a definition, with paths', () => {
    const bad = {
      ...def,
      id: 'x',
      name: ' ',
      minValid: 0,
      items: [{ ...def.items[0], variable: 'zz', min: 5, max: 5, weight: -1 }],
    };
    expect(validateCustomIndex(bad, ['a', 'b'])).toEqual([
      'id: custom_ then lower-case letters, digits and _',
      'name: missing',
      'items: at least two',
      'items[0].variable: unknown column "zz"',
      'items[0]: max must be above min',
      'items[0].weight: must be ≥ 0',
      'items: some weight must be above 0',
      'minValid: a share above 0 and at most 1',
    ]);
    expect(validateCustomIndex(def, ['a', 'b'])).toEqual([]);
  });
});
