// Mapping an akimat's export onto the civic-control shape, on real DuckDB through the importer the app runs.
// test/fixtures/colmap/civic-control-ru.csv: 40 reports filed in 2025 (Russian headers, ";" and decimal commas,
// dd.mm.yyyy dates, labels instead of codes), 30 in Almaty and 10 in Astana; 30 done (19 by a state body, 11 by the
// citizens), 10 in work; one district value ("мкр. Самал-2") names no district.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/core/sql';
import { importDataset } from '../../../src/data/dataset-import';
import { type DatasetMeta, listDatasets } from '../../../src/data/datasets';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import { DataError } from '../../../src/data/errors';
import { probeFile } from '../../../src/data/import/probe';
import { applyMapping, fileHeader } from '../../../src/data/mapping/apply';
import { suggestMapping } from '../../../src/data/mapping/heuristic';
import {
  MAPPINGS_SETTING,
  type MappingChoice,
  type MappingMemory,
  headerSignature,
  recall,
  remember,
} from '../../../src/data/mapping/memory';
import { readAllSettings, readSetting, writeAllSettings, writeSetting } from '../../../src/data/settings';
import { exportWorkspace, importWorkspace } from '../../../src/data/workspace-file';
import { parseDistricts, parseRegions } from '../../../src/data/reference';
import type { CodebookVariable } from '../../../src/data/study';
import { importShape } from '../../../src/indicators/import-shape';
import { prepareSources } from '../../../src/indicators/prepare';
import { inputsWithRoles } from '../../../src/indicators/roles';
import { runIndicators } from '../../../src/indicators/run';

const regions = parseRegions(readFileSync('data/reference/regions.csv', 'utf8'));
const districts = parseDistricts(readFileSync('data/reference/districts.csv', 'utf8'));
const ref = { regions, districts };
const codebook = JSON.parse(readFileSync('data/demo/civic-control-codebook.json', 'utf8')) as CodebookVariable[];
const expected = importShape('civic_control', codebook);

let db: Connector;
beforeAll(async () => {
  db = await openNodeDuckDB();
});
afterAll(() => db.close());

async function load(file: string, text?: string): Promise<DatasetMeta> {
  const bytes = text ? new TextEncoder().encode(text) : new Uint8Array(readFileSync(`test/fixtures/colmap/${file}`));
  return importDataset(db, { file, bytes, probe: await probeFile(file, bytes) });
}

const suggested = (meta: DatasetMeta): MappingChoice => ({
  columns: suggestMapping(
    expected.map((e) => e.name),
    fileHeader(meta),
  ),
  regions: {},
  districts: {},
});
const map = (meta: DatasetMeta, choice = suggested(meta)) =>
  applyMapping(db, meta, { role: 'civic_control', expected, choice, ref });
const columnsOf = async (table: string) =>
  (await db.query<{ column_name: string }>(`DESCRIBE "${table}"`)).map((c) => c.column_name);

