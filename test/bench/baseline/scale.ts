// The scale benchmark's browser page: a civic-control CSV imported by the app's own import path (sniffing, typed
// chunked loading, registry entry, one transaction) into a fresh in-memory DuckDB-wasm, then the same aggregation
// the native bench runs (reports, solved, share solved by region × year of filing).
import { quoteIdent } from '../../../src/core/sql';
import { importDataset } from '../../../src/data/dataset-import';
import { openWasmDuckDB } from '../../../src/data/duckdb-wasm';
import { probeFile } from '../../../src/data/import/probe';

async function run(file: string) {
  const bytes = new Uint8Array(await (await fetch(file)).arrayBuffer());
  const db = await openWasmDuckDB({ kind: 'memory' });
  const t0 = performance.now();
  const meta = await importDataset(db, { file, bytes, probe: await probeFile(file, bytes) });
  const t1 = performance.now();
  const groups = await db.query(`SELECT region, year(CAST(date_filed AS DATE)) AS "year", count(*) AS reports,
      count(*) FILTER (WHERE status = 'done') AS solved, solved / reports AS share_solved
    FROM ${quoteIdent(meta.id)} GROUP BY ALL ORDER BY ALL`);
  const t2 = performance.now();
  return { rows: meta.rows, groups: groups.length, import_ms: Math.round(t1 - t0), query_ms: Math.round(t2 - t1) };
}

(window as unknown as { benchScale: typeof run }).benchScale = run;
document.getElementById('out')!.textContent = 'ready';
