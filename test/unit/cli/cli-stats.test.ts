// The CLI: most cases call it in this process (the same code as the command line); a few run it as a user does.
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';

describe('cli describe and freq', () => {
  it('describe demo:population gives labels, user-missing codes and value labels from the codebook', async () => {
    const { stdout } = await cli('describe', 'demo:population');
    const d = JSON.parse(stdout);
    expect(d).toMatchObject({
      file: 'demo:population',
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ',',
      decimal: '.',
    });
    expect(d.rows).toBeGreaterThan(5900);
    const trust = d.columns.find((c: { name: string }) => c.name === 'trust_gen');
    expect(trust).toMatchObject({ type: 'BIGINT', user_missing: [98, 99], label: expect.stringMatching(/trusted/) });
    expect(trust.values['98']).toBe("Don't know");
    const aware = d.columns.find((c: { name: string }) => c.name === 'aware_centre');
    expect(aware.missing).toBe(2000);
  }, 60_000);
  it('describe of a plain CSV renames the empty header and reports no labels', async () => {
    const { stdout } = await cli('describe', 'test/fixtures/apiclus1.csv');
    const d = JSON.parse(stdout);
    expect(d.rows).toBe(183);
    expect(d.columns[0]).toEqual({
      name: 'column1',
      type: 'BIGINT',
      label: null,
      missing: 0,
      user_missing: [],
      values: {},
    });
    expect(d.columns.find((c: { name: string }) => c.name === 'acs.core').missing).toBeGreaterThan(0);
  }, 60_000);
  it('freq --var --weight follows the contract and --lang labels in Russian', async () => {
    const { stdout } = await cli('freq', 'demo:population', '--var', 'trust_gen', '--weight', 'weight', '--lang', 'ru');
    const rows = JSON.parse(stdout);
    expect(rows.map((r: { value: number }) => r.value)).toEqual([1, 2, 98, 99]);
    expect(rows[0].label).toBe('Большинству можно доверять');
    expect(rows[0].percent + rows[1].percent).toBeCloseTo(100, 5);
    expect(rows[2]).toMatchObject({ missing: true, percent: null, weighted_percent: null });
  }, 60_000);
});

describe('cli freq on the 2019 needs assessment', () => {
  it('reproduces the published funding table (counts, percents of 22; zero row kept)', async () => {
    const { stdout } = await cli('freq', 'demo:needs_2019', '--var', 'funding_band', '--lang', 'ru');
    const rows = JSON.parse(stdout);
    expect(rows.map((r: { label: string; n: number; percent: number }) => [r.label, r.n, r.percent])).toEqual([
      ['До 500 000 тенге', 1, 4.5],
      ['От 500 001 до 1 000 000 тенге', 2, 9.1],
      ['От 1 000 001 до 5 000 000 тенге', 3, 13.6],
      ['От 5 000 001 до 10 000 000 тенге', 4, 18.2],
      ['От 10 000 001 до 15 000 000 тенге', 4, 18.2],
      ['От 15 000 001 до 20 000 000 тенге', 3, 13.6],
      ['От 20 000 001 до 25 000 000 тенге', 0, 0],
      ['От 25 000 001 до 30 000 000 тенге', 4, 18.2],
      ['Нет финансирования', 1, 4.5],
    ]);
  }, 60_000);
});

describe('cli estimate', () => {
  it('--mean, --prop and --quantile on the cluster sample give R survey numbers', async () => {
    const { stdout } = await cli(
      'estimate',
      'test/fixtures/apiclus1.csv',
      '--design',
      'ids=dnum,weights=pw,fpc=fpc',
      '--mean',
      'api00',
      '--prop',
      'sch.wide=Yes',
      '--quantile',
      'api00=0.5',
    );
    const [mean, prop, median] = JSON.parse(stdout);
    expect(mean).toMatchObject({ statistic: 'mean', variable: 'api00', df: 14, n: 183 });
    expect(mean.se).toBeCloseTo(23.542, 3);
    expect(prop.ci_low).toBeCloseTo(0.823799, 6);
    expect(median).toMatchObject({ statistic: 'quantile', quantile: 0.5, estimate: 652, ci_low: 561, ci_high: 714 });
  }, 60_000);
});

