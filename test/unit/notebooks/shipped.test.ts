import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector, Row } from '../../../src/core/sql';
import { proportionDifference } from '../../../src/stats/difference';
import { cronbachAlpha } from '../../../src/stats/alpha';
import type { NotebookEnv } from '../../../src/notebooks/env';
import { isMismatch } from '../../../src/notebooks/fingerprint';
import { revealOf, revealSpecs } from '../../../src/notebooks/reveal';
import { runNotebook } from '../../../src/notebooks/run';
import { checkNotebook } from '../../../src/notebooks/validate';
import type { NotebookRun, Scalar } from '../../../src/notebooks/types';
import { SHAPES } from './chart-env';
import { openDemoEnv } from './demo-env';

const DIR = new URL('../../../notebooks/', import.meta.url);
const FILES = [
  'needs-assessment.md',
  'social-capital.md',
  'network-reach.md',
  'methods.md',
  'region-brief.md',
  'district-estimates.md',
];
const source = (file: string) => readFileSync(new URL(file, DIR), 'utf8');

describe('shipped notebooks: check', () => {
  it('notebooks/ holds the six, and each passes checkNotebook', () => {
    expect(
      readdirSync(DIR)
        .filter((f) => f.endsWith('.md') && f !== 'README.md')
        .sort(),
    ).toEqual([...FILES].sort());
    for (const file of FILES) {
      const { notebook, errors } = checkNotebook(source(file));
      expect(errors, file).toEqual([]);
      expect(notebook.front.title, file).toBeTruthy();
      expect(Object.keys(notebook.front.datasets).length, file).toBeGreaterThan(0);
    }
  });

  it('print no bare $param in prose or a title (the format has no inline token for a parameter)', () => {
    for (const file of FILES) {
      const { notebook } = checkNotebook(source(file));
      for (const b of notebook.blocks) {
        const text = b.type === 'prose' ? b.text : b.type === 'cell' ? String(b.cell.options.title ?? '') : '';
        const left = text
          .replace(/\$\{[^}]*\}|\{[a-z][a-z0-9_]*\.[^}]*\}|`[^`]*`/g, '')
          .split('\n')
          .filter((l) => !l.startsWith('```'));
        expect(
          left.filter((l) => /\$[a-z_]/.test(l)),
          file,
        ).toEqual([]);
      }
    }
  });

  it('hold source only: no results, no images, no HTML', () => {
    for (const file of FILES) expect(source(file), file).not.toMatch(/base64|<img|<script|data:image|<svg/i);
  });
});

