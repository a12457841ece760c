import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/core/sql';
import { importDataset } from '../../../src/data/dataset-import';
import { forgetDataset, listDatasets } from '../../../src/data/datasets';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import { DataError } from '../../../src/data/errors';
import { ImportCancelled } from '../../../src/data/import/load-text';
import { probeFile } from '../../../src/data/import/probe';

const DIR = 'test/fixtures/import/';
const bytesOf = (f: string) => new Uint8Array(readFileSync(DIR + f));

let db: Connector;
beforeAll(async () => {
  db = await openNodeDuckDB();
});
afterAll(() => db.close());

/** Tables and registry entries: what "the workspace is unchanged" compares. */
async function snapshot() {
  const tables = await db.query<{ n: string }>('SELECT table_name AS n FROM information_schema.tables ORDER BY 1');
  return { tables: tables.map((t) => t.n), datasets: await listDatasets(db) };
}

async function load(file: string, opts = {}) {
  const bytes = bytesOf(file);
  const probe = await probeFile(file, bytes, opts);
  const meta = await importDataset(db, { file, bytes, probe });
  return { probe, meta, rows: await db.query(`SELECT * FROM "${meta.id}"`) };
}

async function problemOf(file: string): Promise<DataError['problem']> {
  const before = await snapshot();
  const bytes = bytesOf(file);
  const err = await probeFile(file, bytes)
    .then((probe) => importDataset(db, { file, bytes, probe }))
    .then(
      () => null,
      (e) => e,
    );
  expect(err).toBeInstanceOf(DataError);
  expect(await snapshot()).toEqual(before);
  return (err as DataError).problem;
}

