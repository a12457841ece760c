import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/core/sql';
import { importDataset } from '../../../src/data/dataset-import';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import { encodingSwitch } from '../../../src/data/encoding';
import { DataError } from '../../../src/data/errors';
import { probeFile } from '../../../src/data/import/probe';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** "Алматы" in Windows-1251. */
const cp1251 = (tail: string) => new Uint8Array([0xc0, 0xeb, 0xec, 0xe0, 0xf2, 0xfb, ...utf8(tail)]);
const cat = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((p) => Array.from(p)));

async function failure(file: string, bytes: Uint8Array): Promise<DataError> {
  const e = await probeFile(file, bytes)
    .then((probe) => importDataset(db, { file, bytes, probe, control: { chunkBytes: 1 << 20 } }))
    .then(
      () => null,
      (x: unknown) => x,
    );
  expect(e).toBeInstanceOf(DataError);
  return e as DataError;
}

let db: Connector;
beforeAll(async () => void (db = await openNodeDuckDB()));
afterAll(() => db.close());

describe('text in two encodings', () => {
  it('finds the first line in the other encoding; ASCII lines read the same in both', () => {
    const bytes = cat(utf8('a,b\nАлматы,1\n1,2\n'), cp1251(',3\n'), utf8('Астана,4\n'));
    expect(encodingSwitch(bytes)).toMatchObject({ first: { line: 2, utf8: true }, other: { line: 4 } });
    expect(encodingSwitch(cat(cp1251(',1\n'), utf8('Астана,4\n'))).other?.line).toBe(2);
    expect(encodingSwitch(utf8('a,b\nАлматы,1\nАстана,2\n')).other).toBeNull();
    expect(encodingSwitch(cat(cp1251(',1\n'), cp1251(',2\n'))).other).toBeNull();
  });

  it('is refused at the preview, naming the file, the line and both encodings', async () => {
    const e = await failure('mixed.csv', cat(utf8('город,n\nАлматы,1\n'), cp1251(',2\n')));
    expect(e.problem).toMatchObject({ code: 'mixed_encoding', file: 'mixed.csv', row: 3 });
    expect(e.message).toBe(
      'mixed.csv: row 3: the file mixes two text encodings (lines 1–2 are UTF-8, line 3 is Windows-1251)',
    );
  });

  it('is refused at the import when the other encoding starts past the sample, and nothing is kept', async () => {
    const lines = 'Алматы,1\n'.repeat(150_000);
    const e = await failure('late.csv', cat(utf8(`город,n\n${lines}`), cp1251(',2\n')));
    expect(e.problem.row).toBe(150_002);
    expect(e.message).toMatch(/lines 1–150001 are UTF-8, line 150002 is Windows-1251/);
    const tables = await db.query<{ n: string }>(
      "SELECT table_name AS n FROM information_schema.tables WHERE n LIKE 'u_%'",
    );
    expect(tables).toEqual([]);
  });
});
