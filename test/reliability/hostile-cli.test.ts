import { describe, expect, it } from 'vitest';
import { CLI_LIMITS, describeInCli } from './hostile/cli';
import { HOSTILE } from './hostile/files';
import { FULL } from './size';

const files = HOSTILE.filter((f) => f.kind === 'data' && (FULL || !f.big));

describe('hostile files through the CLI', () => {
  it(`are ${HOSTILE.length} in all, at least 40`, () => expect(HOSTILE.length).toBeGreaterThanOrEqual(40));

  for (const f of files) {
    it(`${f.name}: ${f.expect === 'parsed' ? 'parsed' : 'a clear error naming the file and place'}, in bounded time and memory`, async () => {
      const run = await describeInCli(f, FULL || !!f.fast);
      console.log(
        JSON.stringify({
          file: f.name,
          code: run.code,
          ms: Math.round(run.ms),
          mib: Math.round(run.mib),
          stderr: run.stderr.slice(0, 300),
        }),
      );
      if (f.expect === 'parsed') {
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        expect(JSON.parse(run.stdout).columns.length).toBeGreaterThan(0);
      } else {
        expect(run.code).toBe(1);
        expect(run.stderr.split('\n')).toHaveLength(1);
        expect(run.stderr.startsWith(run.path)).toBe(true);
        expect(run.stderr).toMatch(f.where!);
      }
      expect(run.ms).toBeLessThan(CLI_LIMITS.ms);
      expect(run.mib).toBeLessThan(CLI_LIMITS.mib);
    });
  }
});
