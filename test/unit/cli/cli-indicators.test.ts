// The CLI: most cases call it in this process (the same code as the command line); a few run it as a user does.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CATALOGUE } from '../../../src/indicators/catalogue';
import { DEFAULT_RUBRIC } from '../../../src/indicators/kpi/default-rubric';
import { describe, expect, it } from 'vitest';
import { cli, spawnCli } from '../../helpers/cli';

describe('cli indicators', () => {
  it('indicators demo --by region,wave prints the contract rows for every indicator, region and wave', async () => {
    const { code, stdout } = await cli('indicators', 'demo', '--by', 'region,wave');
    expect(code).toBe(0);
    const rows = JSON.parse(stdout);
    type R = {
      indicator_id: string;
      status: string;
      region: string | null;
      wave: number | null;
      estimate: number | null;
    };
    expect(Object.keys(rows[0])).toEqual([
      'indicator_id',
      'unit',
      'region',
      'wave',
      'by',
      'estimate',
      'se',
      'ci_low',
      'ci_high',
      'df',
      'n',
      'n_eff',
      'status',
      'flags',
      'dropped_by',
    ]);
    // Every catalogue entry is listed, none silently absent; statuses from the contract only.
    expect([...new Set(rows.map((r: R) => r.indicator_id))]).toEqual(CATALOGUE.map((e) => e.id));
    expect(new Set(rows.map((r: R) => r.status))).toEqual(
      new Set(['ok', 'suppressed', 'not_measured', 'no_data', 'no_denominator']),
    );
    for (const id of ['sci', 'trust_generalised', 'trust_ngo', 'aware_centre', 'used_centre_services']) {
      expect(
        rows.filter((r: R) => r.indicator_id === id),
        id,
      ).toHaveLength(3 * 21);
    }
    const unavailable = rows.filter((r: R) => r.indicator_id === 'consumer_loans');
    expect(unavailable).toEqual([
      expect.objectContaining({ region: null, wave: null, status: 'no_data', estimate: null }),
    ]);
    expect(rows.filter((r: R) => r.indicator_id === 'ngo_active' && r.region === null).map((r: R) => r.wave)).toEqual([
      2019, 2020, 2021, 2022, 2023, 2024, 2025,
    ]);
    const per100k = rows.filter((r: { indicator_id: string }) => r.indicator_id === 'centres_per_100k');
    const noDenominator = per100k
      .filter((r: { status: string }) => r.status === 'no_denominator')
      .map((r: { region: string | null }) => r.region);
    expect(noDenominator).toEqual([null, 'KZ-11', 'KZ-33']);
    const aware2021 = rows.filter(
      (r: { indicator_id: string; wave: number }) => r.indicator_id === 'aware_centre' && r.wave === 2021,
    );
    expect(aware2021.every((r: { status: string }) => r.status === 'not_measured')).toBe(true);
    const sci = rows.find(
      (r: { indicator_id: string; region: string | null; wave: number }) =>
        r.indicator_id === 'sci' && r.region === null && r.wave === 2025,
    );
    expect(sci).toMatchObject({ unit: 'index_0_100', status: 'ok' });
    expect(sci.ci_low).toBeLessThan(sci.estimate);
  }, 60_000);
  it('without region only national rows; an unsupported breakdown is dropped and named; --format csv flattens by_', async () => {
    const { stdout } = await cli(
      'indicators',
      'demo',
      '--by',
      'wave,sex,level',
      '--ids',
      'trust_ngo',
      '--format',
      'csv',
    );
    const [header, ...lines] = stdout.trim().split('\n');
    expect(header).toBe(
      'indicator_id,unit,region,wave,by_sex,estimate,se,ci_low,ci_high,df,n,n_eff,status,flags,dropped_by',
    );
    expect(lines).toHaveLength(3 * 2);
    expect(lines.every((l) => l.startsWith('trust_ngo,percent,,') && l.endsWith(',level'))).toBe(true);
  }, 60_000);
});

describe('cli catalogue', () => {
  it('catalogue demo lists every entry, says which the demo feeds and what the others need, in the language asked', async () => {
    const { code, stdout } = await cli('catalogue', 'demo', '--lang', 'ru');
    expect(code).toBe(0);
    const rows = JSON.parse(stdout);
    expect(rows.map((r: { id: string }) => r.id)).toEqual(CATALOGUE.map((e) => e.id));
    expect(rows.find((r: { id: string }) => r.id === 'sci')).toMatchObject({
      task: 'D1',
      group: 'ideological',
      name: 'Индекс социального капитала',
      computable: true,
      needs: null,
    });
    expect(rows.find((r: { id: string }) => r.id === 'consumer_loans')).toMatchObject({
      computable: false,
      needs: expect.stringMatching(/^Статистика Национального банка/),
    });
    expect(rows.filter((r: { computable: boolean }) => !r.computable)).toHaveLength(
      CATALOGUE.filter((e) => e.formula.kind === 'unavailable').length,
    );
  }, 60_000);
});

describe('cli kpi', () => {
  it('kpi demo gives every centre its seven levels with evidence and the roll-ups, all of it through a pipe', async () => {
    const { code, stdout } = await spawnCli('kpi', 'demo');
    expect(code).toBe(0);
    const rows = JSON.parse(stdout);
    expect(stdout.length).toBeGreaterThan(65536);
    const centres = new Set(rows.map((r: { centre_id: string }) => r.centre_id));
    expect(rows).toHaveLength(centres.size * 12);
    expect(Object.keys(rows[0])).toEqual([
      'centre_id',
      'region',
      'level_of_network',
      'kpi',
      'level',
      'score',
      'evidence',
    ]);
    const levels = new Set(rows.map((r: { level_of_network: string }) => r.level_of_network));
    expect(levels).toEqual(new Set(['republican', 'regional', 'district', 'rural']));
  }, 60_000);
  it('--rubric takes the thresholds from a file, for kpi and for the catalogue alike; a bad file is a usage error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rubric-'));
    const rubric = structuredClone(DEFAULT_RUBRIC);
    // Funding: one source is already High.
    rubric.kpis.find((k) => k.kpi === 'funding_diversification')!.high[0].value = 1;
    writeFileSync(join(dir, 'rubric.json'), JSON.stringify(rubric));
    const kpi = JSON.parse((await cli('kpi', 'demo', '--rubric', join(dir, 'rubric.json'))).stdout);
    const funding = kpi.filter((r: { kpi: string }) => r.kpi === 'funding_diversification');
    expect(new Set(funding.map((r: { level: string }) => r.level))).toEqual(new Set(['High']));
    const ind = JSON.parse(
      (await cli('indicators', 'demo', '--ids', 'kpi_funding_diversification', '--rubric', join(dir, 'rubric.json')))
        .stdout,
    );
    expect(ind).toEqual([expect.objectContaining({ region: null, wave: 2025, estimate: 3, status: 'ok' })]);
    writeFileSync(join(dir, 'bad.json'), '{"kpis": 3}');
    const bad = await cli('kpi', 'demo', '--rubric', join(dir, 'bad.json'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.json: a rubric needs "derived" and "kpis" lists/);
  }, 60_000);
});
