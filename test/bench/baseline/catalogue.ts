// The catalogue benchmark's browser page: the workload of ../catalogue-work.ts on a fresh in-memory DuckDB-wasm.
import codebook from '../../../data/demo/population-codebook.json';
import csvUrl from '../../../data/demo/population-survey.csv?url';
import study from '../../../data/demo/study.json';
import regionsCsv from '../../../data/reference/regions.csv?raw';
import type { CodebookVariable, Study } from '../../../src/data/study';
import { openWasmDuckDB } from '../../../src/data/duckdb-wasm';
import { computeCatalogue, scaleUp } from '../catalogue-work';

async function run() {
  const db = await openWasmDuckDB({ kind: 'memory' });
  await db.registerText('population.csv', await (await fetch(csvUrl)).text());
  const t0 = performance.now();
  const respondents = await scaleUp(db, 'population.csv');
  const scale_ms = Math.round(performance.now() - t0);
  return {
    respondents,
    scale_ms,
    ...(await computeCatalogue(db, { study: study as Study, codebook: codebook as CodebookVariable[], regionsCsv })),
  };
}

(window as unknown as { benchCatalogue: typeof run }).benchCatalogue = run;

// Stages one at a time, so the bench can read the renderer's memory between them.
let staged: Awaited<ReturnType<typeof openWasmDuckDB>> | null = null;
async function stage(name: 'scale' | 'compute') {
  if (name === 'scale') {
    staged = await openWasmDuckDB({ kind: 'memory' });
    await staged.registerText('population.csv', await (await fetch(csvUrl)).text());
    return scaleUp(staged, 'population.csv');
  }
  return computeCatalogue(staged!, { study: study as Study, codebook: codebook as CodebookVariable[], regionsCsv });
}
(window as unknown as { benchStage: typeof stage }).benchStage = stage;
document.getElementById('out')!.textContent = 'ready';
