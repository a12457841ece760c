import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/core/sql';
import type { NotebookEnv } from '../../../src/notebooks/env';
import { runNotebook } from '../../../src/notebooks/run';
import { SHAPES } from './chart-env';
import { openDemoEnv } from './demo-env';
import type { CodebookVariable, Study } from '../../../src/data/study';
import { DEFAULT_COVARIATES } from '../../../src/indicators/sae-covariates';
import { cellForView } from '../../../src/notebooks/from-view';
import { checkNotebook } from '../../../src/notebooks/validate';

const HAS_FRAME = (
  JSON.parse(readFileSync(new URL('../../../data/demo/study.json', import.meta.url), 'utf8')) as Study
).datasets.some((d) => d.id === 'district_frame');
const codebook = JSON.parse(
  readFileSync(new URL('../../../data/demo/population-codebook.json', import.meta.url), 'utf8'),
) as CodebookVariable[];

/** A notebook naming the datasets a cell needs, with the cell appended. */
function appended(cell: { text: string; datasets: string[] }): string {
  const datasets = cell.datasets.map((d) => `  ${d}: null`).join('\n');
  return `---\ntitle: Added\ndatasets:\n${datasets}\n---\nProse.\n\n${cell.text}`;
}

const VIEWS: [string, Record<string, string>][] = [
  ['regions', {}],
  ['regions', { indicator: 'trust_ngo', wave: '2023', view: 'ranking', by: 'sex', region: 'KZ-75' }],
  ['regions', { indicator: 'sci', view: 'tilegrid', classing: 'diverging', per: 'none', level: 'pre2022' }],
  ['regions', { indicator: 'centres_per_100k', view: 'table', per: '100k' }],
  ['waves', { indicator: 'trust_ngo', wave: '2025', compare: '2021', region: 'KZ-11' }],
  ['profile/KZ-75', {}],
  ['profile/KZ-75', { indicator: 'sci' }],
  ['dashboard', {}],
  ['dashboard', { indicator: 'csdi' }],
  ['analyse', {}],
  ['analyse', { dataset: 'population', mode: 'crosstab', rows: 'sex', cols: 'trust_gen', pct: 'cell', wave: '2023' }],
  ['analyse', { mode: 'freq', rows: 'trust_gen' }],
  ['analyse', { mode: 'means', rows: 'sex', y: 'trust_gen10' }],
  ['analyse', { mode: 'mr', set: 'svc', cols: 'settlement' }],
  ['analyse', { mode: 'change', rows: 'trust_gen' }],
  ['needs', {}],
  ['needs', { table: 'competences' }],
  ['centres', { region: 'KZ-75' }],
  ['centres', { level: 'district' }],
  ['ngo', { year: '2023', measure: 'registered' }],
  ['ngo', { measure: 'volunteers' }],
];

/** Views of the district and plan pages: a model's cell followed by its map (and the plan's list). */
const MODEL_VIEWS: [string, Record<string, string>, number][] = [
  ['districts', {}, 2],
  [
    'districts',
    { indicator: 'sci', wave: '2023', covariates: 'has_centre,region', method: 'FH', benchmark: 'ratio' },
    2,
  ],
  ['districts', { indicator: 'used_centre_services', mse: 'bootstrap', method: 'ML', covariates: 'centre_level' }, 2],
  ['districts', { estimate: 'direct', indicator: 'trust_ngo', wave: '2023' }, 2],
  ['plan', {}, 3],
  ['plan', { wave: '2023', w_population: '0', w_sci: '3', w_distance: '2' }, 3],
  ['atameken', {}, 2],
  ['atameken', { layer: 'reports', month: '2024-06' }, 2],
];

