import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** Run the CLI as the README says (npm run --silent cli -- …) and capture stdout, stderr and exit code. */
export async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await exec('npm', ['run', '--silent', 'cli', '--', ...args], { maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
