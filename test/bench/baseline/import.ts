// The import benchmark's page: a bare DuckDB read_csv of a UTF-8 file, and the app's own import of the same
// data (UTF-8, or Windows-1251 decoded by the app), each on a fresh in-memory DuckDB-wasm from the bundled files.
import { importDataset } from '../../../src/data/dataset-import';
import { openWasmDuckDB } from '../../../src/data/duckdb-wasm';
import { probeFile } from '../../../src/data/import/probe';

/** The longest main-thread task while importing (ms): how long a click could wait. */
let longest = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
}).observe({ type: 'longtask', buffered: false });

async function run(mode: 'bare' | 'app', file: string): Promise<{ ms: number; rows: number; longest_task_ms: number }> {
  const bytes = new Uint8Array(await (await fetch(file)).arrayBuffer());
  const db = await openWasmDuckDB({ kind: 'memory' });
  await db.query('SELECT 1');
  await new Promise((r) => setTimeout(r, 50));
  longest = 0;
  const t0 = performance.now();
  let rows: number;
  if (mode === 'bare') {
    await db.registerBuffer('bench.csv', bytes.slice());
    await db.exec("CREATE TABLE t AS SELECT * FROM read_csv('bench.csv')");
    rows = (await db.query<{ n: number }>('SELECT count(*) AS n FROM t'))[0].n;
  } else {
    const probe = await probeFile(file, bytes);
    rows = (await importDataset(db, { file, bytes, probe })).rows;
  }
  const ms = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 50));
  return { ms, rows, longest_task_ms: Math.round(longest) };
}

(window as unknown as { benchImport: typeof run }).benchImport = run;
document.getElementById('out')!.textContent = 'ready';