describe('shipped notebooks: run on the demo, native DuckDB, the CLI environment', () => {
  let db: Connector;
  let env: NotebookEnv;
  const runs = new Map<string, NotebookRun>();
  const run = async (file: string, params: Record<string, Scalar> = {}) =>
    runNotebook(checkNotebook(source(file)).notebook, env, params);
  const rows = (r: NotebookRun, id: string): Row[] => r.cells.find((c) => c.id === id)!.table!.rows;
  const row = (r: NotebookRun, id: string, col: string, value: unknown) => rows(r, id).find((x) => x[col] === value)!;

  beforeAll(async () => {
    ({ db, env } = await openDemoEnv());
    env = { ...env, shapes: env.shapes ?? SHAPES };
    for (const file of FILES) runs.set(file, await run(file));
  }, 300_000);
  afterAll(() => db?.close?.());

  it.each(FILES)('%s runs with no failed or skipped cell, on the data it was written for', (file) => {
    const r = runs.get(file)!;
    expect(r.cells.filter((c) => c.status !== 'ok').map((c) => [c.id, c.error])).toEqual([]);
    expect(r.error).toBeNull();
    for (const [name, f] of Object.entries(r.datasets)) expect(isMismatch(f), `${file}: ${name}`).toBe(false);
    expect(Object.entries(r.values).filter(([, v]) => v.status === 'error')).toEqual([]);
  });

  it('needs assessment: the published 2019 figures, and Newcombe intervals as the Needs page computes them', () => {
    const r = runs.get('needs-assessment.md')!;
    expect(row(r, 'org_years', 'code', 4)).toMatchObject({ n_2019: 13, pct_2019: 59.1 });
    expect(rows(r, 'org_years').map((x) => x.n_2019)).toEqual([1, 4, 4, 13]);
    expect(rows(r, 'funding_band').map((x) => x.n_2019)).toEqual([1, 2, 3, 4, 4, 3, 0, 4, 1]);
    expect(row(r, 'funding_band', 'code', 9).pct_2019).toBe(4.5);
    expect(row(r, 'resources', 'item', 'own_materials')).toMatchObject({ n_2019: 20, pct_2019: 90.9 });
    expect(row(r, 'resources', 'item', 'multi_projects').pct_2019).toBe(90.9);
    expect(row(r, 'resources', 'item', 'own_office').lacking_2019).toBe(13);
    expect(row(r, 'resources', 'item', 'portfolio').n_2019).toBe(3);
    for (const x of rows(r, 'documents')) expect(Number(x.lacking_2019)).toBeGreaterThanOrEqual(7);
    for (const x of rows(r, 'documents')) expect(Number(x.lacking_2019)).toBeLessThanOrEqual(13);
    expect(row(r, 'funding_term', 'code', 4).n_2019).toBe(0);
    for (const x of rows(r, 'funding_sources')) {
      const d = proportionDifference(Number(x.n_2024), 60, Number(x.n_2019), 22);
      expect(x.change_low, String(x.item)).toBeCloseTo(100 * d.ci_low, 1);
      expect(x.change_high, String(x.item)).toBeCloseTo(100 * d.ci_high, 1);
    }
    expect(r.values['${org_years[code=4].n_2019}'].text).toBe('13');
  });

  it('social capital: the index recomputed from respondents equals the catalogue; alpha equals src/stats', async () => {
    const r = runs.get('social-capital.md')!;
    const catalogue = await env.indicators(['sci'], ['region', 'wave']);
    const sql = rows(r, 'sci_sql');
    expect(sql).toHaveLength(20);
    for (const x of sql) {
      const c = catalogue.find((y) => y.region === x.region && y.wave === 2025)!;
      expect(x.sci as number, String(x.region)).toBeCloseTo(c.estimate!, 9);
    }
    const valid = (v: string, codes: string) => `CASE WHEN ${v} IN (${codes}) THEN ${v} END`;
    const identity = await cronbachAlpha(
      db,
      'population',
      ['pride', 'close_kz', 'close_region'].map((v) => valid(v, '1, 2, 3, 4')),
      {
        weight: 'weight',
        domain: 'wave = 2025',
      },
    );
    expect(row(r, 'alpha', 'subindex', 'sci_identity').alpha as number).toBeCloseTo(identity.alpha!, 3);
    expect(row(r, 'alpha', 'subindex', 'sci_identity').alpha_text).toBe(identity.alpha!.toFixed(2));
    expect(row(r, 'alpha', 'subindex', 'sci_identity').respondents).toBe(identity.n);
    const groups = readFileSync(new URL('../../../data/demo/population-codebook.json', import.meta.url), 'utf8');
    const nb = (JSON.parse(groups) as { name: string }[]).map((v) => v.name).filter((n) => n.startsWith('nb_'));
    const tolerance = await cronbachAlpha(
      db,
      'population',
      nb.map((v) => valid(v, '0, 1')),
      {
        weight: 'weight',
        domain: 'wave = 2025',
      },
    );
    expect(row(r, 'alpha', 'subindex', 'sci_tolerance').alpha as number).toBeCloseTo(tolerance.alpha!, 3);
    expect(row(r, 'sensitivity', 'variant', 'published')).toMatchObject({ rank_correlation: 1, largest_shift: 0 });
    expect(rows(r, 'sensitivity')).toHaveLength(6);
    const national = catalogue.find((y) => y.region === null && y.wave === 2025)!;
    expect(r.values['{sci.KZ.$wave}'].text).toContain(national.estimate!.toFixed(1));
  });

  it('network reach: the registry counts and the catalogue agree', async () => {
    const r = runs.get('network-reach.md')!;
    const levels = rows(r, 'levels');
    expect(levels.reduce((s, x) => s + Number(x.centres), 0)).toBe(169);
    expect(row(r, 'levels', 'level', 'republican').centres).toBe(1);
    const [districts] = await env.indicators(['districts_with_centre_pct'], []);
    expect(row(r, 'districts', 'region', null).estimate).toBe(districts.estimate);
    const services = await env.indicators(['sq_services'], ['level', 'wave']);
    for (const x of rows(r, 'services_level')) {
      const c = services.find((y) => y.by.level === x.level && y.wave === 2025)!;
      expect(x.services, String(x.level)).toBe(c.estimate);
    }
    expect(rows(r, 'urban_rural').map((x) => x.place)).toEqual(['Город', 'Село']);
  });

  it('methods: a share by hand equals the catalogue; the design df is PSUs minus strata', async () => {
    const r = runs.get('methods.md')!;
    const trust = (await env.indicators(['trust_ngo'], ['wave'])).find((y) => y.wave === 2025 && y.region === null)!;
    expect(rows(r, 'trust_ngo_sql')[0].pct as number).toBeCloseTo(trust.estimate!, 3);
    expect(row(r, 'design_df', 'wave', 2025).df).toBe(trust.df);
    expect(row(r, 'premises', 'level', 'republican')).toMatchObject({ centres: 1 });
  });

  it('region brief: the region is a bound parameter; another region runs too', async () => {
    const csv = readFileSync(new URL('../../../data/demo/centres.csv', import.meta.url), 'utf8').split('\n');
    const count = (code: string) => csv.filter((l) => l.split(',')[3] === code).length;
    expect(rows(runs.get('region-brief.md')!, 'region_centres_count')[0].centres).toBe(count('KZ-75'));
    const other = await run('region-brief.md', { region: 'KZ-11', wave: 2023 });
    expect(other.cells.filter((c) => c.status !== 'ok').map((c) => c.id)).toEqual([]);
    expect(rows(other, 'region_centres_count')[0].centres).toBe(count('KZ-11'));
    expect(rows(other, 'parts_trust')[0]).toMatchObject({ region: 'KZ-11', wave: 2023 });
    const hostile = await run('region-brief.md', { region: "KZ-75' OR 1=1 --" });
    expect(rows(hostile, 'region_centres_count')[0].centres).toBe(0);
  }, 120_000);

  it('district estimates: the region’s districts are the model’s, on a district map; another region runs too', async () => {
    const r = runs.get('district-estimates.md')!;
    const model = await env.sae!({ indicator: 'aware_centre', wave: 2025, covariates: ['has_centre', 'region'] });
    const almaty = model.rows.filter((x) => x.region === 'KZ-75');
    const table = rows(r, 'region_districts');
    expect(table.map((x) => [x.district, x.estimate, x.synthetic])).toEqual(
      almaty.map((x) => [x.area, x.estimate, x.synthetic]),
    );
    expect(table[0].model).toBe('Fay–Herriot model (REML), MSE: Prasad–Rao');
    expect(rows(r, 'all_districts')).toHaveLength(224);
    expect(rows(r, 'coverage')[0]).toMatchObject({ districts: 224, without_respondents: model.model.areas_synthetic });
    expect(row(r, 'fit', 'term', 'sigma2_u').estimate).toBe(model.model.sigma2_u);
    const map = r.cells.find((c) => c.chart?.kind === 'map')!.chart!;
    expect(map).toMatchObject({ level: 'district' });
    expect(map.marks[0].data).toHaveLength(almaty.length);
    const other = await run('district-estimates.md', { region: 'KZ-11', wave: 2023 });
    expect(other.cells.filter((c) => c.status !== 'ok').map((c) => c.id)).toEqual([]);
    expect(rows(other, 'region_districts').every((x) => x.region === 'KZ-11')).toBe(true);
  }, 120_000);

  it('every reveal step of a shipped notebook lights something on the demo (none is left out)', () => {
    const steps = FILES.flatMap((file) => {
      const { notebook } = checkNotebook(source(file));
      const r = runs.get(file)!;
      return notebook.cells
        .filter((c) => 'reveal' in c.options)
        .map((c) => {
          const result = r.cells.find((x) => x.id === c.id)!;
          const written = revealSpecs(c.options.reveal).filter((x) => x.word !== 'rows').length;
          const ctx = { params: r.params, lang: notebook.front.lang };
          return { at: `${file} ${c.id}`, written, steps: revealOf(c, result, ctx) };
        });
    });
    expect(steps.length).toBeGreaterThanOrEqual(5);
    for (const { at, written, steps: s } of steps) {
      expect(s.filter((x) => x.mode === 'highlight').length, at).toBe(written);
      expect(s.length, at).toBeGreaterThan(0);
      for (const step of s) expect(step.keys.length, `${at} ${step.label}`).toBeGreaterThan(0);
    }
    const map = steps.find((x) => x.steps[0]?.label === 'Lowest 3' && x.at.startsWith('social'))!.steps;
    expect(map.map((x) => x.keys.length)).toEqual([3, 3, 1]);
    expect(map[2]).toEqual({ mode: 'highlight', keys: ['KZ-75'], label: 'Region: Almaty' });
  });
});
