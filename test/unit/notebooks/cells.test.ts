// Each cell kind's result on the demo study, against what the Analyse page, the catalogue and DuckDB give directly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/core/sql';
import type { NotebookEnv } from '../../../src/notebooks/env';
import { runAnalysis } from '../../../src/reports/analyse-run';
import { runCells, runParams } from '../../../src/notebooks/run';
import type { CellResult } from '../../../src/notebooks/types';
import { notebookOf, openDemoEnv } from './demo-env';

let db: Connector;
let env: NotebookEnv;
beforeAll(async () => {
  ({ db, env } = await openDemoEnv());
}, 120_000);
afterAll(() => db.close());

const population = () => env.datasets.population;
const analyseCtx = () => ({ lang: 'en' as const, place: (c: string) => c, totalLabel: 'Total', rules: env.rules });

async function run(cells: [string, string?][], params?: string): Promise<CellResult[]> {
  const nb = notebookOf(cells, { params });
  return runCells(nb, env, runParams(nb));
}
const only = async (info: string, body?: string, params?: string) => {
  const [r] = await run([[info, body]], params);
  if (r.status !== 'ok') throw new Error(JSON.stringify(r.error));
  return r.table!;
};

describe('notebookEnvFromStudy', () => {
  it('names each study dataset by its id, read from the table it was loaded into, with its title', () => {
    expect(Object.keys(env.datasets).sort()).toEqual(
      [
        'centres',
        'civic_control',
        'district_frame',
        'generous_heart',
        'generous_heart_participants',
        'initiatives',
        'needs_2019',
        'needs_2024',
        'ngo_stats',
        'population',
        'service_logs',
        'training_evaluations',
      ].sort(),
    );
    expect(population()).toMatchObject({
      table: 'population',
      title: 'Population survey: waves 2021, 2023, 2025',
      dataset: { id: 'population', design: { weights: 'weight' } },
    });
    expect(env.regions).toHaveLength(20);
    expect(env.districts.length).toBeGreaterThan(200);
  });
});

describe('estimate, crosstab and change cells: what the Analyse page computes', () => {
  it('estimate (freq) in wave $wave equals runAnalysis for that wave, labels in the reader’s language', async () => {
    const t = await only('estimate id=trust dataset=population rows=trust_gen wave=$wave', '', 'wave: 2023');
    const direct = await runAnalysis(
      db,
      population().dataset,
      population().codebook,
      { mode: 'freq', rows: 'trust_gen', cols: '', y: '', set: '', pct: 'col', wave: 2023 },
      analyseCtx(),
    );
    if (direct.kind !== 'crosstab') throw new Error(direct.kind);
    expect(t.rows).toHaveLength(direct.result.cells.length);
    direct.result.cells.forEach((c, i) => {
      expect(t.rows[i]).toMatchObject({ trust_gen: c.rowLabel, trust_gen_code: c.row, n: c.n, base_n: c.base });
      expect(t.rows[i].percent).toBeCloseTo(c.pct!, 10);
      expect(t.rows[i].se).toBeCloseTo(c.se!, 10);
      expect(t.rows[i].ci_low).toBeCloseTo(c.ci_low!, 10);
    });
    expect(t.columns.map((c) => c.name)).toEqual([
      ...['trust_gen', 'column', 'n', 'base_n', 'percent', 'se', 'ci_low', 'ci_high', 'status', 'flags'],
      'trust_gen_code',
    ]);
  });
  it('estimate in 2025: 43.9% trust most people (817 of 1,911 answering)', async () => {
    const t = await only('estimate dataset=population rows=trust_gen wave=2025');
    expect(t.rows[0]).toMatchObject({ trust_gen: 'Most people can be trusted', column: 'Total', n: 817, base_n: 1911 });
    expect(t.rows[0].percent).toBeCloseTo(43.914, 3);
    expect(t.rows[0].ci_low).toBeCloseTo(41.496, 3);
    expect(t.rows[0].ci_high).toBeCloseTo(46.361, 3);
  });
  it('estimate without a wave pools every wave (one domain: the whole design)', async () => {
    const t = await only('estimate dataset=population rows=trust_gen');
    const direct = await runAnalysis(
      db,
      population().dataset,
      population().codebook,
      { mode: 'freq', rows: 'trust_gen', cols: '', y: '', set: '', pct: 'col', wave: null },
      analyseCtx(),
    );
    if (direct.kind !== 'crosstab') throw new Error(direct.kind);
    expect(t.rows[0].base_n).toBe(direct.result.cells[0].base);
    expect(t.rows[0].base_n).toBeGreaterThan(1911 * 2);
    expect(t.rows[0].percent).toBeCloseTo(direct.result.cells[0].pct!, 10);
  });
  it('crosstab pct=total is the page’s cell percentage: every cell of the table sums to 100', async () => {
    const t = await only('crosstab dataset=population rows=settlement cols=trust_gen pct=total wave=2025');
    expect(t.rows.reduce((s, r) => s + (r.percent as number), 0)).toBeCloseTo(100, 9);
    const row = await only('crosstab dataset=population rows=settlement cols=trust_gen wave=2025');
    expect(row.rows[0]).toMatchObject({ settlement: 'Urban', trust_gen: 'Most people can be trusted', n: 495 });
    expect(row.rows[0].percent).toBeCloseTo(46.706, 3);
  });
  it('estimate mode=means: each group’s mean with its CI and the p against the rest, then the total', async () => {
    const t = await only('estimate dataset=population mode=means y=trust_gen10 rows=settlement wave=2025');
    expect(t.rows.map((r) => r.settlement)).toEqual(['Urban', 'Rural', 'Total']);
    expect(t.rows[0].mean).toBeCloseTo(5.62, 3);
    expect(t.rows[2]).toMatchObject({ n: 1948, p_vs_rest: null, settlement_code: null });
  });
  it('estimate mode=mr: % of respondents per option of a set; change: shares per wave and the change row', async () => {
    const mr = await only('estimate dataset=population mode=mr set=svc wave=2025');
    expect(mr.rows[0]).toMatchObject({ option: 'Information only', option_code: 'svc_info', n: 2000 });
    expect(mr.rows[0].percent).toBeCloseTo(19.533, 3);
    const ch = await only('change dataset=population rows=volunteered');
    const no = ch.rows.filter((r) => r.volunteered_code === '0');
    expect(no.map((r) => r.wave)).toEqual([2021, 2023, 2025, 'change']);
    expect(no[3].percent).toBeCloseTo((no[2].percent as number) - (no[1].percent as number), 9);
  });
  it('reads the env’s table, not the study dataset’s id: an import standing in for population is analysed', async () => {
    await db.exec('CREATE TABLE "imported pop" AS SELECT * FROM population WHERE wave = 2025 AND settlement = 1');
    const imported = { ...population(), table: 'imported pop' };
    const [r] = await runCells(
      notebookOf([['estimate dataset=population rows=trust_gen']]),
      {
        ...env,
        datasets: { ...env.datasets, population: imported },
      },
      {},
    );
    const urban = await only('crosstab dataset=population rows=settlement cols=trust_gen wave=2025');
    expect(r.table!.rows[0].base_n).toBe(urban.rows.find((x) => x.settlement === 'Urban')!.base_n);
    await db.exec('DROP TABLE "imported pop"');
  });
  it('a variable the codebook lacks, or a design column, is refused before any SQL', async () => {
    const [a, b] = await run([['estimate dataset=population rows=nope'], ['estimate dataset=population rows=weight']]);
    expect(a.error).toMatchObject({ code: 'unknown_variable', detail: 'rows: nope', cell: 'cell-1' });
    expect(b.error).toMatchObject({ code: 'unknown_variable', detail: 'rows: weight' });
  });
  it('an option given as $param takes the parameter’s value, never SQL: a value holding SQL is no variable', async () => {
    const [r] = await run([['crosstab dataset=population rows=$q cols=trust_gen']], 'q: "settlement; DROP TABLE x"');
    expect(r.error).toMatchObject({ code: 'unknown_variable', detail: 'rows: settlement; DROP TABLE x' });
    const [u] = await run([['crosstab dataset=population rows=$nope cols=trust_gen']]);
    expect(u.error).toMatchObject({ code: 'unknown_param', detail: '$nope' });
    const [w] = await run([['estimate dataset=population rows=trust_gen wave=$w']], 'w: "2025; DROP TABLE population"');
    expect(w.error).toMatchObject({ code: 'bad_value', detail: 'wave: 2025; DROP TABLE population' });
    const [x] = await run([['estimate dataset=population rows=trust_gen wave=2027']]);
    expect(x.error).toMatchObject({ code: 'unknown_wave', detail: '2027' });
  });
});

