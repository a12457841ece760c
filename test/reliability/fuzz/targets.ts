import { readFileSync } from 'node:fs';
import { Float64, Table, Utf8, makeVector, tableToIPC, vectorFromArray } from 'apache-arrow';
import { strToU8, zipSync } from 'fflate';
import { codebookFromCsv, codebookFromJson, codebookToCsv } from '../../../src/data/codebook-io';
import { decode, detectEncoding } from '../../../src/data/encoding';
import { bytesChunker } from '../../../src/data/import/chunks';
import { sheetColumns } from '../../../src/data/import/columns';
import { readJson } from '../../../src/data/import/json';
import { readParquet } from '../../../src/data/import/parquet';
import { headerDepth } from '../../../src/data/import/probe';
import { readSav } from '../../../src/data/import/sav';
import { savCodebook } from '../../../src/data/import/sav-codebook';
import { sniffText } from '../../../src/data/import/text-sniff';
import { isXlsForm, xlsFormCodebook } from '../../../src/data/import/xlsform';
import { openXlsx } from '../../../src/data/import/xlsx';
import { readWorkspace } from '../../../src/data/workspace-file';
import type { CodebookVariable } from '../../../src/data/study';
import type { Structure } from './mutate';
import type { Prng } from './prng';
import { DataError } from '../../../src/data/errors';

/** Run each reading of the same input; a DataError ends only its own reading. */
async function each(...reads: (() => unknown)[]): Promise<void> {
  for (const read of reads) {
    try {
      await read();
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
    }
  }
}

/** A reader or sniffer under fuzzing: valid samples to mutate, and the call that must end in a value or DataError. */
export interface FuzzTarget {
  name: string;
  structure: Structure;
  samples: () => Uint8Array[];
  run: (bytes: Uint8Array, r: Prng) => unknown;
}

const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/import/${name}`));
const FILE = 'fuzzed';

const TEXT_FIXTURES = [
  'cp1251-semicolon.csv',
  'utf8-bom.csv',
  'utf16-bom.txt',
  'kobo-export.csv',
  'headers.csv',
  'ragged-long.csv',
];

const CODEBOOK: CodebookVariable[] = [
  {
    name: 'q1',
    label: { ru: 'Вопрос', kk: 'Сұрақ', en: 'Question' },
    level: 'nominal',
    type: 'BIGINT',
    values: { '1': { ru: 'Да', kk: 'Иә', en: 'Yes' }, '98': { ru: 'Не знаю', kk: 'Білмеймін', en: 'DK' } },
    user_missing: [98, 99],
  },
  { name: 'age', label: { ru: 'Возраст', kk: 'Жасы', en: 'Age' }, level: 'scale', reverse: true, group: 'g' },
];

/** A valid workspace file: a manifest with one dataset and its table as an Arrow stream. */
export function workspaceSample(): Uint8Array {
  const table = new Table({
    q1: vectorFromArray([1, 2, 98], new Float64()),
    name: makeVector(vectorFromArray(['а', 'b', null], new Utf8())),
  });
  const meta = {
    id: 'u_survey',
    title: 'survey',
    file: 'survey.csv',
    format: 'csv',
    encoding: 'utf-8',
    delimiter: ',',
    decimal: '.',
    rows: 3,
    imported: '2026-01-01T00:00:00.000Z',
    codebook: CODEBOOK,
    design: null,
  };
  const manifest = {
    kind: 'civic-workbench-workspace',
    version: 1,
    exported: meta.imported,
    datasets: [meta],
    settings: { lang: 'ru' },
  };
  return zipSync({
    'manifest.json': strToU8(JSON.stringify(manifest)),
    'tables/u_survey.arrow': tableToIPC(table, 'stream'),
  });
}

const ENCODINGS = ['utf-8', 'windows-1251', 'utf-16le', 'kz-1048'] as const;

/** Every reader and sniffer of the import, called as the browser calls it. */
export const TARGETS: FuzzTarget[] = [
  {
    name: 'text-sniff',
    structure: 'text',
    samples: () => TEXT_FIXTURES.map(fixture),
    run: (b) => sniffText(decode(b, detectEncoding(b)), b.length % 2 === 0),
  },
  {
    name: 'chunks',
    structure: 'text',
    samples: () => TEXT_FIXTURES.map(fixture),
    run: async (b, r) => {
      const reader = bytesChunker(b, {
        encoding: r.pick(ENCODINGS),
        header: r.next() < 0.5,
        chunkBytes: 1 + r.int(64),
      });
      let records = 0;
      for (let c = await reader.next(); c; c = await reader.next()) records += c.records;
      return records;
    },
  },
  {
    name: 'xlsx',
    structure: 'zip',
    samples: () => [fixture('two-sheets.xlsx'), fixture('xlsform.xlsx')],
    run: (b) => {
      const wb = openXlsx(b, FILE);
      return wb.sheets.map((s) => {
        const sheet = wb.sheet(s);
        return sheetColumns(sheet, headerDepth(sheet));
      });
    },
  },
  {
    name: 'sav',
    structure: 'binary',
    samples: () => ['labelled.sav', 'labelled-1251.sav', 'labelled-uncompressed.sav', 'labelled.zsav'].map(fixture),
    run: (b) => savCodebook(readSav(b, FILE).variables),
  },
  {
    name: 'parquet',
    structure: 'binary',
    samples: () => [fixture('data.parquet')],
    run: (b) => readParquet(b, FILE),
  },
  {
    name: 'json',
    structure: 'json',
    samples: () => [fixture('data.json'), fixture('data.ndjson')],
    run: (b) => {
      const text = new TextDecoder().decode(b);
      return each(
        () => readJson(text, FILE, false),
        () => readJson(text, FILE, true),
      );
    },
  },
  {
    name: 'xlsform',
    structure: 'zip',
    samples: () => [fixture('xlsform.xlsx')],
    run: (b) => {
      const wb = openXlsx(b, FILE);
      return isXlsForm(wb) ? xlsFormCodebook(wb, FILE) : null;
    },
  },
  {
    name: 'codebook',
    structure: 'json',
    samples: () => [strToU8(JSON.stringify(CODEBOOK)), strToU8(codebookToCsv(CODEBOOK))],
    run: (b) => {
      const text = new TextDecoder().decode(b);
      return each(
        () => codebookFromJson(text, FILE),
        () => codebookFromCsv(text, FILE),
      );
    },
  },
  {
    name: 'workspace',
    structure: 'zip',
    samples: () => [workspaceSample()],
    run: (b) => readWorkspace(b, FILE),
  },
];
