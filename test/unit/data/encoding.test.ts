import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode, detectEncoding } from '../../../src/data/encoding';

const fixture = (f: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/encodings/${f}`, import.meta.url)));
const KAZAKH_HEADER = 'аты,өңір,пікір';

describe('detectEncoding and decode', () => {
  it.each([
    ['kazakh-kz1048.csv', 'kz-1048'],
    ['kazakh-ptcp154.csv', 'ptcp154'],
    ['russian-cp1251.csv', 'windows-1251'],
    ['french-cp1252.csv', 'windows-1252'],
    ['kazakh-utf16le.csv', 'utf-16le'],
    ['kazakh-utf8.csv', 'utf-8'],
  ])('%s is read as %s', (file, encoding) => {
    expect(detectEncoding(fixture(file))).toBe(encoding);
  });
  it('decodes the Kazakh code pages TextDecoder lacks, letter for letter', () => {
    const utf8 = new TextDecoder().decode(fixture('kazakh-utf8.csv'));
    expect(decode(fixture('kazakh-kz1048.csv'), 'kz-1048')).toBe(utf8);
    expect(decode(fixture('kazakh-ptcp154.csv'), 'ptcp154')).toBe(utf8);
    expect(decode(fixture('kazakh-utf16le.csv'), 'utf-16le')).toBe(utf8);
    expect(utf8.startsWith(KAZAKH_HEADER)).toBe(true);
  });
  it('would garble Kazakh read as Windows-1251 (why the code pages matter)', () => {
    expect(decode(fixture('kazakh-kz1048.csv'), 'windows-1251').startsWith(KAZAKH_HEADER)).toBe(false);
  });
});