describe('indicator cells', () => {
  it('an entry for a region and wave is runIndicators’ row, flattened with the region’s name', async () => {
    const t = await only('indicator id=sci entry=sci region=$region wave=$wave', '', 'wave: 2025\n  region: KZ-75');
    const [direct] = (await env.indicators(['sci'], ['region', 'wave'])).filter(
      (r) => r.region === 'KZ-75' && r.wave === 2025,
    );
    expect(t.rows).toEqual([
      {
        indicator_id: 'sci',
        unit: 'index_0_100',
        region: 'KZ-75',
        region_name: 'Almaty',
        wave: 2025,
        estimate: direct.estimate,
        se: direct.se,
        ci_low: direct.ci_low,
        ci_high: direct.ci_high,
        df: direct.df,
        n: direct.n,
        n_eff: direct.n_eff,
        status: 'ok',
        flags: '',
      },
    ]);
    expect(direct.estimate).toBeCloseTo(60.7, 1);
  });
  it('by region in one wave: the national row and the 20 regions; by settlement adds a column', async () => {
    const t = await only('indicator entry=sci wave=2025', 'by: region');
    expect(t.rows).toHaveLength(21);
    expect(t.rows[0]).toMatchObject({ region: null, region_name: 'National', wave: 2025 });
    const s = await only('indicator entry=trust_ngo wave=2025 region=KZ', 'by: [settlement]');
    expect(s.columns.map((c) => c.name)).toContain('settlement');
    expect(s.rows.every((r) => r.region === null && r.wave === 2025)).toBe(true);
  });
  it('an unknown entry fails with its line and id, and the cells reading it are skipped; others still run', async () => {
    const [bad, dependent, other] = await run([
      ['indicator id=nope entry=not_an_entry'],
      ['table data=nope'],
      ['sql id=ok', 'SELECT 1 AS one'],
    ]);
    expect(bad).toMatchObject({ status: 'error', error: { code: 'unknown_entry', line: 9, cell: 'nope' } });
    expect(dependent.status).toBe('skipped');
    expect(other.status).toBe('ok');
  });
});
