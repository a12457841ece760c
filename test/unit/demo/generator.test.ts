import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DEMO = new URL('../../../data/demo/', import.meta.url).pathname;
/**
 * The region × wave cells whose truth (and their districts' truth) is redrawn. Every cell of the Monte-Carlo
 * populations draws from its own seeded stream, so a few of them exercise the same respondent model, scores and
 * estimator as all of them, in a twentieth of the time (the truths are most of the generator's minute and a half).
 */
const CELLS = ['KZ-10|2021', 'KZ-75|2023', 'KZ-79|2025'];
const TRUTHS = ['truth.json', 'district-truth.json'];
type Truth = Record<string, Record<string, number | null>>;
const read = (dir: string, f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
const slice = (truth: Truth, keys: string[]) =>
  Object.fromEntries(
    Object.entries(truth).map(([id, cells]) => [id, Object.fromEntries(keys.map((c) => [c, cells[c]]))]),
  );
/** The district × wave keys of the cells' regions and waves (districts from the committed district frame). */
function districtCells(): string[] {
  const frame = readFileSync(join(DEMO, 'district-frame.csv'), 'utf8').trim().split('\n').slice(1);
  return CELLS.flatMap((cell) => {
    const [region, wave] = cell.split('|');
    return frame.filter((r) => r.split(',')[1] === region).map((r) => `${r.split(',')[0]}|${wave}`);
  }).sort();
}

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
      for (const f of files.filter((f) => !TRUTHS.includes(f)))
        expect(readFileSync(join(out, f)).equals(readFileSync(join(DEMO, f))), f).toBe(true);

      for (const [file, keys] of [
        ['truth.json', CELLS],
        ['district-truth.json', districtCells()],
      ] as const) {
        const [made, committed] = [out, DEMO].map((d) => read(d, file));
        expect({ ...made, truth: slice(made.truth, keys) }, file).toEqual({
          ...committed,
          truth: slice(committed.truth, keys),
        });
        expect(Object.keys(made.truth)).toEqual(Object.keys(committed.truth));
        for (const cells of Object.values(made.truth as Truth))
          expect(Object.keys(cells).sort()).toEqual([...keys].sort());
        expect(keys.map((c) => typeof made.truth.sci[c])).toEqual(keys.map(() => 'number'));
      }
      expect(districtCells()).toHaveLength(12 + 8 + 5);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);
});
