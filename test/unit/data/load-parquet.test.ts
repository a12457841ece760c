import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/core/sql';
import { parquetSource, readParquetSql } from '../../../src/data/load-parquet';
import { loadStudy } from '../../../src/data/load-study';
import type { Study, StudyDataset } from '../../../src/data/study';

const dir = mkdtempSync(join(tmpdir(), 'civic-load-parquet-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const L = { ru: 'x', kk: 'x', en: 'x' };
const dataset = (over: Partial<StudyDataset>): StudyDataset => ({
  id: 'reports',
  kind: 'registry',
  title: L,
  file: 'reports',
  format: 'parquet',
  codebook: 'reports-codebook.json',
  design: { ids: null, strata: null, weights: null, fpc: null },
  waves: [2025],
  region_coding: 'current',
  ...over,
});

describe('parquetSource', () => {
  it('a hive-partitioned folder: every file under key=value folders in partition_by order, globbed', () => {
    for (const f of ['year=2024/region=KZ-75', 'year=2025/region=KZ-75', 'year=2025/region=KZ-11']) {
      mkdirSync(join(dir, 'reports', f), { recursive: true });
      writeFileSync(join(dir, 'reports', f, 'data_0.parquet'), '');
    }
    const src = parquetSource(dir, dataset({ partition_by: ['year', 'region'] }));
    expect(src).toEqual({ path: join(dir, 'reports', '**', '*.parquet'), keys: ['year', 'region'], files: 3 });
    expect(() => parquetSource(dir, dataset({ partition_by: ['year'] }))).toThrow(
      'expected 1 partition folder(s) (year=…)',
    );
  });

  it('a folder without .parquet files, and partition_by on a single file, are errors naming the dataset', () => {
    mkdirSync(join(dir, 'empty'));
    expect(() => parquetSource(dir, dataset({ file: 'empty' }))).toThrow(
      `${join(dir, 'empty')}: the file has no data rows (dataset "reports": no .parquet file in the folder)`,
    );
    writeFileSync(join(dir, 'one.parquet'), '');
    expect(() => parquetSource(dir, dataset({ file: 'one.parquet', partition_by: ['year'] }))).toThrow(
      'partition_by needs a folder of key=value sub-folders, not one file',
    );
  });

  it('readParquetSql types the partition keys as the codebook does (hive_types), and prunes only when partitioned', () => {
    const codebook = [{ name: 'year', label: L, level: 'ordinal' as const, type: 'SMALLINT' }];
    expect(readParquetSql({ path: '/s/r/**/*.parquet', keys: ['year', 'region'], files: 3 }, codebook)).toBe(
      "read_parquet('/s/r/**/*.parquet', hive_partitioning = true, hive_types = {'year': 'SMALLINT'})",
    );
    expect(readParquetSql({ path: "/s/it's.parquet", keys: [], files: 1 }, codebook)).toBe(
      "read_parquet('/s/it''s.parquet', hive_partitioning = false)",
    );
  });
});

describe('loadStudy', () => {
  it('without a Parquet loader (the browser), a Parquet dataset fails naming its file, before any table changes', async () => {
    const study = { datasets: [dataset({})] } as unknown as Study;
    const db = { exec: async () => expect.fail('nothing is loaded') } as unknown as Connector;
    await expect(loadStudy(db, study, async () => '[]')).rejects.toThrow(
      'reports: this format is not supported (dataset "reports" is Parquet: ' +
        'run it with the command-line tool on native DuckDB)',
    );
  });
});
