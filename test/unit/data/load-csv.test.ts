import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/core/sql';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import { DataError, decodeUtf8, firstInvalidUtf8 } from '../../../src/data/errors';
import { loadCsvText, normaliseHeader } from '../../../src/data/load-csv';

let db: Connector;
beforeAll(async () => void (db = await openNodeDuckDB()));
afterAll(() => db.close());

describe('normaliseHeader', () => {
  it('names empty headers column<N> (1-based) and numbers duplicates _2, _3', () => {
    expect(normaliseHeader(['', 'a', 'a', ' ', 'a'])).toEqual(['column1', 'a', 'a_2', 'column4', 'a_3']);
  });
});

describe('loadCsvText', () => {
  it('reads NA and empty cells as NULL, keeps Yes/No as text and Cyrillic names as they are', async () => {
    await loadCsvText(db, 't', 't.csv', '"","Доверие НПО",ok\n1,2,Yes\n2,NA,No\n3,,Yes\n');
    const cols = await db.query<{ column_name: string; column_type: string }>('DESCRIBE t');
    expect(cols.map((c) => [c.column_name, c.column_type])).toEqual([
      ['column1', 'BIGINT'],
      ['Доверие НПО', 'BIGINT'],
      ['ok', 'VARCHAR'],
    ]);
    expect(await db.query('SELECT count("Доверие НПО") AS n FROM t')).toEqual([{ n: 1 }]);
  });
  it('reads semicolon-delimited text', async () => {
    await loadCsvText(db, 's', 's.csv', 'a;b\n1;2\n3;4\n');
    expect(await db.query('SELECT sum(b) AS s FROM s')).toEqual([{ s: 6 }]);
  });
});

describe('decodeUtf8', () => {
  it('drops a BOM', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'f.csv')).toBe('a');
  });
  it('names the file and line of the first invalid byte', () => {
    const bytes = new TextEncoder().encode('a,b\n1,2\n3,');
    const bad = new Uint8Array([...bytes, 0xcf, 0x0a]);
    expect(firstInvalidUtf8(bad)).toEqual({ line: 3, offset: bytes.length });
    expect(() => decodeUtf8(bad, 'w1251.csv')).toThrow(DataError);
    expect(() => decodeUtf8(bad, 'w1251.csv')).toThrow('w1251.csv: row 3: the file is not valid UTF-8 text');
  });
});

describe('loadCsvText with the codebook’s types', () => {
  it('loads every demo file to the same columns and types as sniffing does', async () => {
    const { readFileSync } = await import('node:fs');
    const study = JSON.parse(readFileSync('data/demo/study.json', 'utf8')) as {
      datasets: Array<{ id: string; file: string; codebook: string }>;
    };
    for (const ds of study.datasets) {
      const text = readFileSync(`data/demo/${ds.file}`, 'utf8');
      const codebookText = readFileSync(`data/demo/${ds.codebook}`, 'utf8');
      const codebook = JSON.parse(codebookText) as Array<{ name: string; type: string }>;
      await loadCsvText(db, 'sniffed', ds.file, text);
      await loadCsvText(db, 'typed', ds.file, text, Object.fromEntries(codebook.map((v) => [v.name, v.type])));
      const describe = (t: string) => db.query(`SELECT column_name, column_type FROM (DESCRIBE ${t})`);
      expect(await describe('typed'), ds.id).toEqual(await describe('sniffed'));
      expect(await db.query('SELECT count(*) AS n FROM typed')).toEqual(
        await db.query('SELECT count(*) AS n FROM sniffed'),
      );
    }
  });
});
