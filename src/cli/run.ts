import type { Connector } from '../core/sql';
import { DataError } from '../data/errors';
import { DesignError } from '../stats/design';
import { COMMANDS } from './commands';
import { type CliOptions, parseCliArgs } from './options';
import { formatResult } from './output';
import { CommandFailure, UsageError } from './usage-error';

const USAGE = `usage: cli <command> [options]
${Object.values(COMMANDS)
  .map((c) => `  ${c.usage}`)
  .join('\n')}
  FILE is a .csv/.tsv/.txt (any encoding), .xlsx, .sav/.zsav, .parquet, .arrow, .json/.ndjson file, an XLSForm,
  or STUDY:DATASET (e.g. demo:population).
  Common: --format json|csv, --lang ru|kk|en, --engine native|wasm (native DuckDB by default; wasm runs the
  browser's engine under Node); native only: --threads N, --memory-limit 4GB (default: half the machine's memory;
  past it DuckDB spills to a temporary folder)`;

/** Where the CLI writes: standard output and standard error, or a test's buffers. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Open the engine a command runs on: native DuckDB, or DuckDB-wasm (the browser's engine) under Node. */
async function openEngine(opts: CliOptions): Promise<Connector> {
  const { engine, threads } = opts;
  if (engine === 'wasm') return (await import('../data/duckdb-node')).openNodeDuckDB();
  if (engine !== 'native') throw new UsageError(`unknown engine "${engine}" (native or wasm)`);
  if (threads !== undefined && !/^[1-9][0-9]*$/.test(threads))
    throw new UsageError(`--threads ${threads}: a whole number of threads`);
  if (opts['memory-limit'] !== undefined && !/^[0-9.]+\s*[KMGT]i?B$/i.test(opts['memory-limit']))
    throw new UsageError(`--memory-limit ${opts['memory-limit']}: a size such as 4GB or 500MB`);
  return (await import('../data/duckdb-native')).openNativeDuckDB({
    threads: threads ? Number(threads) : undefined,
    memoryLimit: opts['memory-limit'],
  });
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCliArgs(argv);
  const [command, positional, ...rest] = positionals;
  if (values.help || !command) {
    io.stdout(USAGE + '\n');
    return command ? 0 : 2;
  }
  const known = COMMANDS[command];
  const target = positional ?? (known?.targetOption ? values[known.targetOption] : undefined);
  if (!known || !target)
    throw new UsageError(known ? `${command} needs a FILE or STUDY` : `unknown command "${command}"`);
  const db = await openEngine(values);
  try {
    io.stdout(formatResult(await known.run(db, target, values, ...rest), values.format ?? 'json'));
  } finally {
    await db.close();
  }
  return 0;
}

/** Run the CLI: JSON (or CSV) on stdout; on failure one error line on stderr and exit code 1 (2: a usage mistake). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    if (e instanceof CommandFailure) {
      io.stderr(e.message + '\n');
      return 1;
    }
    const known = e instanceof DataError || e instanceof UsageError || e instanceof DesignError;
    const msg = known ? e.message : e instanceof Error ? e.message.split('\n')[0] : String(e);
    io.stderr(`error: ${msg}\n`);
    return e instanceof UsageError ? 2 : 1;
  }
}
