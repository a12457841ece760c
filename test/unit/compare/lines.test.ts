import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeLines, changedColumns } from '../../../src/compare/change';
import { perCapita, populations, regionLines, waveRows } from '../../../src/compare/rows';
import { profileLines } from '../../../src/compare/profile';
import { sortLines } from '../../../src/compare/sort';
import { parseRegions } from '../../../src/data/reference';
import { entryById } from '../../../src/indicators/catalogue';
import type { IndicatorRow } from '../../../src/indicators/rows';
import { criticalValue } from '../../../src/stats/ci';

const text = (f: string) => readFileSync(join(process.cwd(), 'data', f), 'utf8');
const regions = parseRegions(text('reference/regions.csv'));
const rows = JSON.parse(text('demo/precomputed.json')) as IndicatorRow[];
const names = Object.fromEntries(regions.map((r) => [r.code, r.name.en]));

describe('region lines: the numbers every view shows', () => {
  const { regional, national } = waveRows(rows, 'trust_ngo', 2025, null);
  const lines = regionLines(regional, national, names, null);
  it('one line per region, ranked, each rank inside its interval', () => {
    expect(lines).toHaveLength(20);
    const ranked = lines.filter((l) => l.rank !== null);
    expect(ranked.map((l) => l.rank)).toEqual(ranked.map((_, i) => i + 1));
    for (const l of ranked) expect(l.rank_low! <= l.rank! && l.rank! <= l.rank_high!).toBe(true);
    expect(ranked.map((l) => l.estimate)).toEqual([...ranked.map((l) => l.estimate)].sort((a, b) => b! - a!));
  });
  it('regions whose CI lies wholly off the national value are marked as differing', () => {
    const nat = national.find((r) => r.status === 'ok')!;
    for (const l of lines.filter((x) => x.ci_low !== null)) {
      if (l.ci_low! > nat.ci_high!) expect(l.vs_national).toBe('above');
      if (l.ci_high! < nat.ci_low!) expect(l.vs_national).toBe('below');
    }
    expect(lines.some((l) => l.vs_national === 'same')).toBe(true);
  });
  it('a suppressed region keeps its line without a value or rank', () => {
    const sup = regional.map((r) =>
      r.region === 'KZ-75' ? { ...r, status: 'suppressed' as const, estimate: null, ci_low: null, ci_high: null } : r,
    );
    const l = regionLines(sup, national, names, null).find((x) => x.code === 'KZ-75')!;
    expect([l.estimate, l.rank, l.vs_national]).toEqual([null, null, null]);
  });
  it('sorts by any column, missing values last', () => {
    const byName = sortLines(lines, 'name', false).map((l) => l.name);
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b)));
    expect(sortLines(lines, 'estimate', true)[0].estimate).toBe(Math.max(...lines.map((l) => l.estimate ?? -1)));
  });
});
describe('per head of population', () => {
  const row = { ...rows[0], estimate: 12, ci_low: null, ci_high: null, se: null, status: 'ok' as const };
  it('divides a count by the population and scales', () => {
    expect(perCapita(row, '100k', 600_000).estimate).toBeCloseTo(2, 12);
    expect(perCapita(row, '10k', 600_000).estimate).toBeCloseTo(0.2, 12);
    expect(perCapita(row, 'none', 600_000)).toBe(row);
  });
  it('a region without an official population has no value (never a guessed one)', () => {
    expect(perCapita(row, '100k', null)).toMatchObject({ estimate: null, status: 'no_denominator' });
    expect(populations(regions).national).toBeNull(); // Akmola and Jetisu have no published population
  });
});
describe('change between waves', () => {
  const lines = changeLines(rows, 'trust_ngo', 2025, 2023, names, 'National');
  it('national first, then regions by change; CI of the difference from both waves’ SEs, t on Welch’s df', () => {
    expect(lines[0].code).toBeNull();
    expect(lines).toHaveLength(21);
    const at = (w: number, c: string | null) =>
      rows.find((r) => r.indicator_id === 'trust_ngo' && r.wave === w && r.region === c && !Object.keys(r.by).length)!;
    const [a, b] = [at(2025, 'KZ-75'), at(2023, 'KZ-75')];
    const l = lines.find((x) => x.code === 'KZ-75')!;
    const [va, vb] = [a.se! ** 2, b.se! ** 2];
    expect(l.difference).toBeCloseTo(a.estimate! - b.estimate!, 10);
    expect(l.df).toBeCloseTo((va + vb) ** 2 / (va ** 2 / a.df! + vb ** 2 / b.df!), 10);
    expect(l.ci_high! - l.difference!).toBeCloseTo(criticalValue(0.95, l.df!) * Math.hypot(a.se!, b.se!), 8);
    expect(l.significant).toBe(Math.abs(l.difference!) > l.ci_high! - l.difference!);
  });
  it('exact figures (no SE) have no interval and differ whenever unequal', () => {
    const exact = rows.map((r) => (r.indicator_id === 'trust_ngo' ? { ...r, se: null, df: null } : r));
    const l = changeLines(exact, 'trust_ngo', 2025, 2023, names, 'National')[0];
    expect(l).toMatchObject({ ci_low: null, ci_high: null, df: null, significant: l.difference !== 0 });
  });
  it('a value suppressed in either wave gives no change', () => {
    const own = rows.map((r) =>
      r.indicator_id === 'trust_ngo' && r.wave === 2023 && r.region === 'KZ-75'
        ? { ...r, status: 'suppressed' as const, estimate: null }
        : r,
    );
    const l = changeLines(own, 'trust_ngo', 2025, 2023, names, 'National').find((x) => x.code === 'KZ-75')!;
    expect(l).toMatchObject({ difference: null, look: 'suppressed', direction: null });
  });
  it('comparability: the columns whose wording changed', () => {
    expect(
      changedColumns(['conf_ngo', 'trust_gen'], [{ name: 'conf_ngo', changed: true }, { name: 'trust_gen' }]),
    ).toEqual(['conf_ngo']);
  });
});
describe('region profile', () => {
  it('every headline indicator with a value for the region, its rank interval and trend', () => {
    const entries = ['sci', 'trust_ngo', 'aware_centre'].map((id) => entryById(id)!);
    const lines = profileLines(entries, rows, 'KZ-75', names);
    expect(lines.map((p) => p.entry.id)).toEqual(['sci', 'trust_ngo', 'aware_centre']);
    for (const p of lines) {
      expect(p.wave).toBe(2025);
      expect(p.line.code).toBe('KZ-75');
      expect(p.trend.length).toBeGreaterThanOrEqual(2);
      expect(p.national?.region).toBeNull();
    }
  });
});
describe('source of the figures', () => {
  it('an imported dataset in the entry’s role is named and not called synthetic; otherwise the demo is', async () => {
    const { sourceOf } = await import('../../../src/compare/source');
    expect(sourceOf([{ title: 'Survey 2026.sav', role: 'population' }], 'population', 'Demo')).toEqual({
      source: 'Survey 2026.sav',
      synthetic: false,
    });
    expect(sourceOf([{ title: 'Survey 2026.sav', role: 'population' }], 'centres', 'Demo')).toEqual({
      source: 'Demo',
      synthetic: true,
    });
    expect(sourceOf([], null, 'Demo')).toEqual({ source: 'Demo', synthetic: true });
  });
});
