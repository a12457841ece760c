// Study folders of Parquet files on native DuckDB: export-parquet round trips, hive pruning and the error messages.
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStudyFolder } from '../../../src/cli/study-folder';
import { saveMeta } from '../../../src/data/datasets';
import { openNativeDuckDB } from '../../../src/data/duckdb-native';
import { exportWorkspace } from '../../../src/data/workspace-file';
import { cli } from '../../helpers/cli';

type Row = Record<string, unknown>;
const root = mkdtempSync(join(tmpdir(), 'civic-parquet-test-'));
const at = (name: string) => join(root, name);
let demo: Row[];

/** Rows as printed, numbers to 12 significant digits: threads add floating-point sums in any order. */
const rounded = (rows: Row[]) =>
  rows.map((r) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' ? Number(v.toPrecision(12)) : v])),
  );

async function indicators(target: string, ...more: string[]): Promise<Row[]> {
  const { code, stdout, stderr } = await cli('indicators', target, '--by', 'region,wave', ...more);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

beforeAll(async () => {
  demo = await indicators('demo');
  expect((await cli('export-parquet', 'demo', '--out', at('flat'))).code).toBe(0);
  expect((await cli('export-parquet', 'demo', '--out', at('hive'), '--partition', 'wave,region')).code).toBe(0);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('export-parquet and indicators on Parquet study folders', () => {
  it('indicators FOLDER gives the rows of indicators demo, from one Parquet file per dataset', async () => {
    const manifest = JSON.parse(readFileSync(at('flat/study.json'), 'utf8'));
    expect(manifest.datasets.map((d: Row) => [d.file, d.format])).toContainEqual(['population.parquet', 'parquet']);
    expect(rounded(await indicators(at('flat')))).toEqual(rounded(demo));
  });

  it('and from hive-partitioned folders (wave=…/region=…), each dataset by the keys it has', async () => {
    const manifest = JSON.parse(readFileSync(at('hive/study.json'), 'utf8'));
    const keys = Object.fromEntries(manifest.datasets.map((d: Row) => [d.id, d.partition_by ?? null]));
    expect(keys).toMatchObject({ population: ['wave', 'region'], centres: ['region'], service_logs: null });
    expect(rounded(await indicators(at('hive')))).toEqual(rounded(demo));
  });

  it('a partitioned dataset reads back with the columns, types and rows of the CSV it came from', async () => {
    const [a, b] = await Promise.all([openNativeDuckDB(), openNativeDuckDB()]);
    await loadStudyFolder(a, 'demo');
    await loadStudyFolder(b, at('hive'));
    for (const id of ['population', 'centres', 'ngo_stats']) {
      expect(await b.query(`DESCRIBE ${id}`), id).toEqual(await a.query(`DESCRIBE ${id}`));
      const dump = `SELECT * FROM ${id} ORDER BY ALL`;
      expect(await b.query(dump), id).toEqual(await a.query(dump));
    }
    await Promise.all([a.close(), b.close()]);
  });

  it('STUDY:DATASET commands read a Parquet dataset as they read the CSV one', async () => {
    const parquet = JSON.parse((await cli('describe', `${at('hive')}:population`)).stdout);
    const csv = JSON.parse((await cli('describe', 'demo:population')).stdout);
    expect(parquet).toMatchObject({ format: 'parquet', encoding: null, delimiter: null, rows: 6000 });
    expect(parquet.columns).toEqual(csv.columns);
    const freq = (study: string) => cli('freq', `${study}:population`, '--var', 'sex', '--weight', 'weight');
    expect((await freq(at('hive'))).stdout).toBe((await freq('demo')).stdout);
  });

  it('a filter on the partition keys reads only the matching folder (EXPLAIN counts the files)', async () => {
    const db = await openNativeDuckDB();
    await loadStudyFolder(db, at('hive'));
    const plan = await db.query<{ explain_value: string }>(
      "EXPLAIN SELECT count(*) FROM population WHERE wave = 2025 AND region = 'KZ-75'",
    );
    expect(plan[0].explain_value).toMatch(/Scanning Files: 1\/60/);
    const [{ n }] = await db.query<{ n: number }>(
      "SELECT count(*)::INT AS n FROM population WHERE wave = 2025 AND region = 'KZ-75'",
    );
    const csv = readFileSync('data/demo/population-survey.csv', 'utf8').split('\n');
    expect(n).toBe(csv.filter((l) => /^[^,]*,2025,KZ-75,/.test(l)).length);
    await db.close();
  });
});

describe('export-parquet of a workspace file', () => {
  it('writes each dataset under the role it has, and indicators on the folder match the demo for that role', async () => {
    const db = await openNativeDuckDB();
    const { study } = await loadStudyFolder(db, 'demo');
    const pop = study.datasets.find((d) => d.id === 'population')!;
    const codebook = JSON.parse(readFileSync('data/demo/population-codebook.json', 'utf8'));
    await db.exec('ALTER TABLE population RENAME TO u_survey');
    const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::INT AS n FROM u_survey');
    const meta = { id: 'u_survey', title: 'Survey', file: 'survey.csv', format: 'csv', encoding: 'utf-8' };
    const more = { delimiter: ',', decimal: '.', rows: n, imported: '2026-12-01T00:00:00Z', codebook };
    await saveMeta(db, { ...meta, ...more, design: pop.design, role: 'population' });
    writeFileSync(at('ws.zip'), await exportWorkspace(db, {}));
    await db.close();
    const { code, stdout } = await cli('export-parquet', at('ws.zip'), '--out', at('ws'), '--partition', 'wave');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).datasets).toEqual([
      { id: 'population', file: 'population', rows: n, partition_by: ['wave'] },
    ]);
    const ids = ['--ids', 'trust_ngo,aware_centre,sci'];
    expect(rounded(await indicators(at('ws'), ...ids))).toEqual(rounded(await indicators('demo', ...ids)));
  });
});

describe('Parquet study folders: errors name the file, the dataset and what is wrong', () => {
  const broken = (name: string, change: (dir: string) => void) => {
    const dir = at(name);
    cpSync(at('hive'), dir, { recursive: true });
    change(dir);
    return dir;
  };

  it('a missing file or folder', async () => {
    const dir = broken('missing', (d) => rmSync(join(d, 'population'), { recursive: true }));
    const { code, stderr } = await cli('indicators', dir);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `error: ${dir}/population: the file cannot be read (dataset "population": no such file or folder)\n`,
    );
  });

  it('a folder whose name is not the partition key study.json gives', async () => {
    const dir = broken('badkey', (d) => renameSync(join(d, 'population/wave=2021'), join(d, 'population/year=2021')));
    const { code, stderr } = await cli('indicators', dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/population: the file cannot be read \(dataset "population": year=2021\/region=KZ-\d\d/);
    expect(stderr).toMatch(/folder "year=2021" is not a partition of "wave" \(wave=VALUE\)\)\n$/);
  });

  it('a hive-partitioned folder that study.json does not declare', async () => {
    const dir = broken('undeclared', (d) => {
      const m = JSON.parse(readFileSync(join(d, 'study.json'), 'utf8'));
      delete m.datasets[0].partition_by;
      writeFileSync(join(d, 'study.json'), JSON.stringify(m));
    });
    const { stderr } = await cli('indicators', dir);
    expect(stderr).toMatch(/folder "wave=20\d\d" is a hive partition; list its keys in partition_by/);
  });

  it('partition_by without format parquet fails the manifest schema', async () => {
    const dir = broken('noformat', (d) => {
      const m = JSON.parse(readFileSync(join(d, 'study.json'), 'utf8'));
      delete m.datasets[0].format;
      writeFileSync(join(d, 'study.json'), JSON.stringify(m));
    });
    const { code, stderr } = await cli('indicators', dir);
    expect(code).toBe(1);
    expect(stderr).toContain("study.json/datasets/0: must have required property 'format'");
  });

  it('the wasm engine refuses a Parquet study and says which engine reads it', async () => {
    const { code, stderr } = await cli('indicators', at('flat'), '--engine', 'wasm');
    expect(code).toBe(1);
    expect(stderr).toBe(
      `error: ${at('flat')}/population.parquet: this format is not supported (dataset "population" is Parquet, which ` +
        'this engine cannot read: DuckDB-wasm reads Parquet through an extension it never downloads; ' +
        "use native DuckDB (the CLI's default engine))\n",
    );
  });

  it('--threads and --memory-limit are checked before the engine opens', async () => {
    const threads = await cli('indicators', 'demo', '--threads', 'two');
    expect(threads).toMatchObject({ code: 2, stderr: 'error: --threads two: a whole number of threads\n' });
    const memory = await cli('indicators', 'demo', '--memory-limit', 'lots');
    expect(memory).toMatchObject({ code: 2, stderr: 'error: --memory-limit lots: a size such as 4GB or 500MB\n' });
  });

  it('export-parquet refuses a partition key no dataset has, and a folder that is not empty', async () => {
    const unknown = await cli('export-parquet', 'demo', '--out', at('unknown'), '--partition', 'wave,nosuch');
    expect(unknown).toMatchObject({ code: 2, stderr: 'error: --partition: no dataset has a column "nosuch"\n' });
    const full = await cli('export-parquet', 'demo', '--out', at('flat'));
    expect(full).toMatchObject({ code: 2, stderr: `error: --out ${at('flat')}: not an empty folder\n` });
  });
});
