import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { NATIONAL_TOTALS, apportion } from '../../../scripts/demo/ngo';

const rows = Papa.parse<Record<string, string>>(
  readFileSync(new URL('../../../data/demo/ngo-stats.csv', import.meta.url), 'utf8'), { header: true, skipEmptyLines: true },
).data;
const sum = (measure: string, year: string, f: (r: Record<string, string>) => boolean = () => true) =>
  rows.filter((r) => r.measure === measure && r.year === year && f(r)).reduce((a, r) => a + Number(r.value), 0);

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
  it('covers today’s 20 regions in every year 2019–2025, and no cell has more active than registered NGOs', () => {
    for (const year of ['2019', '2025']) expect(new Set(rows.filter((r) => r.year === year).map((r) => r.region)).size).toBe(20);
    const reg = new Map(rows.filter((r) => r.measure === 'registered').map((r) => [`${r.region}|${r.year}|${r.legal_form}|${r.activity}`, Number(r.value)]));
    for (const r of rows.filter((x) => x.measure === 'active')) {
      expect(Number(r.value)).toBeLessThanOrEqual(reg.get(`${r.region}|${r.year}|${r.legal_form}|${r.activity}`)!);
    }
  });
});