describe('cli crosstab and designs', () => {
  it('crosstab follows the contract: cells with % and SEs, svychisq F and first-order test', async () => {
    const { stdout } = await cli(
      'crosstab',
      'test/fixtures/apiclus1.csv',
      '--rows',
      'sch.wide',
      '--cols',
      'stype',
      '--design',
      'ids=dnum,weights=pw,fpc=fpc',
    );
    const { cells, test } = JSON.parse(stdout);
    expect(cells).toHaveLength(6);
    expect(Object.keys(cells[0])).toEqual([
      'row',
      'col',
      'n',
      'weighted_n',
      'cell_pct',
      'row_pct',
      'col_pct',
      'se_cell_pct',
      'se_row_pct',
      'se_col_pct',
    ]);
    expect(cells[0].weighted_n).toBeCloseTo(406.164, 3); // svytable(~sch.wide + stype, dclus1)
    expect(Object.keys(test)).toEqual(['statistic', 'F', 'ndf', 'ddf', 'p', 'chisq', 'chisq_p', 'reason']);
    expect(test.F).toBeCloseTo(5.19336954147, 8);
  }, 60_000);
  it('crosstab --domain keeps the levels present (no H school above 800) and gives an undefined test as null', async () => {
    const args = ['test/fixtures/apiclus1.csv', '--rows', 'stype', '--design', 'ids=dnum,weights=pw,fpc=fpc'];
    const run = async (cols: string) =>
      JSON.parse((await cli('crosstab', ...args, '--cols', cols, '--domain', 'api00 > 800')).stdout);
    const awards = await run('awards');
    expect(awards.cells.map((c: { row: string; col: string }) => `${c.row}.${c.col}`)).toEqual([
      'E.No',
      'M.No',
      'E.Yes',
      'M.Yes',
    ]);
    // svychisq(~stype + awards, subset(dclus1, api00 > 800)) on the CSV: F 0.253512963873 on 1 and 5 df.
    expect(awards.test).toMatchObject({ ndf: 1, ddf: 5, reason: null });
    expect(awards.test.F).toBeCloseTo(0.253512963873, 10);
    // Every school above 800 met its school-wide target: one column, R stops; the test is null with its reason.
    const { test } = await run('sch.wide');
    expect(test).toEqual({
      ...{ statistic: 'F', F: null, ndf: null, ddf: null, p: null, chisq: null, chisq_p: null },
      reason: 'one_level',
    });
  }, 60_000);
  it('a lonely PSU fails as in R unless --lonely-psu says otherwise; two-stage and replicate designs run', async () => {
    const lonely = [
      'estimate',
      'test/fixtures/apistrat-lonely.csv',
      '--design',
      'ids=1,strata=stype,weights=pw',
      '--mean',
      'api00',
    ];
    const failed = await cli(...lonely);
    expect(failed.code).toBe(1);
    expect(failed.stderr.trim()).toBe(
      'error: design: stage 1, stratum X has only one PSU; ' +
        'choose a lonely-PSU rule (certainty, remove, adjust, average)',
    );
    expect(JSON.parse((await cli(...lonely, '--lonely-psu', 'adjust')).stdout)[0].se).toBeCloseTo(9.54619444, 7);
    const two = await cli(
      'estimate',
      'test/fixtures/apiclus2.csv',
      '--design',
      'ids=dnum+snum,fpc=fpc1+fpc2',
      '--mean',
      'api00',
    );
    expect(JSON.parse(two.stdout)[0].se).toBeCloseTo(30.09902738, 7);
    const boot = await cli(
      'estimate',
      'test/fixtures/apiclus1-boot.csv',
      '--design',
      'weights=pw,repweights=^bw,type=bootstrap',
      '--total',
      'enroll',
    );
    expect(JSON.parse(boot.stdout)[0].df).toBe(14);
  }, 60_000);
  it('--total of a text variable gives one row per category (svytotal(~stype, dclus1): E 4873.97, SE 1333.32)', async () => {
    const { stdout } = await cli(
      'estimate',
      'test/fixtures/apiclus1.csv',
      '--design',
      'ids=dnum,weights=pw,fpc=fpc',
      '--total',
      'stype',
    );
    const rows = JSON.parse(stdout);
    expect(rows.map((r: { category: string }) => r.category)).toEqual(['E', 'H', 'M']);
    expect(rows[0].estimate).toBeCloseTo(4873.97, 2);
    expect(rows[0].se).toBeCloseTo(1333.32, 2);
  }, 60_000);
  it("PSUs not nested in strata stop with R's advice; nest=true accepts them", async () => {
    const args = ['estimate', 'test/fixtures/apistrat.csv', '--mean', 'api00', '--design'];
    const bad = await cli(...args, 'ids=dnum,strata=stype,weights=pw');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^error: design: PSU \d+ appears in more than one stratum; add nest=true/);
    expect((await cli(...args, 'ids=dnum,strata=stype,weights=pw,nest=true,lonely=certainty')).code).toBe(0);
  }, 60_000);
  it('a Windows-1251 file with Cyrillic names and categories gives the same numbers as dclus1', async () => {
    const file = 'test/fixtures/encodings/survey-cp1251.csv',
      design = 'ids=район,weights=вес,fpc=fpc';
    const { cells, test } = JSON.parse(
      (await cli('crosstab', file, '--rows', 'программа', '--cols', 'тип школы', '--design', design)).stdout,
    );
    expect(cells.map((c: { row: string; col: string }) => `${c.row}/${c.col}`)).toContain('Да/Начальная');
    expect(test.F).toBeCloseTo(5.19336954147, 8);
    const [mean] = JSON.parse((await cli('estimate', file, '--design', design, '--mean', 'индекс 2000')).stdout);
    expect(mean.se).toBeCloseTo(23.542, 3);
  }, 60_000);
  it('weights reports calibration diagnostics and writes the data with the adjusted weights', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'weights-')), 'calibrated.csv');
    const { stdout } = await cli(
      'weights',
      'test/fixtures/apiclus1.csv',
      '--design',
      'ids=dnum,weights=pw,fpc=fpc',
      '--calibrate',
      '1=6194,api99=3914069',
      '--out',
      out,
    );
    const r = JSON.parse(stdout);
    expect(r.sum).toBeCloseTo(6194, 6);
    expect(r.calibration.weights[0]).toBeCloseTo(17.72285853, 6); // range(weights(gclus1))
    expect(r.calibration.weights[1]).toBeCloseTo(52.7060654, 6);
    const [header, first] = readFileSync(out, 'utf8').split('\n');
    expect(header.endsWith(',fpc,pw,weight_adjusted')).toBe(true);
    expect(Number(first.split(',').at(-1))).toBeGreaterThan(17);
  }, 60_000);
  it("alpha on a study dataset treats the codebook's 98/99 as missing (base R: 0.6080318094 on 1489 cases)", async () => {
    const { stdout } = await cli(
      'alpha',
      'demo:population',
      '--items',
      'trust_neighbours,trust_nationality,trust_religion,conf_ngo,conf_centres',
      '--domain',
      'wave = 2025',
      '--weight',
      'weight',
    );
    const r = JSON.parse(stdout);
    expect([r.n, r.k, r.weighted]).toEqual([1489, 5, true]);
    expect(r.alpha).toBeCloseTo(0.5885280872, 8); // alpha of cov.wt(x, wt = weight), test/golden/r/derive-alpha.R
  }, 60_000);
  it('--rake to margins read from CSV files gives calibrate(dclus1, ~stype + sch.wide, pop, calfun = "raking")', async () => {
    const m = 'test/fixtures/margins/';
    const { stdout } = await cli(
      'estimate',
      'test/fixtures/apiclus1.csv',
      '--design',
      'ids=dnum,weights=pw,fpc=fpc',
      '--mean',
      'api00',
      '--rake',
      `${m}api-stype.csv,${m}api-schwide.csv`,
    );
    expect(JSON.parse(stdout)[0].estimate).toBeCloseTo(641.2303209, 6);
    expect(JSON.parse(stdout)[0].se).toBeCloseTo(23.70361689, 6);
    const short = await cli(
      'estimate',
      'test/fixtures/apiclus1.csv',
      '--design',
      'ids=dnum,weights=pw,fpc=fpc',
      '--mean',
      'api00',
      '--rake',
      `${m}api-stype-short.csv`,
    );
    expect(short.stderr.trim()).toBe('error: rake: stype = M is in the data but not in the margin');
  }, 60_000);
  it('--calibrate reproduces calibrate(dclus1, ~api99, c(6194, 3914069)) (REFERENCE.md gclus1)', async () => {
    const { stdout } = await cli(
      'estimate',
      'test/fixtures/apiclus1.csv',
      '--design',
      'ids=dnum,weights=pw,fpc=fpc',
      '--mean',
      'api00',
      '--total',
      'enroll',
      '--calibrate',
      '1=6194,api99=3914069',
    );
    const [mean, total] = JSON.parse(stdout);
    expect(mean.estimate).toBeCloseTo(666.7177, 4);
    expect(mean.se).toBeCloseTo(3.29588, 5);
    expect(total.se).toBeCloseTo(243227.19, 1);
  }, 60_000);
});
