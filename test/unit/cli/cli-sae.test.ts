// `sae`: district estimates by a Fay–Herriot model, on a study or on direct estimates made elsewhere.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';
import expected from '../../fixtures/sae-fh.expected.json';

const FIXTURE = 'test/fixtures/sae-areas.csv';
const direct = (...more: string[]) =>
  cli('sae', '--direct', FIXTURE, '--estimate', 'y', '--variance', 'v', '--covariates', 'x1,x2', ...more);

type Row = { area: string; eblup: number; mse: number; synthetic: boolean; n: number; estimate: number };

describe('cli sae --direct (a table of direct estimates, as R sae::eblupFH takes)', () => {
  // Reference: metafor::rma(y, v, mods = ~ x1 + x2, method = "REML"|"ML"|"PM") and its blup(); the Prasad–Rao MSE by
  // the R formulas of test/golden/r/derive-sae.R (Rscript test/golden/r/derive-sae.R).
  for (const [method, key] of [
    ['REML', 'REML'],
    ['ML', 'ML'],
    ['FH', 'PM'],
  ] as const) {
    it(`--method ${method} gives R's model variance, β, EBLUPs and MSEs`, async () => {
      const { code, stdout } = await direct('--method', method);
      expect(code).toBe(0);
      const out = JSON.parse(stdout) as { model: { sigma2_u: number; terms: { estimate: number }[] }; rows: Row[] };
      const ref = expected[key];
      expect(out.model.sigma2_u).toBeCloseTo(ref.sigma2_u, 10);
      out.model.terms.forEach((b, i) => expect(b.estimate).toBeCloseTo(ref.beta[i], 8));
      const fitted = out.rows.filter((r) => !r.synthetic);
      expect(fitted.map((r) => r.area)).toEqual(expected.area);
      fitted.forEach((r, i) => {
        expect(r.eblup).toBeCloseTo(ref.eblup[i], 9);
        expect(r.mse / ref.mse[i]).toBeCloseTo(1, 8);
      });
    });
  }
  it('areas with no estimate get the synthetic part x′β̂ and are marked', async () => {
    const out = JSON.parse((await direct()).stdout) as { model: { terms: { estimate: number }[] }; rows: Row[] };
    const synthetic = out.rows.filter((r) => r.synthetic).map((r) => r.area);
    expect(synthetic).toEqual(['A17', 'A34', 'A51']);
  });
  it('--format csv prints one row per area with the method and model variance', async () => {
    const { stdout } = await direct('--format', 'csv');
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(54);
    expect(lines[0]).toMatch(/^area,.*,eblup,.*,mse,ci_low,ci_high,.*shrinkage.*,method,sigma2_u$/);
  });
  it('a missing column or a covariate that is not a number is named with the file and row', async () => {
    const missing = await cli('sae', '--direct', FIXTURE, '--estimate', 'y', '--variance', 'vv', '--covariates', 'x1');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/sae-areas\.csv.*column "vv".*no such column/);
    const dir = mkdtempSync(join(tmpdir(), 'sae-'));
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'area,y,v,x\nA,0.3,0.01,1\nB,0.4,0.02,\nC,0.5,0.01,3\nD,0.2,0.01,4\nE,0.3,0.02,5\n');
    const bad = await cli('sae', '--direct', file, '--estimate', 'y', '--variance', 'v', '--covariates', 'x');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad\.csv.*row 3.*column "x"/);
  });
});

describe('cli sae STUDY:DATASET (district estimates of a survey indicator)', () => {
  const args = ['sae', 'demo:population', '--indicator', 'aware_centre', '--wave', '2025'];
  it('gives every one of the 224 districts an estimate; the ones with no respondents are synthetic', async () => {
    const { code, stdout } = await cli(...args, '--covariates', 'has_centre,region');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ indicator: 'aware_centre', unit: 'percent', wave: 2025 });
    expect(out.model.terms.map((t: { term: string }) => t.term).slice(0, 3)).toEqual([
      '(intercept)',
      'has_centre',
      'region:KZ-11',
    ]);
    expect(out.model.terms).toHaveLength(21);
    expect(out.rows).toHaveLength(224);
    const rows = out.rows as Row[];
    for (const r of rows) {
      expect(r.estimate).toBeGreaterThanOrEqual(0);
      expect(r.synthetic).toBe(r.n === 0);
    }
    expect(out.model.areas_in_fit + out.model.areas_synthetic).toBe(224);
    expect(out.model.gvf).toMatchObject({ b: -1, k: 20 });
  }, 60_000);
  it('refuses what it cannot fit with one line and exit code 2', async () => {
    const wave = await cli('sae', 'demo:population', '--indicator', 'aware_centre', '--wave', '2021');
    expect(wave).toMatchObject({ code: 2, stderr: expect.stringMatching(/has no district estimates in wave 2021/) });
    const id = await cli('sae', 'demo:population', '--indicator', 'centres_per_100k', '--wave', '2025');
    expect(id.stderr).toMatch(/not a survey indicator/);
    const cov = await cli(...args, '--covariates', 'rainfall');
    expect(cov.stderr).toMatch(/covariates not available: rainfall \(unknown\)/);
    const method = await cli(...args, '--method', 'OLS');
    expect(method.stderr).toMatch(/--method must be one of REML, ML, FH/);
  }, 60_000);
});
