import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DEMO = new URL('../../../data/demo/', import.meta.url).pathname;
/**
 * The region × wave cells whose truth is redrawn. Every cell of the Monte-Carlo population draws from its own seeded
 * stream, so a few of them exercise the same respondent model, scores and estimator as all 60, in a twentieth of the
 * time (the whole of truth.json is most of the generator's half minute).
 */
const CELLS = ['KZ-10|2021', 'KZ-75|2023', 'KZ-79|2025'];

describe('npm run demo:data', () => {
  it('writes byte-identical files for the same seed (the committed demo study; truth.json for three cells)', () => {
    const out = mkdtempSync(join(tmpdir(), 'demo-'));
    try {
      execFileSync('npx', ['tsx', 'scripts/generate-demo.ts', out], {
        stdio: 'pipe',
        env: { ...process.env, DEMO_TRUTH_CELLS: CELLS.join(',') },
      });
      const files = readdirSync(DEMO).sort();
      expect(readdirSync(out).sort()).toEqual(files);
      for (const f of files.filter((f) => f !== 'truth.json'))
        expect(readFileSync(join(out, f)).equals(readFileSync(join(DEMO, f))), f).toBe(true);

      const [made, committed] = [out, DEMO].map((d) => JSON.parse(readFileSync(join(d, 'truth.json'), 'utf8')));
      const slice = (truth: Record<string, Record<string, number | null>>) =>
        Object.fromEntries(
          Object.entries(truth).map(([id, cells]) => [id, Object.fromEntries(CELLS.map((c) => [c, cells[c]]))]),
        );
      expect({ ...made, truth: slice(made.truth) }).toEqual({ ...committed, truth: slice(committed.truth) });
      expect(Object.keys(made.truth)).toEqual(Object.keys(committed.truth));
      for (const cells of Object.values(made.truth)) expect(CELLS).toEqual(expect.arrayContaining(Object.keys(cells!)));
      expect(CELLS.map((c) => typeof made.truth.sci[c])).toEqual(['number', 'number', 'number']);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);
});
