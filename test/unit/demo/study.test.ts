import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { validateStudy } from '../../../src/cli/study-folder';

const read = (f: string) => readFileSync(new URL(`../../../data/${f}`, import.meta.url), 'utf8');
const study = JSON.parse(read('demo/study.json'));
const rows = Papa.parse<Record<string, string>>(read('demo/population-survey.csv'), {
  header: true,
  skipEmptyLines: true,
}).data;
const regions = Papa.parse<Record<string, string>>(read('reference/regions.csv'), { header: true }).data.filter(
  (r) => r.code,
);
const districts = Papa.parse<Record<string, string>>(read('reference/districts.csv'), { header: true }).data.filter(
  (r) => r.code,
);
const crosswalk = Papa.parse<Record<string, string>>(read('reference/regions-crosswalk-2022.csv'), {
  header: true,
}).data;
const codebook = JSON.parse(read('demo/population-codebook.json'));

describe('the demo study manifest', () => {
  it('validates against data/study.schema.json', async () => {
    expect(await validateStudy(study)).toEqual([]);
  });
  it('validateStudy names the path of what is wrong', async () => {
    const broken = { ...study, synthetic: 'yes', datasets: [{ ...study.datasets[0], design: {} }] };
    const errors = await validateStudy(broken);
    expect(errors.some((e) => e.startsWith('study.json/synthetic'))).toBe(true);
    expect(errors.some((e) => e.startsWith('study.json/datasets/0/design'))).toBe(true);
  });
  it('a dataset may be Parquet: a file, or a folder with its hive partition keys (which need format parquet)', async () => {
    const ds = study.datasets[0];
    const parquet = { ...ds, file: 'population', format: 'parquet', partition_by: ['wave', 'region'] };
    expect(await validateStudy({ ...study, datasets: [parquet] })).toEqual([]);
    expect(await validateStudy({ ...study, datasets: [{ ...ds, file: 'p.parquet', format: 'parquet' }] })).toEqual([]);
    const { format: _f, ...noFormat } = parquet;
    void _f;
    expect(await validateStudy({ ...study, datasets: [noFormat] })).toContain(
      "study.json/datasets/0: must have required property 'format'",
    );
    const bad = [
      { ...parquet, format: 'csv' },
      { ...parquet, partition_by: ['wave/region'] },
      { ...parquet, partition_by: [] },
      { ...ds, format: 'xlsx' },
    ];
    for (const d of bad)
      expect((await validateStudy({ ...study, datasets: [d] })).length, JSON.stringify(d)).toBeGreaterThan(0);
  });
  it('is labelled synthetic and names its generator and seed', () => {
    expect(study.synthetic).toBe(true);
    expect(study.generator.script).toBe('scripts/generate-demo.ts');
  });
  it('has a codebook entry, in ru, kk and en, for every column of the survey', () => {
    const header = Object.keys(rows[0]);
    expect(codebook.map((v: { name: string }) => v.name)).toEqual(header);
    for (const v of codebook) for (const l of ['ru', 'kk', 'en']) expect(v.label[l], `${v.name}.${l}`).toBeTruthy();
  });
});

describe('the demo population survey', () => {
  const waves = [2021, 2023, 2025];
  it('has about 2,000 adults per wave in all 20 regions', () => {
    for (const w of waves) {
      const inWave = rows.filter((r) => r.wave === String(w));
      expect(inWave.length).toBeGreaterThan(1900);
      expect(inWave.length).toBeLessThan(2100);
      expect(new Set(inWave.map((r) => r.region)).size).toBe(20);
    }
  });
  it('weights sum to each region’s adult population in every wave (synthetic frame figure where none is official)', () => {
    const frame = study.datasets[0].frame;
    for (const reg of regions) {
      const pop = reg.population ? Number(reg.population) : frame.synthetic_population[reg.code];
      expect(pop, reg.code).toBeGreaterThan(0);
      for (const w of waves) {
        const sum = rows
          .filter((r) => r.region === reg.code && r.wave === String(w))
          .reduce((a, r) => a + Number(r.weight), 0);
        expect(Math.abs(sum - Math.round(pop * frame.adult_share)), `${reg.code} ${w}`).toBeLessThan(1);
      }
    }
  });
  it('the reference table keeps no population for Akmola and Jetisu', () => {
    expect(regions.filter((r) => !r.population).map((r) => r.code)).toEqual(['KZ-11', 'KZ-33']);
  });
  it('every respondent lives in a district of their region; 2021 keeps the pre-2022 unit that maps to it', () => {
    const regionOf = new Map(districts.map((d) => [d.code, d.region]));
    const maps = new Set(crosswalk.map((c) => `${c.code_pre2022}>${c.code}`));
    for (const r of rows) {
      expect(regionOf.get(r.district), r.id).toBe(r.region);
      if (r.wave === '2021') expect(maps.has(`${r.region_source}>${r.region}`), r.id).toBe(true);
      else expect(r.region_source).toBe(r.region);
    }
  });
  it('has at least two settlements (PSUs) in every stratum and strata nested in waves', () => {
    const psus = new Map<string, Set<string>>();
    for (const r of rows) {
      expect(r.stratum.startsWith(r.wave + '-')).toBe(true);
      psus.set(r.stratum, (psus.get(r.stratum) ?? new Set()).add(r.psu));
    }
    for (const [s, set] of psus) expect(set.size, s).toBeGreaterThanOrEqual(2);
  });
  it('asks about a local resource centre from 2023 only (2021 is empty, never zero)', () => {
    expect(rows.filter((r) => r.wave === '2021').every((r) => r.aware_centre === '')).toBe(true);
    expect(rows.filter((r) => r.wave !== '2021').every((r) => ['0', '1', '98'].includes(r.aware_centre))).toBe(true);
  });
});
