// The notebook benchmark's browser page: the demo study loaded into a fresh DuckDB-wasm as the app loads it, a
// NotebookEnv built as the CLI builds its own, and the rounds of ../notebook-work.ts.
import districtsCsv from '../../../data/reference/districts.csv?raw';
import regionsCsv from '../../../data/reference/regions.csv?raw';
import tilegridCsv from '../../../data/reference/kz-tilegrid.csv?raw';
import topo from '../../../data/reference/kz-regions.topo.json';
import { regionFeatures } from '../../../src/charts/geo';
import { parseTilegrid } from '../../../src/charts/tilegrid';
import { DEMO, demoText } from '../../../src/data/demo';
import { openWasmDuckDB } from '../../../src/data/duckdb-wasm';
import { loadStudy } from '../../../src/data/load-study';
import { parseDistricts, parseRegions } from '../../../src/data/reference';
import { prepareSources } from '../../../src/indicators/prepare';
import { checkNotebook } from '../../../src/notebooks/validate';
import { type NotebookRound, envBase, freshEnv, notebookRound, recording } from '../notebook-work';

const TEXTS = import.meta.glob(['../../../notebooks/social-capital.md', '../notebook-bench.md'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const source = TEXTS['../../../notebooks/social-capital.md'] ?? TEXTS['../notebook-bench.md'];

async function run(runs: number): Promise<NotebookRound[]> {
  const { notebook, errors } = checkNotebook(source);
  if (errors.length) throw new Error(JSON.stringify(errors[0]));
  const db = await openWasmDuckDB({ kind: 'memory' });
  const log = { on: false, statements: [] };
  const rec = recording(db, log);
  const loaded = await loadStudy(rec, DEMO, demoText);
  const regions = parseRegions(regionsCsv);
  const sources = await prepareSources(rec, loaded, { regions, districts: parseDistricts(districtsCsv) });
  const ref = {
    regions,
    districts: parseDistricts(districtsCsv),
    shapes: { features: regionFeatures(topo), tiles: parseTilegrid(tilegridCsv) },
  };
  const { base, compute } = envBase(rec, loaded, sources, ref);
  const rounds: NotebookRound[] = [];
  for (let i = 0; i <= runs; i++) rounds.push(await notebookRound(notebook, freshEnv(base, compute), db, log));
  await db.close();
  return rounds.slice(1);
}

(window as unknown as { benchNotebook: typeof run }).benchNotebook = run;
document.getElementById('out')!.textContent = 'ready';