describe('applyMapping', () => {
  it('writes the expected columns beside the file’s own: codes from labels, regions and districts matched, dates and numbers typed', async () => {
    const meta = await load('civic-control-ru.csv');
    const { meta: mapped, places } = await map(meta);
    expect(mapped.role).toBe('civic_control');
    expect(await columnsOf(meta.id)).toEqual([...fileHeader(meta), ...expected.map((e) => e.name)]);
    expect(mapped.codebook.find((v) => v.name === 'date_filed')).toMatchObject({
      type: 'DATE',
      label: { ru: 'Дата подачи' },
    });
    const [first] = await db.query(
      `SELECT id, region, district, topic, status, solved_by, strftime(date_filed, '%Y-%m-%d') AS filed, lon, lat ` +
        `FROM "${meta.id}" ORDER BY rowid LIMIT 1`,
    );
    expect(first).toEqual({
      id: 'АК-0001',
      region: 'KZ-75',
      district: 'KZ751110',
      topic: 'roads',
      status: 'done',
      solved_by: 'citizens',
      filed: '2025-01-01',
      lon: 76.9,
      lat: 43.25,
    });
    expect(places.regions.map((r) => [r.value, r.code, r.n])).toEqual([
      ['г. Алматы', 'KZ-75', 30],
      ['г. Астана', 'KZ-71', 10],
    ]);
    // Unmatched first; "Алматинский район" lies in Astana, "Алмалы ауданы" is the Kazakh name of Алмалинский.
    expect(places.districts[0]).toMatchObject({ region: 'KZ-75', value: 'мкр. Самал-2', code: null, n: 1 });
    const pairs = Object.fromEntries(places.districts.map((d) => [d.value, d.code]));
    expect(pairs).toMatchObject({ 'Алматинский район': 'KZ711110', 'Алмалы ауданы': 'KZ751110' });
  });

  it('the catalogue reads the mapped dataset: 40 reports, 19 solved by state bodies, 11 by citizens, 75% done', async () => {
    const meta = (await listDatasets(db)).find((d) => d.file === 'civic-control-ru.csv')!;
    const population = regions.map((r) => ({ code: r.code, population: r.population }));
    const sources = await prepareSources(db, inputsWithRoles([], [meta]), {
      regions: population,
      districts: districts.map((d) => ({ code: d.code, region: d.region })),
    });
    const ids = ['reports_filed', 'reports_solved_state', 'reports_solved_citizens', 'reports_done_pct'];
    const rows = await runIndicators(db, sources, [], ids);
    expect(rows.map((r) => [r.indicator_id, r.wave, r.estimate])).toEqual([
      ['reports_filed', 2025, 40],
      ['reports_solved_state', 2025, 19],
      ['reports_solved_citizens', 2025, 11],
      ['reports_done_pct', 2025, 75],
    ]);
  });

  it('applied again (an edit) starts from the file’s columns; a code chosen by hand fills an unmatched district', async () => {
    const meta = (await listDatasets(db)).find((d) => d.file === 'civic-control-ru.csv')!;
    const choice = suggested(meta);
    const edited = {
      ...choice,
      columns: { ...choice.columns, settlement: null, comments: null },
      districts: { 'KZ-75|мкр. Самал-2': 'KZ751810' },
    };
    const { meta: again, places } = await map(meta, edited);
    expect(again.mapping?.added).not.toContain('settlement');
    expect(await columnsOf(meta.id)).not.toContain('settlement');
    expect(places.districts.filter((d) => !d.code)).toEqual([]);
    expect(await db.query(`SELECT count(*)::INT AS n FROM "${meta.id}" WHERE district IS NULL`)).toEqual([{ n: 0 }]);
    expect(again.codebook.map((v) => v.name)).toEqual(await columnsOf(meta.id));
  });

  it('a file already in the shape is left as it is: nothing written, nothing moved', async () => {
    const text = readFileSync('test/fixtures/atameken/civic-control.csv', 'utf8');
    const meta = await load('shaped.csv', text);
    const { meta: mapped } = await map(meta);
    expect(mapped.mapping).toMatchObject({ added: [], moved: {} });
    expect(await columnsOf(meta.id)).toEqual(fileHeader(meta));
  });

  it('a file column with an expected name the mapping rewrites is kept as <name>_original, and restored on an edit', async () => {
    const text =
      'region,district,date_filed,status\nKZ-75,Медеуский р-н,2025-03-01,done\nKZ-75,Алмалы,2025-03-02,in_work\n';
    const meta = await load('named.csv', text);
    const { meta: mapped } = await map(meta);
    expect(mapped.mapping?.moved).toEqual({ district: 'district_original' });
    expect(await db.query(`SELECT district, district_original FROM "${meta.id}" ORDER BY rowid`)).toEqual([
      { district: 'KZ751710', district_original: 'Медеуский р-н' },
      { district: 'KZ751110', district_original: 'Алмалы' },
    ]);
    const choice = suggested(mapped);
    const { meta: unmapped } = await map(mapped, { ...choice, columns: { ...choice.columns, district: null } });
    expect(unmapped.mapping?.moved).toEqual({});
    expect(await db.query(`SELECT district FROM "${meta.id}" ORDER BY rowid`)).toEqual([
      { district: 'Медеуский р-н' },
      { district: 'Алмалы' },
    ]);
  });
});

describe('the mapping travels with the workspace file', () => {
  it('the remembered mapping (a setting), the mapped columns and their types come back from the file', async () => {
    const meta = (await listDatasets(db)).find((d) => d.file === 'civic-control-ru.csv')!;
    const signature = headerSignature(fileHeader(meta));
    await writeSetting(db, MAPPINGS_SETTING, remember({}, 'civic_control', signature, meta.mapping!.choice));
    const bytes = await exportWorkspace(db, { workspace: await readAllSettings(db) });
    const other = await openNodeDuckDB();
    try {
      const settings = await importWorkspace(other, bytes, 'workspace.cwb.zip');
      await writeAllSettings(other, settings.workspace as Record<string, unknown>);
      const memory = await readSetting<MappingMemory>(other, MAPPINGS_SETTING, {});
      expect(recall(memory, signature)?.columns).toMatchObject({
        date_filed: 'Дата подачи',
      });
      const [row] = await other.query(
        `SELECT typeof(date_filed) AS t, district, status FROM "${meta.id}" ORDER BY rowid LIMIT 1`,
      );
      expect(row).toEqual({ t: 'DATE', district: 'KZ751110', status: 'done' });
    } finally {
      await other.close();
    }
  });
});

describe('applyMapping on bad input: a DataError naming the file, the column, the row and the value; nothing changes', () => {
  const header = 'Область;Дата подачи;Статус;Широта\n';
  it.each([
    [
      'bad-date.csv',
      'г. Алматы;10.01.2025;Выполнено;43,2\nг. Алматы;32.13.2025;Выполнено;43,2\n',
      'not_a_date',
      2,
      'Дата подачи',
      '«32.13.2025» → date_filed',
    ],
    [
      'bad-lat.csv',
      'г. Алматы;10.01.2025;Выполнено;43,2\nг. Алматы;11.01.2025;Выполнено;76,9\n',
      'out_of_range',
      2,
      'Широта',
      '«76.9» → lat: 40…56',
    ],
    [
      'bad-code.csv',
      'г. Алматы;10.01.2025;Решено;43,2\n',
      'unknown_code',
      1,
      'Статус',
      '«Решено» → status: in_work, done',
    ],
  ])('%s', async (file, body, code, row, column, detail) => {
    const meta = await load(file, header + body);
    const before = { data: await db.query(`SELECT * FROM "${meta.id}"`), datasets: await listDatasets(db) };
    const error = await map(meta).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).problem).toEqual({ code, file, row, column, detail });
    expect({ data: await db.query(`SELECT * FROM "${meta.id}"`), datasets: await listDatasets(db) }).toEqual(before);
  });
});
