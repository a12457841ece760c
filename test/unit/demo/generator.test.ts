import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DEMO = new URL('../../../data/demo/', import.meta.url).pathname;

describe('npm run demo:data', () => {
  it('writes byte-identical files for the same seed (the committed demo study)', () => {
    const out = mkdtempSync(join(tmpdir(), 'demo-'));
    try {
      execFileSync('npx', ['tsx', 'scripts/generate-demo.ts', out], { stdio: 'pipe' });
      const files = readdirSync(DEMO).sort();
      expect(readdirSync(out).sort()).toEqual(files);
      for (const f of files) expect(readFileSync(join(out, f)).equals(readFileSync(join(DEMO, f))), f).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);
});
