import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

const read = (f: string) => readFileSync(new URL(`../../../data/${f}`, import.meta.url), 'utf8');
const csv = (f: string) => Papa.parse<Record<string, string>>(read(f), { header: true, skipEmptyLines: true }).data;
const frame = csv('demo/district-frame.csv');
const reference = csv('reference/districts.csv');
const regions = JSON.parse(read('demo/truth.json')).frame as Array<{
  code: string;
  population: number;
  adults: number;
  urbanShare: number;
}>;
const districtTruth = JSON.parse(read('demo/district-truth.json'));
const study = JSON.parse(read('demo/study.json'));

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const inRegion = (code: string) => frame.filter((d) => d.region === code);
const mean = (xs: number[]) => sum(xs) / xs.length;
const sd = (xs: number[]) => Math.sqrt(sum(xs.map((x) => (x - mean(xs)) ** 2)) / (xs.length - 1));

describe('the demo district frame (synthetic)', () => {
  it('has one row for each of the 224 reference districts, in its region', () => {
    expect(frame.map((d) => `${d.district} ${d.region}`)).toEqual(reference.map((d) => `${d.code} ${d.region}`));
    expect(frame).toHaveLength(224);
  });
  it("splits each region's population and adults exactly, and keeps its urban share", () => {
    for (const r of regions) {
      const ds = inRegion(r.code);
      expect(sum(ds.map((d) => Number(d.population))), r.code).toBe(r.population);
      expect(sum(ds.map((d) => Number(d.adults))), r.code).toBe(r.adults);
      const urban = sum(ds.map((d) => Number(d.population) * Number(d.urban_share))) / r.population;
      expect(Math.abs(urban - r.urbanShare), r.code).toBeLessThan(0.002);
    }
  });
  it('gives the cities of regional significance, as many as the reference counts, an urban share of 1', () => {
    for (const r of csv('reference/regions.csv').filter((r) => r.kind === 'oblast')) {
      const cities = inRegion(r.code).filter((d) => d.urban_share === '1');
      expect(cities.length, r.code).toBe(Number(r.n_cities_regional_significance));
    }
  });
  it("splits each region's active NGOs of 2025 (ngo_stats); density is per 10,000 residents", () => {
    const active = new Map<string, number>();
    for (const row of csv('demo/ngo-stats.csv').filter((r) => r.year === '2025'))
      active.set(row.region, (active.get(row.region) ?? 0) + Number(row.active));
    for (const r of regions)
      expect(sum(inRegion(r.code).map((d) => Number(d.ngo_count))), r.code).toBe(active.get(r.code));
    for (const d of frame)
      expect(Number(d.ngo_per_10k)).toBeCloseTo((Number(d.ngo_count) * 1e4) / Number(d.population), 2);
  });
  it('is a registry dataset of the demo study, with a codebook in ru, kk and en', () => {
    const ds = study.datasets.find((d: { id: string }) => d.id === 'district_frame');
    expect(ds).toMatchObject({
      kind: 'registry',
      file: 'district-frame.csv',
      codebook: 'district-frame-codebook.json',
    });
    expect(ds.title.en).toContain('synthetic');
    const codebook = JSON.parse(read('demo/district-frame-codebook.json'));
    expect(codebook.map((v: { name: string }) => v.name)).toEqual(Object.keys(frame[0]));
    for (const v of codebook) for (const l of ['ru', 'kk', 'en']) expect(v.label[l], `${v.name}.${l}`).toBeTruthy();
  });
});

describe('the demo district truth', () => {
  const aware = frame.map((d) => districtTruth.truth.aware_centre[`${d.district}|2025`] as number);
  const withCentre = new Set(csv('demo/centres.csv').map((c) => c.district));
  const hasCentre = frame.map((d) => Number(withCentre.has(d.district)));

  it('has every population-survey indicator of truth.json for every district × wave', () => {
    const regionTruth = JSON.parse(read('demo/truth.json')).truth;
    expect(Object.keys(districtTruth.truth)).toEqual(Object.keys(regionTruth));
    for (const cells of Object.values(districtTruth.truth)) expect(Object.keys(cells as object)).toHaveLength(224 * 3);
  });
  it('aware_centre in 2025 varies across districts (SD over 3 points) and is higher where a centre is', () => {
    expect(sd(aware)).toBeGreaterThan(3);
    const r =
      sum(aware.map((a, i) => (a - mean(aware)) * (hasCentre[i] - mean(hasCentre)))) /
      ((aware.length - 1) * sd(aware) * sd(hasCentre));
    expect(r).toBeGreaterThan(0.2);
  });
});
