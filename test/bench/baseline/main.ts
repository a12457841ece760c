// The startup benchmark's baseline: a bare page that starts DuckDB-wasm from the same bundled files and answers
// SELECT 1.
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';

const bundle = await duckdb.selectBundle({
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
});
const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(bundle.mainWorker!));
await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
await db.open({});
const conn = await db.connect();
await conn.query('SELECT 1');
performance.mark('select1');
document.getElementById('out')!.textContent = 'ready';
