import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { runCli } from '../../src/cli/run';

const exec = promisify(execFile);

/**
 * Run a CLI command in this process (the same code as the command line, without starting Node): output and exit code.
 */
export async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) });
  return { code, stdout, stderr };
}

/** Run the CLI as the README says (npm run --silent cli -- …) in its own process: stdout, stderr and exit code. */
export async function spawnCli(...args: string[]) {
  try {
    const { stdout, stderr } = await exec('npm', ['run', '--silent', 'cli', '--', ...args], { maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
