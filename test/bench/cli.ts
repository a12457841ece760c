import { execFileSync } from 'node:child_process';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Wall time of one process, in ms (its output is checked to be there). */
function timed(cmd: string, args: string[]): number {
  const t0 = performance.now();
  const out = execFileSync(cmd, args, { maxBuffer: 256 << 20 }).toString();
  const ms = performance.now() - t0;
  if (!out.trim()) throw new Error(`${cmd} ${args.join(' ')} printed nothing`);
  return ms;
}

const CLI = ['run', '--silent', 'cli', '--', 'indicators', 'demo', '--by', 'region,wave'];

/**
 * `indicators demo --by region,wave` as a user runs it (a process each) on native DuckDB, against the same command
 * on DuckDB-wasm under Node and against a bare native query of the same aggregation; plus tsx starting an empty
 * script, the fixed cost every process pays. Medians of BENCH_RUNS rounds, interleaved.
 */
export async function benchCli() {
  const runs = { native: [] as number[], wasm: [] as number[], bare: [] as number[], startup: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    runs.native.push(timed('npm', CLI));
    runs.wasm.push(timed('npm', [...CLI, '--engine', 'wasm']));
    runs.bare.push(timed('npx', ['tsx', 'test/bench/baseline/cli-bare.ts']));
    runs.startup.push(timed('npx', ['tsx', '-e', 'process.stdout.write("1")']));
  }
  const m = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, Math.round(median(v))])) as Record<
    keyof typeof runs,
    number
  >;
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  return {
    runs,
    command: `npm ${CLI.join(' ')}`,
    median_ms: m,
    ratio_native_to_wasm: ratio(m.native, m.wasm),
    ratio_native_to_bare: ratio(m.native, m.bare),
    ratio_without_startup: {
      to_wasm: ratio(m.native - m.startup, m.wasm - m.startup),
      to_bare: ratio(m.native - m.startup, m.bare - m.startup),
    },
  };
}