describe('cellForView', () => {
  it.each(VIEWS)('%s %j gives one cell that passes checkNotebook', (route, params) => {
    const cell = cellForView(route, params, 'ru', codebook)!;
    const { notebook, errors } = checkNotebook(appended(cell));
    expect(errors).toEqual([]);
    expect(notebook.cells).toHaveLength(1);
    expect(cell.datasets.length).toBeGreaterThan(0);
  });

  it.each(MODEL_VIEWS)('%s %j gives cells that pass checkNotebook', (route, params, n) => {
    const cell = cellForView(route, params, 'ru')!;
    const { notebook, errors } = checkNotebook(appended(cell));
    expect(errors).toEqual([]);
    expect(notebook.cells).toHaveLength(n);
    expect(notebook.cells.slice(1).every((c) => c.options.data === notebook.cells[0].id)).toBe(true);
  });

  it('#/districts: an sae cell of the page’s model (its default covariates when the URL has none) and its map', () => {
    const cell = cellForView('districts', {}, 'en')!;
    expect(cell).toEqual({
      text:
        '```sae id=districts_aware_centre_2025\nindicator: aware_centre\nwave: 2025\ncovariates:\n' +
        '  - urban_share\n  - has_centre\n  - ngo_per_10k\n```\n\n' +
        '```chart kind=map\ndata: districts_aware_centre_2025\nlevel: district\n' +
        'title: Awareness of a resource centre — Model-based estimate, 2025\n```\n',
      datasets: ['population', 'district_frame', 'centres'],
    });
    const [sae] = checkNotebook(appended(cell)).notebook.cells;
    expect(sae.options.covariates).toEqual(DEFAULT_COVARIATES);
    const params = { indicator: 'sci', wave: '2023', covariates: 'has_centre,region,colour', method: 'FH' };
    const chosen = checkNotebook(appended(cellForView('districts', { ...params, benchmark: 'ratio' }, 'en')!));
    expect(chosen.notebook.cells[0]).toMatchObject({
      kind: 'sae',
      id: 'districts_sci_2023',
      options: { indicator: 'sci', wave: 2023, covariates: ['has_centre', 'region'], method: 'FH', benchmark: 'ratio' },
    });
    const services = cellForView('districts', { covariates: 'services_per_10k' }, 'en')!;
    expect(services.datasets).toEqual(['population', 'service_logs', 'district_frame']);
    const defaults = cellForView('districts', { covariates: 'region', method: 'REML', mse: 'prasad-rao' }, 'en')!;
    expect(defaults.text.split('```chart')[0]).toBe(
      '```sae id=districts_aware_centre_2025\nindicator: aware_centre\nwave: 2025\ncovariates:\n  - region\n```\n\n',
    );
  });

  it('#/districts?estimate=direct: the entry’s direct estimates by district and their map', () => {
    const cell = cellForView('districts', { estimate: 'direct', indicator: 'trust_ngo', wave: '1999' }, 'en')!;
    const { notebook } = checkNotebook(appended(cell));
    expect(notebook.cells.map((c) => [c.kind, c.id, c.options])).toEqual([
      ['indicator', 'direct_trust_ngo_2025', { entry: 'trust_ngo', by: ['district'], wave: 2025 }],
      [
        'chart',
        'cell-2',
        {
          kind: 'map',
          data: 'direct_trust_ngo_2025',
          level: 'district',
          title: 'Trust in NGOs — Direct estimate, 2025',
        },
      ],
    ]);
    expect(cell.datasets).toEqual(['population']);
  });

  it('#/districts with every covariate unticked has no cell form (an intercept-only model): the cell asks for them', () => {
    const cell = cellForView('districts', { covariates: '' }, 'en')!;
    expect(checkNotebook(appended(cell)).errors.map((e) => [e.code, e.detail])).toEqual([
      ['missing_option', 'covariates'],
    ]);
  });

  it('#/plan: a plan cell of the page’s wave and weights on its covariates, a map of the score and the list', () => {
    const params = { wave: '2023', w_population: '0', w_sci: '3', w_distance: '7', w_aware_centre: '' };
    const cell = cellForView('plan', params, 'en')!;
    const [plan, map, table] = checkNotebook(appended(cell)).notebook.cells;
    expect([plan.kind, plan.id, plan.options]).toEqual([
      'plan',
      'where_next_2023',
      {
        wave: 2023,
        covariates: DEFAULT_COVARIATES,
        w_population: 0,
        w_aware_centre: 0,
        w_used_centre_services: 1,
        w_sci: 3,
        w_distance: 1,
      },
    ]);
    expect(map.options).toMatchObject({ kind: 'map', data: 'where_next_2023', level: 'district', value: 'score' });
    expect([table.kind, table.options.data, table.options.title]).toEqual([
      'table',
      'where_next_2023',
      'Where should the next centre open?',
    ]);
    expect(table.options.columns).toEqual([
      ...['rank', 'rank_low', 'rank_high', 'district_name', 'region_name', 'population', 'aware_centre'],
      ...['used_centre_services', 'sci', 'hops_to_centre', 'score'],
    ]);
    expect(cell.datasets).toEqual(['population', 'centres', 'district_frame']);
    expect(checkNotebook(appended(cellForView('plan', {}, 'en')!)).notebook.cells[0].options).toMatchObject({
      wave: 2025,
      w_population: 1,
      w_distance: 1,
    });
  });

  it('carries the regions page URL state into the chart options', () => {
    const params = { indicator: 'trust_ngo', wave: '2023', view: 'ranking', by: 'sex', region: 'KZ-75' };
    const cell = cellForView('regions', { ...params, classing: 'equal', per: 'none', level: 'region' }, 'en')!;
    expect(cell).toEqual({
      text:
        '```chart kind=ranking\nindicator: trust_ngo\nwave: 2023\nregion: KZ-75\nby:\n  - sex\nclassing: equal\n' +
        'title: Trust in NGOs\n```\n',
      datasets: ['population'],
    });
    expect(checkNotebook(appended(cell)).notebook.cells[0].options).toMatchObject({ kind: 'ranking', by: ['sex'] });
  });

  it('maps each page to its cell kind and options', () => {
    const options = (route: string, p: Record<string, string>) =>
      checkNotebook(appended(cellForView(route, p, 'ru', codebook)!)).notebook.cells[0];
    expect(options('waves', { indicator: 'trust_ngo', wave: '2025', compare: '2021' }).options).toMatchObject({
      kind: 'slope',
      indicator: 'trust_ngo',
      wave: 2025,
      compare: 2021,
    });
    expect(options('waves', {}).options).toMatchObject({ indicator: 'sci', wave: 2025, compare: 2023 });
    expect(options('profile/KZ-75', {}).options).toMatchObject({ kind: 'scorecard', region: 'KZ-75' });
    const x = options('analyse', { mode: 'crosstab', rows: 'sex', cols: 'trust_gen', pct: 'cell', wave: '2023' });
    expect([x.kind, x.options]).toEqual([
      'crosstab',
      { dataset: 'population', rows: 'sex', cols: 'trust_gen', pct: 'total', wave: 2023 },
    ]);
    expect(options('analyse', { mode: 'change', rows: 'trust_gen' })).toMatchObject({
      kind: 'change',
      options: { dataset: 'population', rows: 'trust_gen' },
    });
    const needs = options('needs', { table: 'funding_band' });
    expect(needs.kind).toBe('sql');
    expect(needs.source).toContain('funding_band');
    expect(options('ngo', { year: '2023', measure: 'registered' }).options).toMatchObject({
      indicator: 'ngo_registered_per_10k',
      wave: 2023,
    });
    expect(cellForView('dashboard', { indicator: 'csdi' }, 'en')!.datasets).toEqual(['population', 'ngo_stats']);
    expect(cellForView('regions', { indicator: 'sq_services' }, 'en')!.datasets).toEqual(['service_logs', 'centres']);
    expect(cellForView('data', {}, 'en')).toBeNull();
  });

  it('drops URL values that are not what the page allows, so none reaches the cell', () => {
    const hostile = {
      indicator: '<script>',
      wave: "2025'; DROP TABLE population; --",
      region: 'KZ-75\nkind: map',
      view: 'pie',
      by: 'x',
      table: "org_years'; --",
      dataset: 'population; COPY',
      covariates: 'region\nkind: map,has_centre',
      method: "REML'; DROP",
      benchmark: 'ratio\nkind: map',
      w_sci: '3; DROP',
      estimate: '<script>',
    };
    for (const route of ['regions', 'waves', 'profile/x', 'analyse', 'needs', 'ngo', 'districts', 'plan']) {
      const cell = cellForView(route, hostile, 'en', codebook)!;
      expect(cell.text).not.toMatch(/script|DROP|COPY|kind: map\n|pie/);
      expect(checkNotebook(appended(cell)).errors).toEqual([]);
    }
  });
});

