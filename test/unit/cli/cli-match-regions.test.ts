import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';

const file = (text: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'cli-')), 'regions.csv');
  writeFileSync(path, text);
  return path;
};

describe('cli match-regions FILE --column COL', () => {
  it('prints each distinct value once with its code, how, and both candidates where the value cannot tell', async () => {
    const csv = file('id,oblast\n1,Алматы облысы\n2,г. Алматы\n3,Алматы облысы\n4,Алматы (обл./г.)\n5,ВКО\n6,\n');
    const { code, stdout } = await cli('match-regions', csv, '--column', 'oblast');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      { value: 'Алматы (обл./г.)', code: null, how: 'none', candidates: ['KZ-19', 'KZ-75'] },
      { value: 'Алматы облысы', code: 'KZ-19', how: 'name', candidates: [] },
      { value: 'ВКО', code: 'KZ-63', how: 'abbreviation', candidates: [] },
      { value: 'г. Алматы', code: 'KZ-75', how: 'name', candidates: [] },
    ]);
  });
  it('names an unknown column and asks for --column', async () => {
    const csv = file('id,oblast\n1,Астана\n');
    const unknown = await cli('match-regions', csv, '--column', 'region');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('region');
    expect((await cli('match-regions', csv)).stderr).toContain('--column');
  });
});
