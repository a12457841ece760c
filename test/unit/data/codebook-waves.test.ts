import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codebookFromCsv, codebookFromJson, codebookToCsv, mergeCodebook } from '../../../src/data/codebook-io';
import type { Connector } from '../../../src/core/sql';
import { importDataset } from '../../../src/data/dataset-import';
import { type DatasetMeta, listDatasets } from '../../../src/data/datasets';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import { DataError } from '../../../src/data/errors';
import { probeFile } from '../../../src/data/import/probe';
import { parseRegions } from '../../../src/data/reference';
import { applyRegionCodes, distinctValues } from '../../../src/data/region-apply';
import { matchRegions } from '../../../src/data/region-match';
import { combineWaves } from '../../../src/data/waves';

let db: Connector;
beforeAll(async () => {
  db = await openNodeDuckDB();
});
afterAll(() => db.close());

async function importText(file: string, text: string): Promise<DatasetMeta> {
  const bytes = new TextEncoder().encode(text);
  return importDataset(db, { file, bytes, probe: await probeFile(file, bytes) });
}

describe('codebook files', () => {
  const sav = async () => {
    const bytes = new Uint8Array(readFileSync('test/fixtures/import/labelled.sav'));
    return (await probeFile('labelled.sav', bytes)).codebook;
  };

  it('round-trips through CSV and JSON', async () => {
    const cb = await sav();
    cb[2] = { ...cb[2], reverse: true, construct: 'use', role: 'region' };
    expect(codebookFromCsv(codebookToCsv(cb), 'cb.csv')).toEqual(cb);
    expect(codebookFromJson(JSON.stringify(cb), 'cb.json')).toEqual(cb);
  });

  it('names the row and column of a bad entry', () => {
    expect(() => codebookFromCsv('name,level\nq1,nominal\nq2,interval\n', 'cb.csv')).toThrow(DataError);
    try {
      codebookFromCsv('name,level\nq1,nominal\nq2,interval\n', 'cb.csv');
    } catch (e) {
      expect((e as DataError).problem).toMatchObject({ file: 'cb.csv', row: 3, column: 'level' });
    }
    expect(() => codebookFromJson('{"name":"x"}', 'cb.json')).toThrow(DataError);
  });

  it('merges by name, keeps the table types, reports entries that match no column', async () => {
    const cb = await sav();
    const incoming = [
      { ...cb[0], label: { ru: 'ID', kk: 'ID', en: 'ID' }, type: 'VARCHAR' },
      { ...cb[1], name: 'nope' },
    ];
    const { codebook, unknown } = mergeCodebook(cb, incoming);
    expect(codebook[0]).toMatchObject({ label: { en: 'ID' }, type: cb[0].type });
    expect(unknown).toEqual(['nope']);
  });
});

describe('region codes', () => {
  it('writes the matched code per row; unresolved values stay empty and the original column is kept', async () => {
    const regions = parseRegions(readFileSync('data/reference/regions.csv', 'utf8'));
    const meta = await importText('reg.csv', 'obl,x\nАкмолинская обл.,1\nг. Алматы,2\nМосква,3\nАкмолинская обл.,4\n');
    const values = await distinctValues(db, meta.id, 'obl');
    expect(values[0]).toEqual({ value: 'Акмолинская обл.', n: 2 });
    const matches = matchRegions(
      values.map((v) => v.value),
      regions,
    );
    const codes = Object.fromEntries(matches.map((m) => [m.value, m.code]));
    const entry = await applyRegionCodes(db, meta.id, 'obl', codes, regions);
    expect(await db.query(`SELECT obl, region_code FROM "${meta.id}" ORDER BY x`)).toEqual([
      { obl: 'Акмолинская обл.', region_code: 'KZ-11' },
      { obl: 'г. Алматы', region_code: 'KZ-75' },
      { obl: 'Москва', region_code: null },
      { obl: 'Акмолинская обл.', region_code: 'KZ-11' },
    ]);
    expect(entry).toMatchObject({ role: 'region', values: { 'KZ-11': { ru: 'Акмолинская область' } } });
    await applyRegionCodes(db, meta.id, 'obl', { 'г. Алматы': 'KZ-75' }, regions, true);
    expect((await db.query(`SELECT count(region_code) AS n FROM "${meta.id}"`))[0].n).toBe(1);
    const own = await importText('own.csv', 'obl,region_code\nАлматы,keep\n');
    await expect(applyRegionCodes(db, own.id, 'obl', { Алматы: 'KZ-75' }, regions)).rejects.toBeInstanceOf(DataError);
    expect(await db.query(`SELECT region_code FROM "${own.id}"`)).toEqual([{ region_code: 'keep' }]);
  });
});

describe('waves', () => {
  it('combines files into one survey with renamed questions, the waves each was asked in and change flags', async () => {
    const a = await importText('w2019.csv', 'id,trust_ngo,age\n1,1,30\n2,2,40\n');
    const b = await importText('w2024.csv', 'id,trust,age,new_q\n1,3,31,1\n2,4,41,0\n3,1,50,1\n');
    const metas = await listDatasets(db);
    const combined = await combineWaves(
      db,
      {
        name: 'Trust survey',
        changed: ['trust'],
        waves: [
          { dataset: a.id, wave: 2019, rename: { trust_ngo: 'trust' } },
          { dataset: b.id, wave: 2024, rename: {} },
        ],
      },
      metas,
    );
    expect(combined.rows).toBe(5);
    const rows = await db.query(`SELECT wave, trust, new_q FROM "${combined.id}" ORDER BY wave, id`);
    expect(rows.map((r) => [r.wave, r.trust, r.new_q])).toEqual([
      [2019, 1, null],
      [2019, 2, null],
      [2024, 3, 1],
      [2024, 4, 0],
      [2024, 1, 1],
    ]);
    const cb = new Map(combined.codebook.map((v) => [v.name, v]));
    expect(cb.get('wave')?.role).toBe('wave');
    expect(cb.get('trust')).toMatchObject({ changed: true });
    expect(cb.get('trust')?.waves).toBeUndefined();
    expect(cb.get('new_q')?.waves).toEqual([2024]);
    expect((await listDatasets(db)).find((d) => d.id === a.id)).toMatchObject({ survey: 'Trust survey', wave: 2019 });
  });
});

describe('crosswalk', () => {
  it('renames a column picked under another name and leaves out what is picked nowhere', async () => {
    const { defaultCrosswalk, specFromCrosswalk } = await import('../../../src/data/waves');
    const cb = (names: string[]) =>
      names.map((name) => ({ name, label: { ru: name, kk: name, en: name }, level: 'nominal' as const }));
    const metas = [
      { id: 'a', codebook: cb(['id', 'trust_ngo', 'old']) },
      { id: 'b', codebook: cb(['id', 'trust']) },
    ] as DatasetMeta[];
    const rows = defaultCrosswalk(metas);
    expect(rows.map((r) => r.name)).toEqual(['id', 'trust_ngo', 'old', 'trust']);
    rows[3].picks.a = 'trust_ngo';
    rows[3].changed = true;
    rows[1].picks.a = '';
    rows[2].picks.a = '';
    const spec = specFromCrosswalk(
      'S',
      [
        { dataset: 'a', wave: 1 },
        { dataset: 'b', wave: 2 },
      ],
      rows,
      metas,
    );
    expect(spec.waves[0].rename).toEqual({ id: 'id', trust_ngo: 'trust', old: null });
    expect(spec.waves[1].rename).toEqual({ id: 'id', trust: 'trust' });
    expect(spec.changed).toEqual(['trust']);
  });
});