describe('cellForView: the cells run on the demo', () => {
  let db: Connector;
  let env: NotebookEnv;
  beforeAll(async () => {
    ({ db, env } = await openDemoEnv());
    env = { ...env, shapes: env.shapes ?? SHAPES };
  }, 120_000);
  afterAll(() => db?.close?.());

  it('every view of every page gives a cell that runs with a result', async () => {
    for (const [route, params] of VIEWS) {
      const { notebook } = checkNotebook(appended(cellForView(route, params, 'ru', codebook)!));
      const run = await runNotebook(notebook, env);
      const [cell] = run.cells;
      expect([route, params, cell.status, cell.error]).toEqual([route, params, 'ok', null]);
      expect(cell.table!.rows.length, `${route} ${JSON.stringify(params)}`).toBeGreaterThan(0);
    }
  }, 300_000);
});

describe('cellForView: the district and plan cells run on the demo', () => {
  let db: Connector;
  let env: NotebookEnv;
  beforeAll(async () => {
    ({ db, env } = await openDemoEnv());
    env = { ...env, shapes: env.shapes ?? SHAPES };
  }, 120_000);
  afterAll(() => db?.close?.());

  /** Each cell's status and its row count (the model's cell first). */
  async function ran(route: string, params: Record<string, string>) {
    const { notebook } = checkNotebook(appended(cellForView(route, params, 'en')!));
    const run = await runNotebook(notebook, env);
    return run.cells.map((c) => [c.status, c.error, c.table?.rows.length]);
  }

  it('an sae cell on covariates the demo has, and its map: every district', async () => {
    const cells = await ran('districts', { covariates: 'has_centre,region', wave: '2025' });
    expect(cells).toEqual([
      ['ok', null, 224],
      ['ok', null, 224],
    ]);
  }, 120_000);

  it('the Atameken map: reports by district in the month’s year, none shown below the privacy minimum, and their map', async () => {
    const { notebook } = checkNotebook(
      appended(cellForView('atameken', { layer: 'reports', month: '2024-06' }, 'en')!),
    );
    const [counts, map] = (await runNotebook(notebook, env)).cells;
    expect([counts.status, map.status, map.error]).toEqual(['ok', 'ok', null]);
    const rows = counts.table!.rows.filter((r) => r.district !== null);
    expect(rows.every((r) => r.indicator_id === 'reports_filed' && r.wave === 2024)).toBe(true);
    expect(rows).toHaveLength(224);
    const small = (r: Record<string, unknown>) => typeof r.estimate === 'number' && r.estimate > 0 && r.estimate < 5;
    expect(rows.filter(small)).toEqual([]);
    expect(rows.filter((r) => r.status === 'suppressed' && r.estimate === null).length).toBeGreaterThan(0);
    expect(map.chart).toMatchObject({ kind: 'map', level: 'district' });
  }, 120_000);

  it('direct estimates by district and their map', async () => {
    const { notebook } = checkNotebook(appended(cellForView('districts', { estimate: 'direct' }, 'en')!));
    const [indicator, map] = (await runNotebook(notebook, env)).cells;
    expect([indicator.status, map.status, map.error]).toEqual(['ok', 'ok', null]);
    expect(indicator.table!.rows.length).toBeGreaterThan(50);
    expect(indicator.table!.rows.every((r) => r.indicator_id === 'aware_centre' && r.wave === 2025)).toBe(true);
    expect(map.chart).toMatchObject({ kind: 'map', level: 'district' });
    const shown = indicator.table!.rows.filter((r) => r.status === 'ok').map((r) => r.district);
    expect(map.chart!.marks[0].data.map((d) => d.code)).toEqual(expect.arrayContaining(shown));
  }, 120_000);

  it.runIf(HAS_FRAME)(
    'the page defaults (covariates from the district frame): the sae and plan cells',
    async () => {
      expect((await ran('districts', {})).map((c) => c[0])).toEqual(['ok', 'ok']);
      expect((await ran('plan', {})).map((c) => c[0])).toEqual(['ok', 'ok', 'ok']);
    },
    300_000,
  );
});
