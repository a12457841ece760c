import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../src/data/dataset-import';
import { listDatasets, saveMeta } from '../../../src/data/datasets';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import { DataError } from '../../../src/data/errors';
import { listNotebooks, saveNotebooks } from '../../../src/data/notebooks';
import { probeFile } from '../../../src/data/import/probe';
import { exportWorkspace, importWorkspace } from '../../../src/data/workspace-file';

const FILES = ['labelled.sav', 'cp1251-semicolon.csv', 'two-sheets.xlsx'];

describe('workspace file', () => {
  it('exports every dataset with its codebook and design and imports unchanged on another machine', async () => {
    const a = await openNodeDuckDB();
    for (const f of FILES) {
      const bytes = new Uint8Array(readFileSync('test/fixtures/import/' + f));
      const meta = await importDataset(a, { file: f, bytes, probe: await probeFile(f, bytes) });
      if (f.endsWith('.sav'))
        await saveMeta(a, { ...meta, design: { ids: '1', strata: null, fpc: null, weights: 'income' } });
    }
    const file = await exportWorkspace(a, { rules: { minN: 30 } });
    const b = await openNodeDuckDB();
    expect(await importWorkspace(b, file, 'ws.zip')).toEqual({ rules: { minN: 30 } });
    expect(await listDatasets(b)).toEqual(await listDatasets(a));
    for (const d of await listDatasets(a)) {
      const dump = (db: typeof a) => db.query(`SELECT * FROM "${d.id}"`);
      expect(await dump(b)).toEqual(await dump(a));
      expect(await b.query(`DESCRIBE "${d.id}"`)).toEqual(await a.query(`DESCRIBE "${d.id}"`));
    }
    await Promise.all([a.close(), b.close()]);
  });

  it('a file that is not a workspace changes nothing', async () => {
    const db = await openNodeDuckDB();
    const bytes = new Uint8Array(readFileSync('test/fixtures/import/data.json'));
    await importDataset(db, { file: 'data.json', bytes, probe: await probeFile('data.json', bytes) });
    const before = await listDatasets(db);
    const bad = [
      strToU8('not a zip'),
      zipSync({ 'manifest.json': strToU8('{"kind":"something-else","version":1,"datasets":[]}') }),
      zipSync({
        'manifest.json': strToU8('{"kind":"civic-workbench-workspace","version":1,"datasets":[{"id":"u_x"}]}'),
      }),
    ];
    for (const b of bad) await expect(importWorkspace(db, b, 'bad.zip')).rejects.toBeInstanceOf(DataError);
    expect(await listDatasets(db)).toEqual(before);
    await db.close();
  });
});

describe('workspace file: notebooks', () => {
  it('a workspace file round-trip keeps a notebook byte for byte', async () => {
    const a = await openNodeDuckDB();
    const source = '---\ntitle: "Тест <b>"\nlang: ru\n---\nПроза с `кодом`\r\n\n```sql id=x\nSELECT 1 AS one\n```\n';
    await saveNotebooks(a, [{ id: 'nb_test', source, saved: '2026-12-02T20:00:00.000Z' }]);
    const file = await exportWorkspace(a, {});
    const b = await openNodeDuckDB();
    await saveNotebooks(b, [{ id: 'old', source: 'x', saved: '2026-01-01T00:00:00.000Z' }]);
    await importWorkspace(b, file, 'ws.zip');
    expect(await listNotebooks(b)).toEqual([{ id: 'nb_test', source, saved: '2026-12-02T20:00:00.000Z' }]);
    await Promise.all([a.close(), b.close()]);
  });

  it('a file with a broken notebook changes nothing', async () => {
    const db = await openNodeDuckDB();
    await saveNotebooks(db, [{ id: 'keep', source: 'x', saved: '2026-01-01T00:00:00.000Z' }]);
    const manifest = { kind: 'civic-workbench-workspace', version: 1, datasets: [], notebooks: [{ id: 'Bad Id' }] };
    const bad = zipSync({ 'manifest.json': strToU8(JSON.stringify(manifest)) });
    await expect(importWorkspace(db, bad, 'bad.zip')).rejects.toThrow(/notebook 1/);
    expect((await listNotebooks(db)).map((n) => n.id)).toEqual(['keep']);
    await db.close();
  });
});
