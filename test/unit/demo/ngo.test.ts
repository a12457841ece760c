import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { NATIONAL_TOTALS, apportion } from '../../../scripts/demo/ngo';

const rows = Papa.parse<Record<string, string>>(
  readFileSync(new URL('../../../data/demo/ngo-stats.csv', import.meta.url), 'utf8'),
  { header: true, skipEmptyLines: true },
).data;
const sum = (measure: string, year: string) =>
  rows.filter((r) => r.year === year).reduce((a, r) => a + Number(r[measure]), 0);

describe('apportion', () => {
  it('splits a total exactly in proportion (largest remainder)', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [0, 2, 5])).toEqual([0, 2, 5]);
    expect(apportion(100, [1, 2, 3, 4]).reduce((a, b) => a + b, 0)).toBe(100);
  });
});

describe('demo NGO statistics', () => {
  it('national totals follow the Ministry register series; April 2023 is the published 23,335 registered and 18,204 active', () => {
    expect(NATIONAL_TOTALS[2023]).toEqual({ registered: 23335, active: 18204 });
    for (const [year, t] of Object.entries(NATIONAL_TOTALS)) {
      expect(sum('registered', year), year).toBe(t.registered);
      expect(sum('active', year), year).toBe(t.active);
    }
  });
  it('covers today’s 20 regions × 4 legal forms × 9 fields in every year 2019–2025; no cell has more active than registered NGOs', () => {
    expect(rows).toHaveLength(7 * 20 * 4 * 9);
    for (const year of ['2019', '2025'])
      expect(new Set(rows.filter((r) => r.year === year).map((r) => r.region)).size).toBe(20);
    for (const r of rows) expect(Number(r.active)).toBeLessThanOrEqual(Number(r.registered));
  });
});
