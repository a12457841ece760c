import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/core/sql';
import { codebookFromCsv, codebookFromJson } from '../../src/data/codebook-io';
import { saveMeta } from '../../src/data/datasets';
import { openNodeDuckDB } from '../../src/data/duckdb-node';
import { DataError } from '../../src/data/errors';
import { writeSetting } from '../../src/data/settings';
import { importWorkspace } from '../../src/data/workspace-file';
import { HOSTILE } from './hostile/files';
import { workspaceSnapshot } from './hostile/snapshot';

let db: Connector;

// A workspace with one dataset and a setting, on DuckDB-wasm as in the browser.
beforeAll(async () => {
  db = await openNodeDuckDB();
  await db.exec('CREATE TABLE u_kept AS SELECT 1 AS q1');
  await saveMeta(db, {
    id: 'u_kept',
    title: 'kept',
    file: 'kept.csv',
    format: 'csv',
    encoding: 'utf-8',
    delimiter: ',',
    decimal: '.',
    rows: 1,
    imported: '2026-01-01T00:00:00.000Z',
    codebook: [{ name: 'q1', label: { ru: 'q1', kk: 'q1', en: 'q1' }, level: 'nominal' }],
    design: null,
  });
  await writeSetting(db, 'lang', 'kk');
});
afterAll(() => db.close());

describe('hostile codebook and workspace files', () => {
  for (const f of HOSTILE.filter((x) => x.kind !== 'data')) {
    it(`${f.name}: ${f.expect === 'parsed' ? 'parsed' : 'a clear error naming the place'}, the workspace as before`, async () => {
      const before = await workspaceSnapshot(db);
      const text = () => new TextDecoder().decode(f.bytes());
      const read = async () =>
        f.kind === 'workspace'
          ? importWorkspace(db, f.bytes(), f.name)
          : /\.json$/.test(f.name)
            ? codebookFromJson(text(), f.name)
            : codebookFromCsv(text(), f.name);
      const outcome = await read().then(
        () => 'parsed',
        (e: unknown) => e,
      );
      if (f.expect === 'parsed') expect(outcome).toBe('parsed');
      else {
        expect(outcome).toBeInstanceOf(DataError);
        expect((outcome as DataError).problem.file).toBe(f.name);
        expect((outcome as DataError).message).toMatch(f.where!);
      }
      if (f.kind === 'workspace' || f.expect === 'error') expect(await workspaceSnapshot(db)).toBe(before);
    });
  }
});
