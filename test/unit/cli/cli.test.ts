import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CATALOGUE } from '../../../src/indicators/catalogue';
import { DEFAULT_RUBRIC } from '../../../src/indicators/defs/kpi-rubric';
import { describe, expect, it } from 'vitest';

const exec = promisify(execFile);
/** Run the CLI as the README says (npm run --silent cli -- …) and capture stdout, stderr and exit code. */
async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await exec('npm', ['run', '--silent', 'cli', '--', ...args], { maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('cli indicators', () => {
  it('indicators demo --by region,wave prints the contract rows for every indicator, region and wave', async () => {
    const { code, stdout } = await cli('indicators', 'demo', '--by', 'region,wave');
    expect(code).toBe(0);
    const rows = JSON.parse(stdout);
    type R = { indicator_id: string; status: string; region: string | null; wave: number | null; estimate: number | null };
    expect(Object.keys(rows[0])).toEqual([
      'indicator_id', 'unit', 'region', 'wave', 'by', 'estimate', 'se', 'ci_low', 'ci_high', 'n', 'n_eff', 'status', 'flags', 'dropped_by',
    ]);
    // Every catalogue entry is listed, none silently absent; statuses from the contract only.
    expect([...new Set(rows.map((r: R) => r.indicator_id))]).toEqual(CATALOGUE.map((e) => e.id));
    expect(new Set(rows.map((r: R) => r.status))).toEqual(new Set(['ok', 'suppressed', 'not_measured', 'no_data', 'no_denominator']));
    for (const id of ['sci', 'trust_generalised', 'trust_ngo', 'aware_centre', 'used_centre_services']) {
      expect(rows.filter((r: R) => r.indicator_id === id), id).toHaveLength(3 * 21);
    }
    const unavailable = rows.filter((r: R) => r.indicator_id === 'consumer_loans');
    expect(unavailable).toEqual([expect.objectContaining({ region: null, wave: null, status: 'no_data', estimate: null })]);
    expect(rows.filter((r: R) => r.indicator_id === 'ngo_active' && r.region === null).map((r: R) => r.wave)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    const per100k = rows.filter((r: { indicator_id: string }) => r.indicator_id === 'centres_per_100k');
    const noDenominator = per100k.filter((r: { status: string }) => r.status === 'no_denominator').map((r: { region: string | null }) => r.region);
    expect(noDenominator).toEqual([null, 'KZ-11', 'KZ-33']);
    const aware2021 = rows.filter((r: { indicator_id: string; wave: number }) => r.indicator_id === 'aware_centre' && r.wave === 2021);
    expect(aware2021.every((r: { status: string }) => r.status === 'not_measured')).toBe(true);
    const sci = rows.find((r: { indicator_id: string; region: string | null; wave: number }) => r.indicator_id === 'sci' && r.region === null && r.wave === 2025);
    expect(sci).toMatchObject({ unit: 'index_0_100', status: 'ok' });
    expect(sci.ci_low).toBeLessThan(sci.estimate);
  }, 60_000);
  it('without region only national rows; an unsupported breakdown is dropped and named; --format csv flattens by_', async () => {
    const { stdout } = await cli('indicators', 'demo', '--by', 'wave,sex,level', '--ids', 'trust_ngo', '--format', 'csv');
    const [header, ...lines] = stdout.trim().split('\n');
    expect(header).toBe('indicator_id,unit,region,wave,by_sex,estimate,se,ci_low,ci_high,n,n_eff,status,flags,dropped_by');
    expect(lines).toHaveLength(3 * 2);
    expect(lines.every((l) => l.startsWith('trust_ngo,percent,,') && l.endsWith(',level'))).toBe(true);
  }, 60_000);
});

describe('cli describe and freq', () => {
  it('describe demo:population gives labels, user-missing codes and value labels from the codebook', async () => {
    const { stdout } = await cli('describe', 'demo:population');
    const d = JSON.parse(stdout);
    expect(d).toMatchObject({ file: 'demo:population', format: 'csv', encoding: 'utf-8', delimiter: ',', decimal: '.' });
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
    expect(d.columns[0]).toEqual({ name: 'column1', type: 'BIGINT', label: null, missing: 0, user_missing: [], values: {} });
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
      ['До 500 000 тенге', 1, 4.5], ['От 500 001 до 1 000 000 тенге', 2, 9.1], ['От 1 000 001 до 5 000 000 тенге', 3, 13.6],
      ['От 5 000 001 до 10 000 000 тенге', 4, 18.2], ['От 10 000 001 до 15 000 000 тенге', 4, 18.2],
      ['От 15 000 001 до 20 000 000 тенге', 3, 13.6], ['От 20 000 001 до 25 000 000 тенге', 0, 0],
      ['От 25 000 001 до 30 000 000 тенге', 4, 18.2], ['Нет финансирования', 1, 4.5],
    ]);
  }, 60_000);
});

describe('cli estimate', () => {
  it('--mean, --prop and --quantile on the cluster sample give R survey numbers', async () => {
    const { stdout } = await cli('estimate', 'test/fixtures/apiclus1.csv', '--design', 'ids=dnum,weights=pw,fpc=fpc',
      '--mean', 'api00', '--prop', 'sch.wide=Yes', '--quantile', 'api00=0.5');
    const [mean, prop, median] = JSON.parse(stdout);
    expect(mean).toMatchObject({ statistic: 'mean', variable: 'api00', df: 14, n: 183 });
    expect(mean.se).toBeCloseTo(23.542, 3);
    expect(prop.ci_low).toBeCloseTo(0.823799, 6);
    expect(median).toMatchObject({ statistic: 'quantile', quantile: 0.5, estimate: 652, ci_low: 561, ci_high: 714 });
  }, 60_000);
});

describe('cli crosstab and designs', () => {
  it('crosstab follows the contract: cells with % and SEs, svychisq F and first-order test', async () => {
    const { stdout } = await cli('crosstab', 'test/fixtures/apiclus1.csv', '--rows', 'sch.wide', '--cols', 'stype',
      '--design', 'ids=dnum,weights=pw,fpc=fpc');
    const { cells, test } = JSON.parse(stdout);
    expect(cells).toHaveLength(6);
    expect(Object.keys(cells[0])).toEqual(['row', 'col', 'n', 'weighted_n', 'cell_pct', 'row_pct', 'col_pct', 'se_cell_pct', 'se_row_pct', 'se_col_pct']);
    expect(cells[0].weighted_n).toBeCloseTo(406.164, 3); // svytable(~sch.wide + stype, dclus1)
    expect(Object.keys(test)).toEqual(['statistic', 'F', 'ndf', 'ddf', 'p', 'chisq', 'chisq_p']);
    expect(test.F).toBeCloseTo(5.19336954147, 8);
  }, 60_000);
  it('a lonely PSU fails as in R unless --lonely-psu says otherwise; two-stage and replicate designs run', async () => {
    const lonely = ['estimate', 'test/fixtures/apistrat-lonely.csv', '--design', 'ids=1,strata=stype,weights=pw', '--mean', 'api00'];
    const failed = await cli(...lonely);
    expect(failed.code).toBe(1);
    expect(failed.stderr.trim()).toBe('error: design: stage 1, stratum X has only one PSU; choose a lonely-PSU rule (certainty, remove, adjust, average)');
    expect(JSON.parse((await cli(...lonely, '--lonely-psu', 'adjust')).stdout)[0].se).toBeCloseTo(9.54619444, 7);
    const two = await cli('estimate', 'test/fixtures/apiclus2.csv', '--design', 'ids=dnum+snum,fpc=fpc1+fpc2', '--mean', 'api00');
    expect(JSON.parse(two.stdout)[0].se).toBeCloseTo(30.09902738, 7);
    const boot = await cli('estimate', 'test/fixtures/apiclus1-boot.csv', '--design', 'weights=pw,repweights=^bw,type=bootstrap', '--total', 'enroll');
    expect(JSON.parse(boot.stdout)[0].df).toBe(14);
  }, 60_000);
  it('--total of a text variable gives one row per category (svytotal(~stype, dclus1): E 4873.97, SE 1333.32)', async () => {
    const { stdout } = await cli('estimate', 'test/fixtures/apiclus1.csv', '--design', 'ids=dnum,weights=pw,fpc=fpc', '--total', 'stype');
    const rows = JSON.parse(stdout);
    expect(rows.map((r: { category: string }) => r.category)).toEqual(['E', 'H', 'M']);
    expect(rows[0].estimate).toBeCloseTo(4873.97, 2);
    expect(rows[0].se).toBeCloseTo(1333.32, 2);
  }, 60_000);
  it('PSUs not nested in strata stop with R\'s advice; nest=true accepts them', async () => {
    const args = ['estimate', 'test/fixtures/apistrat.csv', '--mean', 'api00', '--design'];
    const bad = await cli(...args, 'ids=dnum,strata=stype,weights=pw');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^error: design: PSU \d+ appears in more than one stratum; add nest=true/);
    expect((await cli(...args, 'ids=dnum,strata=stype,weights=pw,nest=true,lonely=certainty')).code).toBe(0);
  }, 60_000);
  it('a Windows-1251 file with Cyrillic names and categories gives the same numbers as dclus1', async () => {
    const file = 'test/fixtures/encodings/survey-cp1251.csv', design = 'ids=район,weights=вес,fpc=fpc';
    const { cells, test } = JSON.parse((await cli('crosstab', file, '--rows', 'программа', '--cols', 'тип школы', '--design', design)).stdout);
    expect(cells.map((c: { row: string; col: string }) => `${c.row}/${c.col}`)).toContain('Да/Начальная');
    expect(test.F).toBeCloseTo(5.19336954147, 8);
    const [mean] = JSON.parse((await cli('estimate', file, '--design', design, '--mean', 'индекс 2000')).stdout);
    expect(mean.se).toBeCloseTo(23.542, 3);
  }, 60_000);
  it('weights reports calibration diagnostics and writes the data with the adjusted weights', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'weights-')), 'calibrated.csv');
    const { stdout } = await cli('weights', 'test/fixtures/apiclus1.csv', '--design', 'ids=dnum,weights=pw,fpc=fpc',
      '--calibrate', '1=6194,api99=3914069', '--out', out);
    const r = JSON.parse(stdout);
    expect(r.sum).toBeCloseTo(6194, 6);
    expect(r.calibration.weights[0]).toBeCloseTo(17.72285853, 6); // range(weights(gclus1))
    expect(r.calibration.weights[1]).toBeCloseTo(52.7060654, 6);
    const [header, first] = readFileSync(out, 'utf8').split('\n');
    expect(header.endsWith(',fpc,pw,weight_adjusted')).toBe(true);
    expect(Number(first.split(',').at(-1))).toBeGreaterThan(17);
  }, 60_000);
  it('alpha on a study dataset treats the codebook\'s 98/99 as missing (base R: 0.5925435099 on 1486 cases)', async () => {
    const { stdout } = await cli('alpha', 'demo:population', '--items', 'trust_neighbours,trust_nationality,trust_religion,conf_ngo,conf_centres',
      '--domain', 'wave = 2025', '--weight', 'weight');
    const r = JSON.parse(stdout);
    expect([r.n, r.k, r.weighted]).toEqual([1486, 5, true]);
    expect(r.alpha).toBeCloseTo(0.582171144, 8); // alpha of cov.wt(x, wt = weight), test/golden/r/derive-alpha.R
  }, 60_000);
  it('--rake to margins read from CSV files gives calibrate(dclus1, ~stype + sch.wide, pop, calfun = "raking")', async () => {
    const m = 'test/fixtures/margins/';
    const { stdout } = await cli('estimate', 'test/fixtures/apiclus1.csv', '--design', 'ids=dnum,weights=pw,fpc=fpc',
      '--mean', 'api00', '--rake', `${m}api-stype.csv,${m}api-schwide.csv`);
    expect(JSON.parse(stdout)[0].estimate).toBeCloseTo(641.2303209, 6);
    expect(JSON.parse(stdout)[0].se).toBeCloseTo(23.70361689, 6);
    const short = await cli('estimate', 'test/fixtures/apiclus1.csv', '--design', 'ids=dnum,weights=pw,fpc=fpc', '--mean', 'api00', '--rake', `${m}api-stype-short.csv`);
    expect(short.stderr.trim()).toBe('error: rake: stype = M is in the data but not in the margin');
  }, 60_000);
  it('--calibrate reproduces calibrate(dclus1, ~api99, c(6194, 3914069)) (REFERENCE.md gclus1)', async () => {
    const { stdout } = await cli('estimate', 'test/fixtures/apiclus1.csv', '--design', 'ids=dnum,weights=pw,fpc=fpc',
      '--mean', 'api00', '--total', 'enroll', '--calibrate', '1=6194,api99=3914069');
    const [mean, total] = JSON.parse(stdout);
    expect(mean.estimate).toBeCloseTo(666.7177, 4);
    expect(mean.se).toBeCloseTo(3.29588, 5);
    expect(total.se).toBeCloseTo(243227.19, 1);
  }, 60_000);
});

