import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regionFeatures } from '../../../src/charts/geo';
import { indicatorById } from '../../../src/indicators/catalog';
import type { IndicatorRow } from '../../../src/indicators/run';
import { translator } from '../../../src/i18n/t';
import { regionsView } from '../../../src/ui/regions-view';
import { parseRegions } from '../../../src/data/reference';

const read = (f: string) => JSON.parse(readFileSync(new URL(`../../../data/${f}`, import.meta.url), 'utf8'));
const features = regionFeatures(read('reference/kz-regions.topo.json'));
const rows = read('demo/precomputed.json') as IndicatorRow[];
const regions = parseRegions(readFileSync(new URL('../../../data/reference/regions.csv', import.meta.url), 'utf8'));
const names = (lang: 'ru' | 'en') => Object.fromEntries(regions.map((r) => [r.code, r.name[lang]]));

describe('regionsView', () => {
  it('reads highest, lowest and national with its CI in the UI language', () => {
    const v = regionsView({ rows, spec: indicatorById('sci')!, wave: 2025, features, names: names('en'), t: translator('en'), lang: 'en' });
    const here = rows.filter((r) => r.indicator_id === 'sci' && r.wave === 2025 && r.region);
    const top = here.reduce((a, b) => (b.estimate! > a.estimate! ? b : a));
    const name = regions.find((r) => r.code === top.region)!.name.en;
    expect(v.reading.startsWith(`Highest in ${name} (${top.estimate!.toFixed(1)})`)).toBe(true);
    expect(v.reading).toMatch(/national \d+\.\d \(95% CI \d+\.\d–\d+\.\d\)\.$/);
    expect(v.base).toMatch(/n = 1,99\d/);
  });
  it('says "not measured" for awareness of centres in 2021 instead of showing zero', () => {
    const v = regionsView({ rows, spec: indicatorById('aware_centre')!, wave: 2021, features, names: names('ru'), t: translator('ru'), lang: 'ru' });
    expect(v.reading).toBe('Не измерялось в 2021: вопрос впервые задан в более поздней волне.');
    expect(v.ranking.marks.find((m) => m.type === 'dot')!.data).toHaveLength(0);
  });
  it('says which years a registry indicator has when the chosen wave has none', () => {
    const v = regionsView({ rows, spec: indicatorById('centres_per_100k')!, wave: 2021, features, names: names('en'), t: translator('en'), lang: 'en' });
    expect(v.reading).toBe('No data for 2021: this indicator has data for 2025.');
  });
  it('reads a registry indicator without a national figure and without intervals', () => {
    const v = regionsView({ rows, spec: indicatorById('centres_per_100k')!, wave: 2025, features, names: names('en'), t: translator('en'), lang: 'en' });
    expect(v.reading).toMatch(/^Highest in .+; no national figure \(No denominator\)\.$/);
    expect(v.base).toMatch(/^Base: the registry of resource centres, \d+ centres, data year 2025/);
  });
  it('lists regions without an estimate with the reason', () => {
    const suppressed = rows.map((r) => (r.region === 'KZ-62' ? { ...r, status: 'suppressed' as const, estimate: null } : r));
    const v = regionsView({ rows: suppressed, spec: indicatorById('sci')!, wave: 2023, features, names: names('en'), t: translator('en'), lang: 'en' });
    expect(v.missing).toBe('Without an estimate: Ulytau Region (Suppressed (n < 30)).');
  });
});
