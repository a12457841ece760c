import { existsSync, readFileSync } from 'node:fs';
import { launchBrowser } from '../helpers/browser';
import { serveDist } from '../helpers/serve';
import { openNativeDuckDB } from '../../src/data/duckdb-native';
import { readShapes } from '../../src/cli/shapes';
import { checkNotebook } from '../../src/notebooks/validate';
import { openStudyFolder, readDistricts, readRegions } from '../../src/cli/study-folder';
import { type NotebookRound, envBase, freshEnv, notebookRound, recording } from './notebook-work';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** The shipped notebook the issue names, or the bench's own with the same kinds of cells until it is shipped. */
export const NOTEBOOK = existsSync('notebooks/social-capital.md')
  ? 'notebooks/social-capital.md'
  : 'test/bench/notebook-bench.md';

/**
 * Rounds on native DuckDB with the CLI's environment (the demo study, as `notebook run` opens it; the catalogue
 * computed afresh each round); one warm-up round left out.
 */
async function nativeRounds(): Promise<NotebookRound[]> {
  const { notebook, errors } = checkNotebook(readFileSync(NOTEBOOK, 'utf8'));
  if (errors.length) throw new Error(`${NOTEBOOK}: ${JSON.stringify(errors[0])}`);
  const db = await openNativeDuckDB();
  const log = { on: false, statements: [] };
  try {
    const rec = recording(db, log);
    const { loaded, sources } = await openStudyFolder(rec, 'demo');
    const ref = { regions: await readRegions(), districts: await readDistricts(), shapes: await readShapes() };
    const { base, compute } = envBase(rec, loaded, sources, ref);
    const rounds: NotebookRound[] = [];
    for (let i = 0; i <= RUNS; i++) rounds.push(await notebookRound(notebook, freshEnv(base, compute), db, log));
    return rounds.slice(1);
  } finally {
    await db.close();
  }
}

/** The same rounds in Chromium on DuckDB-wasm (the app's connector and demo loading), in the bench page. */
async function wasmRounds(url: string): Promise<NotebookRound[]> {
  const { context, close } = await launchBrowser();
  try {
    const page = await context.newPage();
    await page.goto(`${url}notebook.html`);
    await page.waitForFunction(() => document.getElementById('out')?.textContent === 'ready', null, {
      timeout: 120_000,
    });
    return await page.evaluate(
      (runs) => (window as unknown as { benchNotebook: (n: number) => Promise<NotebookRound[]> }).benchNotebook(runs),
      RUNS,
    );
  } finally {
    await close();
  }
}

const round2 = (x: number) => Math.round(x * 100) / 100;
/** Medians of each time, their ratio, and the median of each round's own ratio (steadier on a shared machine). */
const summary = (rounds: NotebookRound[]) => {
  const nb = median(rounds.map((r) => r.notebook_ms));
  const sql = median(rounds.map((r) => r.sql_ms));
  const { statements, cells, failed } = rounds[0];
  return {
    median_ms: { notebook: Math.round(nb), sql: Math.round(sql) },
    ratio: round2(nb / sql),
    median_round_ratio: round2(median(rounds.map((r) => r.notebook_ms / r.sql_ms))),
    statements,
    cells,
    failed,
  };
};

/**
 * A notebook run (every cell, inline value and fingerprint) against the SQL statements it sent, replayed alone on
 * the same engine right after: native DuckDB through the CLI's modules, and DuckDB-wasm in Chromium.
 */
export async function benchNotebook() {
  const native = await nativeRounds();
  const server = await serveDist('dist-bench');
  let wasm: NotebookRound[];
  try {
    wasm = await wasmRounds(server.url);
  } finally {
    await server.close();
  }
  return { notebook: NOTEBOOK, runs: { native, wasm }, cli: summary(native), browser: summary(wasm) };
}
