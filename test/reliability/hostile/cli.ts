import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../../helpers/cli';
import type { HostileFile } from './files';

/** The bounds a hostile file must stay within in the CLI: wall time, and the process's peak resident memory. */
export const CLI_LIMITS = { ms: 60_000, mib: 1536 };

/** Run `describe` in its own Node process under GNU time: exit code, output, peak resident memory in MiB. */
function spawnDescribe(path: string) {
  return new Promise<{ code: number; stdout: string; stderr: string; mib: number }>((resolve) =>
    execFile(
      '/usr/bin/time',
      ['-f', 'maxrss=%M', 'node', '--import', 'tsx', 'src/cli/main.ts', 'describe', path],
      { maxBuffer: 64 << 20, timeout: CLI_LIMITS.ms, killSignal: 'SIGKILL' },
      (e, stdout, stderr) => {
        const mib = Number(/maxrss=(\d+)/.exec(stderr)?.[1] ?? NaN) / 1024;
        const text = stderr.replace(/(Command exited with non-zero status \d+\n)?maxrss=\d+\n?$/, '');
        resolve({ code: e ? Number((e as { code?: number }).code ?? -1) : 0, stdout, stderr: text, mib });
      },
    ),
  );
}

/**
 * Write a hostile file to a temporary folder and run `describe` on it: in its own process (time and memory
 * measured), or in this one when `spawn` is false (the fast subset). The CLI's "error: " prefix is dropped.
 */
export async function describeInCli(f: HostileFile, spawn: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'civic-hostile-'));
  const path = join(dir, f.name);
  writeFileSync(path, f.bytes());
  const started = performance.now();
  try {
    const out = spawn ? await spawnDescribe(path) : { ...(await cli('describe', path)), mib: 0 };
    const stderr = out.stderr.trim().replace(/^error: /, '');
    return { ...out, stderr, ms: performance.now() - started, path };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