describe('the import corpus (scripts/import-corpus)', () => {
  it('cp1251 with ";", decimal commas, NBSP thousands, dd.mm.yyyy dates, quotes and CRLF', async () => {
    const { probe, rows, meta } = await load('cp1251-semicolon.csv');
    const options = [probe.encoding, probe.delimiter, probe.decimal, probe.text?.options.thousands];
    expect(options).toEqual(['windows-1251', ';', ',', ' ']);
    const types = meta.codebook.map((v) => v.type);
    expect(types).toEqual(['VARCHAR', 'VARCHAR', 'BIGINT', 'BIGINT', 'DOUBLE', 'DATE', 'VARCHAR']);
    expect(rows.map((r) => r['Доход, тенге'])).toEqual([1234.5, 98000, 12.75, 250000]);
    expect(rows[0]['Комментарий']).toBe('Нужна помощь; юрист');
    expect(rows[2]['Комментарий']).toBe('Сказали "спасибо"');
    expect(rows[3]['Возраст']).toBeNull();
    expect(new Date(rows[0]['Дата опроса'] as number).toISOString().slice(0, 10)).toBe('2025-12-31');
  });

  it('a type the user overrides before the import is kept (codes with leading zeros as text)', async () => {
    const { rows, meta } = await load('cp1251-semicolon.csv', { types: { 'Код анкеты': 'VARCHAR' } });
    expect(meta.codebook.find((v) => v.name === 'Код анкеты')?.type).toBe('VARCHAR');
    expect(rows.map((r) => r['Код анкеты'])).toEqual(['0101', '0102', '0203', '1104']);
  });

  it('UTF-16 LE with BOM, tab-delimited (Excel "Unicode text"), Kazakh letters', async () => {
    const { probe, rows } = await load('utf16-bom.txt');
    expect([probe.format, probe.encoding, probe.delimiter]).toEqual(['tsv', 'utf-16le', '\t']);
    expect(Object.keys(rows[0])).toEqual(['Облыс', 'Жасы', 'Қанағаттану']);
    expect(rows.map((r) => r['Облыс'])).toEqual(['Ақмола облысы', 'Алматы қаласы', 'Қостанай облысы']);
  });

  it('UTF-8 with BOM, quoted commas and line breaks inside fields', async () => {
    const { rows, probe } = await load('utf8-bom.csv');
    expect(probe.columns[0].name).toBe('id');
    expect(rows[0]).toMatchObject({ id: 1, name: 'Иванов, Иван', note: 'две\nстроки', score: 3.5 });
    expect(rows[1].note).toBe('кавычки "внутри"');
    expect(rows[2].score).toBeNull();
  });

  it('short rows are padded with missing values and listed in the preview', async () => {
    const { probe, rows } = await load('ragged-short.csv');
    expect(probe.text?.ragged).toEqual([{ row: 3, fields: 2 }]);
    expect(rows[1]).toEqual({ a: 4, b: 5, c: null });
  });

  it('a row with too many fields is an error naming the row; nothing is imported', async () => {
    expect(await problemOf('ragged-long.csv')).toMatchObject({
      code: 'parse',
      file: 'ragged-long.csv',
      row: 4,
      detail: '4 fields where the header has 3',
    });
  });

  it('empty and duplicate headers become column<N> and name_2', async () => {
    const { probe } = await load('headers.csv');
    expect(probe.columns.map((c) => c.name)).toEqual(['id', 'column2', 'name', 'name_2', 'column5']);
  });

  it('a truncated SPSS file and JSON that is not records are errors naming the file; odd JSON keys are fixed', async () => {
    const sav = bytesOf('labelled.sav').subarray(0, 600);
    const err = await probeFile('cut.sav', sav).catch((e) => e);
    expect(err).toBeInstanceOf(DataError);
    expect((err as DataError).problem).toMatchObject({ code: 'unreadable', file: 'cut.sav' });
    const json = (t: string) => probeFile('x.json', new TextEncoder().encode(t));
    await expect(json('[1, 2]')).rejects.toMatchObject({ problem: { code: 'parse', file: 'x.json', row: 1 } });
    const names = (await json('[{"": 1, "a": 2, "A": 3, "a ": 4}]')).columns.map((c) => c.name);
    expect(names).toEqual(['column1', 'a', 'A_2', 'a_3']);
  });

  it('an empty file and binary bytes named .csv are clear errors', async () => {
    expect(await problemOf('empty.csv')).toMatchObject({ code: 'empty', file: 'empty.csv' });
    expect(await problemOf('binary.csv')).toMatchObject({ code: 'binary', file: 'binary.csv' });
  });

  it('xlsx: the first sheet by default, a two-row merged header joined, dates as dates; the other sheet by name', async () => {
    const { probe, rows, meta } = await load('two-sheets.xlsx');
    expect(probe.sheets).toEqual(['Анкета', 'Регионы']);
    expect(probe.headerRows).toBe(2);
    const headerMerges = probe.merges.filter((m) => m.inHeader).map((m) => m.ref);
    expect(headerMerges.sort()).toEqual(['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2']);
    expect(meta.codebook.map((v) => [v.name, v.type])).toEqual([
      ['Область', 'VARCHAR'],
      ['Возраст', 'BIGINT'],
      ['Доход / 2024', 'DOUBLE'],
      ['Доход / 2025', 'BIGINT'],
      ['Дата', 'DATE'],
    ]);
    expect(rows).toHaveLength(3);
    expect(rows[2]['Область']).toBeNull();
    const other = await load('two-sheets.xlsx', { sheet: 'Регионы' });
    expect(other.rows).toEqual([
      { code: 'KZ-11', name: 'Акмолинская область' },
      { code: 'KZ-75', name: 'Алматы' },
    ]);
  });

  it('sav (bytecode, zlib, uncompressed, Windows-1251): labels, value labels, user-missing, levels, dates', async () => {
    for (const f of ['labelled.sav', 'labelled.zsav', 'labelled-uncompressed.sav', 'labelled-1251.sav']) {
      const { probe, rows, meta } = await load(f);
      expect(probe.encoding).toBe(f.includes('1251') ? 'windows-1251' : 'utf-8');
      const q1 = meta.codebook.find((v) => v.name === 'q1')!;
      expect(q1).toMatchObject({
        label: { ru: 'Обращались ли вы в ресурсный центр?' },
        level: 'nominal',
        user_missing: [98, 99],
        type: 'BIGINT',
      });
      expect(q1.values?.['98'].ru).toBe('Затрудняюсь ответить');
      expect(meta.codebook.find((v) => v.name === 'trust')?.level).toBe('ordinal');
      const regionValues = rows.map((r) => r.region);
      expect(regionValues).toEqual(['Абайская область', 'г. Алматы', 'Жамбылская обл.', 'Nur-Sultan', 'Шымкент']);
      expect(rows.map((r) => r.income)).toEqual([150000.5, null, 98000, 120500.25, 87000]);
      expect(meta.codebook.find((v) => v.name === 'visited')?.type).toBe('DATE');
    }
  });

  it('parquet, arrow, json and ndjson give the same table', async () => {
    const want = [
      { region: 'KZ-11', year: 2025, ngos: 1234, share: 0.25, note: 'Акмолинская' },
      { region: 'KZ-75', year: 2025, ngos: 5678, share: 0.5, note: null },
      { region: 'KZ-79', year: 2025, ngos: 910, share: null, note: 'Шымкент' },
    ];
    const files = ['data.parquet', 'data.arrow', 'data.json', 'data.ndjson'];
    for (const f of files) expect((await load(f)).rows).toEqual(want);
  });

  it('an XLSForm is a codebook (ru/kk/en labels, choices, select_multiple as a set) for its Kobo export', async () => {
    const form = await probeFile('xlsform.xlsx', bytesOf('xlsform.xlsx'));
    expect(form.format).toBe('xlsform');
    const akmola = form.codebook.find((v) => v.name === 'region')?.values?.['KZ-11'];
    expect(akmola).toEqual({ ru: 'Акмолинская область', kk: 'Ақмола облысы', en: 'Akmola Region' });
    const bytes = bytesOf('kobo-export.csv');
    const probe = await probeFile('kobo-export.csv', bytes);
    const meta = await importDataset(db, { file: 'kobo-export.csv', bytes, probe, form: form.codebook });
    const set = meta.codebook.filter((v) => v.group === 'grp_services/services');
    expect(set.map((v) => [v.name, v.option?.en])).toEqual([
      ['grp_services/services/legal', 'Legal advice'],
      ['grp_services/services/grants', 'Help with grants'],
      ['grp_services/services/training', 'Training'],
    ]);
    const rows = await db.query(
      `SELECT "grp_services/services/legal" AS l, "grp_services/services/training" AS t FROM "${meta.id}"`,
    );
    expect(rows).toEqual([
      { l: 1, t: 1 },
      { l: 0, t: 0 },
      { l: null, t: null },
      { l: 1, t: 1 },
    ]);
    expect(meta.codebook.find((v) => v.name === 'start')?.type).toBe('TIMESTAMP');
    expect(meta.codebook.find((v) => v.name === 'grp_services/trust')?.label.kk).toBe('ҮЕҰ-ға сенесіз бе?');
  });

  it('a cancelled import leaves the workspace exactly as it was', async () => {
    const before = await snapshot();
    const text = 'a,b\n' + Array.from({ length: 5000 }, (_, i) => `${i},x${i}`).join('\n') + '\n';
    const bytes = new TextEncoder().encode(text);
    const probe = await probeFile('big.csv', bytes);
    const ac = new AbortController();
    const err = await importDataset(db, {
      file: 'big.csv',
      bytes,
      probe,
      control: { chunkBytes: 4096, signal: ac.signal, onProgress: (p) => p.rows > 1000 && ac.abort() },
    }).catch((e) => e);
    expect(err).toBeInstanceOf(ImportCancelled);
    expect(await snapshot()).toEqual(before);
  });

  it('forgetting a dataset drops its table and its entry', async () => {
    const { meta } = await load('data.json');
    await forgetDataset(db, meta.id);
    expect((await listDatasets(db)).some((d) => d.id === meta.id)).toBe(false);
    expect(await db.query(`SELECT * FROM information_schema.tables WHERE table_name = '${meta.id}'`)).toEqual([]);
  });
});
