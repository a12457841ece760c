// The CLI: most cases call it in this process (the same code as the command line); a few run it as a user does.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, spawnCli } from '../../helpers/cli';

describe('cli describe of every importable format (the contract shape)', () => {
  const shape = ['file', 'format', 'encoding', 'delimiter', 'decimal', 'rows', 'columns'];
  it.each([
    ['cp1251-semicolon.csv', 'csv', 'windows-1251', ';', ',', 4],
    ['utf16-bom.txt', 'tsv', 'utf-16le', '\t', '.', 3],
    ['two-sheets.xlsx', 'xlsx', null, null, null, 3],
    ['labelled.sav', 'sav', 'utf-8', null, null, 5],
    ['labelled.zsav', 'zsav', 'utf-8', null, null, 5],
    ['data.parquet', 'parquet', null, null, null, 3],
    ['data.arrow', 'arrow', null, null, null, 3],
    ['data.json', 'json', 'utf-8', null, null, 3],
    ['data.ndjson', 'ndjson', 'utf-8', null, null, 3],
    ['xlsform.xlsx', 'xlsform', null, null, null, 10],
  ])(
    '%s → %s',
    async (file, format, encoding, delimiter, decimal, rows) => {
      const { code, stdout } = await cli('describe', `test/fixtures/import/${file}`, '--lang', 'ru');
      expect(code).toBe(0);
      const d = JSON.parse(stdout);
      expect(Object.keys(d)).toEqual(shape);
      expect(d).toMatchObject({ format, encoding, delimiter, decimal, rows });
      for (const c of d.columns)
        expect(Object.keys(c)).toEqual(['name', 'type', 'label', 'missing', 'user_missing', 'values']);
    },
    60_000,
  );
  it('labels, value labels and user-missing codes from an SPSS file; the sheet by name', async () => {
    const sav = JSON.parse((await cli('describe', 'test/fixtures/import/labelled-1251.sav', '--lang', 'ru')).stdout);
    expect(sav.encoding).toBe('windows-1251');
    expect(sav.columns.find((c: { name: string }) => c.name === 'trust')).toEqual({
      name: 'trust',
      type: 'BIGINT',
      label: 'Доверие к НКО',
      missing: 0,
      user_missing: [98, 99],
      values: {
        1: 'Полностью доверяю',
        2: 'Скорее доверяю',
        3: 'Скорее не доверяю',
        4: 'Совсем не доверяю',
        98: 'Затрудняюсь ответить',
      },
    });
    const sheet = JSON.parse(
      (await cli('describe', 'test/fixtures/import/two-sheets.xlsx', '--sheet', 'Регионы')).stdout,
    );
    expect(sheet.columns.map((c: { name: string }) => c.name)).toEqual(['code', 'name']);
    const { code, stderr } = await cli('describe', 'test/fixtures/import/two-sheets.xlsx', '--sheet', 'Nope');
    expect([code, stderr.trim()]).toEqual([1, 'error: test/fixtures/import/two-sheets.xlsx: no such sheet (Nope)']);
  }, 60_000);
});

describe('cli errors', () => {
  it('a binary file gets one stderr line naming the file and row, and exit code 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const file = join(dir, 'binary.csv');
    writeFileSync(file, Buffer.from([0x61, 0x0a, 0x62, 0x00, 0x01, 0x0a]));
    const { code, stdout, stderr } = await spawnCli('describe', file);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe(`error: ${file}: row 2: binary data, not text (a NUL byte at byte 3)`);
  }, 60_000);
  it('describe reads a Kazakh KZ-1048 file and names its encoding', async () => {
    const { stdout } = await cli('describe', 'test/fixtures/encodings/kazakh-kz1048.csv');
    const d = JSON.parse(stdout);
    expect(d).toMatchObject({ encoding: 'kz-1048', rows: 3 });
    expect(d.columns.map((c: { name: string }) => c.name)).toEqual(['аты', 'өңір', 'пікір']);
  }, 60_000);
  it('an unknown column is named', async () => {
    const { code, stderr } = await cli('freq', 'test/fixtures/apistrat.csv', '--var', 'nope');
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('error: test/fixtures/apistrat.csv: column "nope": no such column');
  }, 60_000);
  it('a usage mistake exits with code 2', async () => {
    expect((await spawnCli('frobnicate', 'x')).code).toBe(2);
  }, 60_000);
  it('CSV output neutralises formula injection in text cells and keeps numbers as numbers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const file = join(dir, 'inj.csv');
    writeFileSync(file, 'name,x\n"=HYPERLINK(""http://x"")",-1\n+cmd,2\n');
    const { stdout } = await cli('freq', file, '--var', 'name', '--format', 'csv');
    expect(stdout).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(stdout).toContain("'+cmd");
    const { stdout: nums } = await cli('freq', file, '--var', 'x', '--format', 'csv');
    expect(nums.split('\n')[1]).toBe('-1,,false,1,50,');
  }, 60_000);
});
