import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/core/sql';
import type { NotebookEnv } from '../../../src/notebooks/env';
import { runNotebook } from '../../../src/notebooks/run';
import { SHAPES } from './chart-env';
import { openDemoEnv } from './demo-env';
import type { CodebookVariable } from '../../../src/data/study';
import { cellForView } from '../../../src/notebooks/from-view';
import { checkNotebook } from '../../../src/notebooks/validate';

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

describe('cellForView', () => {
  it.each(VIEWS)('%s %j gives one cell that passes checkNotebook', (route, params) => {
    const cell = cellForView(route, params, 'ru', codebook)!;
    const { notebook, errors } = checkNotebook(appended(cell));
    expect(errors).toEqual([]);
    expect(notebook.cells).toHaveLength(1);
    expect(cell.datasets.length).toBeGreaterThan(0);
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
    };
    for (const route of ['regions', 'waves', 'profile/x', 'analyse', 'needs', 'ngo']) {
      const cell = cellForView(route, hostile, 'en', codebook)!;
      expect(cell.text).not.toMatch(/script|DROP|COPY|kind: map|pie/);
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
