// A whole run: parameters, cells, inline values printed like tables, and the datasets' fingerprints.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Connector, quoteIdent } from '../../../src/core/sql';
import { DEFAULT_RULES } from '../../../src/indicators/status';
import type { IndicatorRow } from '../../../src/indicators/rows';
import type { NotebookEnv } from '../../../src/notebooks/env';
import { columnsHash, fingerprintOf, isMismatch } from '../../../src/notebooks/fingerprint';
import { indicatorValue, resultValue } from '../../../src/notebooks/inline-values';
import { runNotebook } from '../../../src/notebooks/run';
import { notebookOf, openDemoEnv } from './demo-env';

let db: Connector;
let env: NotebookEnv;
beforeAll(async () => {
  ({ db, env } = await openDemoEnv());
}, 120_000);
afterAll(() => db.close());

const row = (over: Partial<IndicatorRow>): IndicatorRow => ({
  indicator_id: 'trust_ngo',
  unit: 'percent',
  region: 'KZ-75',
  wave: 2025,
  by: {},
  estimate: 41.26,
  se: 1.2,
  ci_low: 38.91,
  ci_high: 43.65,
  df: 20,
  n: 154,
  n_eff: 140,
  status: 'ok',
  flags: [],
  dropped_by: [],
  ...over,
});
const en = { lang: 'en' as const, rules: DEFAULT_RULES };
const ru = { lang: 'ru' as const, rules: DEFAULT_RULES };

describe('inline values print like table cells', () => {
  it('an estimate with its unit, its 95% CI and its flags, in the reader’s language', () => {
    expect(indicatorValue(row({}), 'Almaty', en)).toMatchObject({ text: '41.3% (95% CI: 38.9–43.7)', status: 'ok' });
    expect(indicatorValue(row({ flags: ['small_base'] }), 'Almaty', ru)).toMatchObject({
      text: '41,3% (95% ДИ: 38,9–43,7; малая база)',
      status: 'flagged',
    });
    expect(indicatorValue(row({}), 'Almaty', en).title).toBe(
      'Almaty\nValue: 41.3\n95% CI: 38.9–43.7\nn = 154; effective n = 140',
    );
  });
  it('a suppressed value is not printed; a missing one says so', () => {
    expect(indicatorValue(row({ status: 'suppressed', n: 12 }), 'Almaty', en)).toEqual({
      text: 'Suppressed (n < 30)',
      status: 'suppressed',
      title: 'Suppressed (n < 30)',
    });
    expect(indicatorValue(undefined, 'Almaty', en)).toMatchObject({ text: 'No data', status: 'missing' });
  });
  it('a result column: estimates with CI and flags, counts grouped, text as it is, suppressed rows hidden', () => {
    const r = { region: 'KZ-75', percent: 42.825, ci_low: 40.75, ci_high: 44.93, n: 1913, status: 'ok', flags: '' };
    expect(resultValue(r, 'percent', en).text).toBe('42.8% (95% CI: 40.8–44.9)');
    expect(resultValue(r, 'n', en).text).toBe('1,913');
    expect(resultValue(r, 'region', en).text).toBe('KZ-75');
    expect(resultValue({ ...r, status: 'suppressed' }, 'percent', en).status).toBe('suppressed');
    expect(resultValue(r, 'nope', en).status).toBe('error');
  });
});

describe('runNotebook', () => {
  it('runs the cells with the given parameters and fills the prose’s values from the catalogue and results', async () => {
    const nb = notebookOf(
      [
        ['sql id=by_region', 'SELECT region, count(*) AS n FROM population WHERE wave = $wave GROUP BY region'],
        ['indicator id=sci entry=sci region=$region wave=$wave'],
      ],
      {
        params: 'wave: 2025\n  region: KZ-75',
        prose: [
          'SCI {sci.$region.$wave}, {sci.KZ.2021};',
          '${by_region[region=$region].n} asked; ${sci.estimate}; {sci.KZ-99.2025}.',
        ].join(' '),
      },
    );
    const run = await runNotebook(nb, env, { wave: 2023 });
    expect(run.params).toEqual({ wave: 2023, region: 'KZ-75' });
    expect(run.error).toBeNull();
    const [direct] = (await env.indicators(['sci'], ['region', 'wave'])).filter(
      (r) => r.region === 'KZ-75' && r.wave === 2023,
    );
    const [asked] = await db.query<{ n: number }>(
      "SELECT count(*)::INTEGER AS n FROM population WHERE wave = 2023 AND region = 'KZ-75'",
    );
    const value = indicatorValue(direct, 'Almaty', en);
    expect(run.values['{sci.$region.$wave}']).toEqual(value);
    expect(run.values['${sci.estimate}'].text).toBe(value.text);
    expect(run.values['${by_region[region=$region].n}'].text).toBe(String(asked.n));
    expect(run.values['{sci.KZ.2021}'].text).toMatch(/^\d+\.\d \(95% CI: /);
    expect(run.values['{sci.KZ-99.2025}'].status).toBe('missing');
  });
  it('the first failing cell is the run’s error, with its line and cell', async () => {
    const nb = notebookOf([
      ['sql id=ok', 'SELECT 1 AS x'],
      ['sql id=bad', 'INSTALL httpfs'],
    ]);
    const run = await runNotebook(nb, env);
    expect(run.error).toMatchObject({ code: 'forbidden_statement', line: 14, cell: 'bad' });
  });
});

describe('fingerprints', () => {
  it('a dataset’s rows, columns and the hash of its column names, compared with the front matter', async () => {
    const f = await fingerprintOf(db, quoteIdent(env.datasets.population.table));
    const names = (await db.query<{ column_name: string }>('DESCRIBE population')).map((d) => d.column_name);
    expect(f).toEqual({ rows: 6000, columns: names.length, hash: columnsHash(names) });
    expect(f.hash).toMatch(/^[0-9a-f]{8}$/);
    const run = await runNotebook(notebookOf([]), env);
    expect(run.datasets.population).toEqual({ expected: null, actual: f });
    expect(isMismatch({ expected: { ...f, rows: 5987 }, actual: f })).toBe(true);
    expect(isMismatch({ expected: f, actual: f })).toBe(false);
    expect(isMismatch({ expected: f, actual: null })).toBe(true);
  });
});
