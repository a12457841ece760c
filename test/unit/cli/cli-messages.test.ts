import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';

const csv = join(mkdtempSync(join(tmpdir(), 'cli-')), 'weights.csv');
writeFileSync(csv, 'psu,w,y,z\n1,1.5,3,\n2,-1,4,\n3,0,5,\n4,2,6,\n5,-0.5,7,\n');

describe('cli messages that say what is wrong and where', () => {
  it('a negative weight names the weights column and its first data rows', async () => {
    const { code, stderr } = await cli('estimate', csv, '--design', 'ids=psu,weights=w', '--mean', 'y');
    expect(code).not.toBe(0);
    expect(stderr).toContain('weights column "w": 2 negative weight(s), first in data row(s) 2, 5');
  });
  it('a variable with no valid value says so, naming the file and column', async () => {
    const { code, stderr } = await cli('estimate', csv, '--design', 'ids=psu', '--mean', 'z');
    expect(code).not.toBe(0);
    expect(stderr).toContain(`${csv}: column "z": the column has no valid value`);
  });
});