describe('cli catalogue', () => {
  it('catalogue demo lists every entry, says which the demo feeds and what the others need, in the language asked', async () => {
    const { code, stdout } = await cli('catalogue', 'demo', '--lang', 'ru');
    expect(code).toBe(0);
    const rows = JSON.parse(stdout);
    expect(rows.map((r: { id: string }) => r.id)).toEqual(CATALOGUE.map((e) => e.id));
    expect(rows.find((r: { id: string }) => r.id === 'sci')).toMatchObject({ task: 'D1', group: 'ideological', name: 'Индекс социального капитала', computable: true, needs: null });
    expect(rows.find((r: { id: string }) => r.id === 'consumer_loans')).toMatchObject({ computable: false, needs: expect.stringMatching(/^Статистика Национального банка/) });
    expect(rows.filter((r: { computable: boolean }) => !r.computable)).toHaveLength(CATALOGUE.filter((e) => e.formula.kind === 'unavailable').length);
  }, 60_000);
});

describe('cli kpi', () => {
  it('kpi demo gives every centre its seven levels with evidence and the roll-ups, all of it through a pipe', async () => {
    const { code, stdout } = await cli('kpi', 'demo');
    expect(code).toBe(0);
    const rows = JSON.parse(stdout);
    expect(stdout.length).toBeGreaterThan(65536);
    const centres = new Set(rows.map((r: { centre_id: string }) => r.centre_id));
    expect(rows).toHaveLength(centres.size * 12);
    expect(Object.keys(rows[0])).toEqual(['centre_id', 'region', 'level_of_network', 'kpi', 'level', 'score', 'evidence']);
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
    const ind = JSON.parse((await cli('indicators', 'demo', '--ids', 'kpi_funding_diversification', '--rubric', join(dir, 'rubric.json'))).stdout);
    expect(ind).toEqual([expect.objectContaining({ region: null, wave: 2025, estimate: 3, status: 'ok' })]);
    writeFileSync(join(dir, 'bad.json'), '{"kpis": 3}');
    const bad = await cli('kpi', 'demo', '--rubric', join(dir, 'bad.json'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.json: a rubric needs "derived" and "kpis" lists/);
  }, 60_000);
});

describe('cli describe of every importable format (the contract shape)', () => {
  const shape = ['file', 'format', 'encoding', 'delimiter', 'decimal', 'rows', 'columns'];
  it.each([
    ['cp1251-semicolon.csv', 'csv', 'windows-1251', ';', ',', 4],
    ['utf16-bom.txt', 'tsv', 'utf-16le', '\t', '.', 3],
    ['two-sheets.xlsx', 'xlsx', null, null, null, 3],
    ['labelled.sav', 'sav', 'utf-8', null, null, 5],
    ['labelled.zsav', 'zsav', 'utf-8', null, null, 5],
    ['data.parquet', 'parquet', null, null, null, 3],
    ['data.arrow', 'arrow', null, null, null, 3],
    ['data.json', 'json', 'utf-8', null, null, 3],
    ['data.ndjson', 'ndjson', 'utf-8', null, null, 3],
    ['xlsform.xlsx', 'xlsform', null, null, null, 10],
  ])('%s → %s', async (file, format, encoding, delimiter, decimal, rows) => {
    const { code, stdout } = await cli('describe', `test/fixtures/import/${file}`, '--lang', 'ru');
    expect(code).toBe(0);
    const d = JSON.parse(stdout);
    expect(Object.keys(d)).toEqual(shape);
    expect(d).toMatchObject({ format, encoding, delimiter, decimal, rows });
    for (const c of d.columns) expect(Object.keys(c)).toEqual(['name', 'type', 'label', 'missing', 'user_missing', 'values']);
  }, 60_000);
  it('labels, value labels and user-missing codes from an SPSS file; the sheet by name', async () => {
    const sav = JSON.parse((await cli('describe', 'test/fixtures/import/labelled-1251.sav', '--lang', 'ru')).stdout);
    expect(sav.encoding).toBe('windows-1251');
    expect(sav.columns.find((c: { name: string }) => c.name === 'trust')).toEqual({
      name: 'trust', type: 'BIGINT', label: 'Доверие к НКО', missing: 0, user_missing: [98, 99],
      values: { 1: 'Полностью доверяю', 2: 'Скорее доверяю', 3: 'Скорее не доверяю', 4: 'Совсем не доверяю', 98: 'Затрудняюсь ответить' },
    });
    const sheet = JSON.parse((await cli('describe', 'test/fixtures/import/two-sheets.xlsx', '--sheet', 'Регионы')).stdout);
    expect(sheet.columns.map((c: { name: string }) => c.name)).toEqual(['code', 'name']);
    const { code, stderr } = await cli('describe', 'test/fixtures/import/two-sheets.xlsx', '--sheet', 'Nope');
    expect([code, stderr.trim()]).toEqual([1, 'error: test/fixtures/import/two-sheets.xlsx: no such sheet (Nope)']);
  }, 60_000);
});

describe('cli errors', () => {
  it('a binary file gets one stderr line naming the file and row, and exit code 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const file = join(dir, 'binary.csv');
    writeFileSync(file, Buffer.from([0x61, 0x0a, 0x62, 0x00, 0x01, 0x0a]));
    const { code, stdout, stderr } = await cli('describe', file);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe(`error: ${file}: row 2: binary data, not text (a NUL byte at byte 3)`);
  }, 60_000);
  it('describe reads a Kazakh KZ-1048 file and names its encoding', async () => {
    const { stdout } = await cli('describe', 'test/fixtures/encodings/kazakh-kz1048.csv');
    const d = JSON.parse(stdout);
    expect(d).toMatchObject({ encoding: 'kz-1048', rows: 3 });
    expect(d.columns.map((c: { name: string }) => c.name)).toEqual(['аты', 'өңір', 'пікір']);
  }, 60_000);
  it('an unknown column is named', async () => {
    const { code, stderr } = await cli('freq', 'test/fixtures/apistrat.csv', '--var', 'nope');
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('error: test/fixtures/apistrat.csv: column "nope": no such column');
  }, 60_000);
  it('a usage mistake exits with code 2', async () => {
    expect((await cli('frobnicate', 'x')).code).toBe(2);
  }, 60_000);
  it('CSV output neutralises formula injection in text cells and keeps numbers as numbers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const file = join(dir, 'inj.csv');
    writeFileSync(file, 'name,x\n"=HYPERLINK(""http://x"")",-1\n+cmd,2\n');
    const { stdout } = await cli('freq', file, '--var', 'name', '--format', 'csv');
    expect(stdout).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(stdout).toContain("'+cmd");
    const { stdout: nums } = await cli('freq', file, '--var', 'x', '--format', 'csv');
    expect(nums.split('\n')[1]).toBe('-1,,false,1,50,');
  }, 60_000);
});
