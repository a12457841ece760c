// The startup benchmark's baseline: a bare page that starts DuckDB-wasm from the same bundled files and answers
// SELECT 1. With `?plain`, DuckDB's worker is fed the fetched wasm response itself instead of its progress stream
// (a constructed Response), so Chromium may keep the compiled code; with `?work`, a workload then runs long enough
// for V8 to optimise and cache that code: the floor of a second visit.
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';

const params = new URLSearchParams(location.search);

/** DuckDB's worker, started behind a one-line script that hides TransformStream (`?plain`). */
function startWorker(url: string): Worker {
  if (!params.has('plain')) return new Worker(url);
  const src = `delete self.TransformStream; importScripts(${JSON.stringify(new URL(url, location.href).href)});`;
  return new Worker(URL.createObjectURL(new Blob([src], { type: 'text/javascript' })));
}

/** Enough varied queries for V8 to tier up DuckDB's hot code (and cache it once it goes quiet). */
async function workload(conn: duckdb.AsyncDuckDBConnection) {
  await conn.query('CREATE TABLE x AS SELECT range AS i, (range * 7) % 13 AS g FROM range(200000)');
  for (let k = 0; k < 40; k++) {
    await conn.query(`SELECT g, quantile_cont(i, 0.5), regr_slope(i, g), count(DISTINCT i % ${k + 7})
      FROM x WHERE i % ${k + 2} = 0 GROUP BY ROLLUP (g) ORDER BY 1`);
    await conn.query(`WITH a AS (SELECT i % 97 AS k, sum(i) AS s FROM x GROUP BY 1)
      SELECT a.k, s, b.g FROM a JOIN (SELECT DISTINCT g FROM x) b ON a.k % 13 = b.g
      WHERE s > ${k} ORDER BY s DESC LIMIT 10`);
  }
}

const bundle = await duckdb.selectBundle({
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
});
const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), startWorker(bundle.mainWorker!));
await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
performance.mark('instantiated');
await db.open({});
const conn = await db.connect();
await conn.query('SELECT 1');
performance.mark('select1');
if (params.has('work')) {
  await workload(conn);
  performance.mark('work-done');
}
document.getElementById('out')!.textContent = 'ready';
