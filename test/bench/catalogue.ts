import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser } from '../helpers/browser';
import { serveDist } from '../helpers/serve';
import { computeCatalogue, scaleUp } from './catalogue-work';
import { rendererPeakMiB } from './import';
import { openNativeDuckDB } from '../../src/data/duckdb-native';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
type Run = {
  respondents: number;
  scale_ms: number;
  prepare_ms: number;
  compute_ms: number;
  entries: number;
  result_rows: number;
  ok_rows: number;
};

async function wasmOnce(url: string): Promise<Run & { peak_mib: number }> {
  const { context, close } = await launchBrowser();
  try {
    const page = await context.newPage();
    await page.goto(`${url}catalogue.html`);
    await page.waitForFunction(() => document.getElementById('out')?.textContent === 'ready');
    const r = await page.evaluate(() => (window as unknown as { benchCatalogue: () => Promise<Run> }).benchCatalogue());
    return { ...r, peak_mib: rendererPeakMiB() };
  } finally {
    await close();
  }
}

const read = (f: string) => readFileSync(f, 'utf8');
const inputs = () => ({
  study: JSON.parse(read('data/demo/study.json')),
  codebook: JSON.parse(read('data/demo/population-codebook.json')),
  regionsCsv: read('data/reference/regions.csv'),
});

async function nativeOnce(): Promise<Run> {
  const db = await openNativeDuckDB({ threads: 1 });
  try {
    const t0 = performance.now();
    const respondents = await scaleUp(db, resolve('data/demo/population-survey.csv').replace(/'/g, "''"));
    return { respondents, scale_ms: Math.round(performance.now() - t0), ...(await computeCatalogue(db, inputs())) };
  } finally {
    await db.close();
  }
}

/**
 * Every population-survey indicator with SEs by region × wave on ~1M respondents: DuckDB-wasm in Chromium
 * against the same SQL on native DuckDB with one thread (the wasm build has one), in the same run.
 */
export async function benchCatalogue() {
  const server = await serveDist('dist-bench');
  const runs: { wasm: Array<Run & { peak_mib: number }>; native: Run[] } = { wasm: [], native: [] };
  try {
    for (let i = 0; i < RUNS; i++) {
      runs.native.push(await nativeOnce());
      runs.wasm.push(await wasmOnce(server.url));
    }
  } finally {
    await server.close();
  }
  const m = (xs: Run[], k: 'prepare_ms' | 'compute_ms' | 'scale_ms') => median(xs.map((x) => x[k]));
  const total = (xs: Run[]) => median(xs.map((x) => x.prepare_ms + x.compute_ms));
  return {
    runs,
    respondents: runs.wasm[0].respondents,
    entries: runs.wasm[0].entries,
    result_rows: runs.wasm[0].result_rows,
    median_ms: {
      native: {
        scale: m(runs.native, 'scale_ms'),
        prepare: m(runs.native, 'prepare_ms'),
        compute: m(runs.native, 'compute_ms'),
        total: total(runs.native),
      },
      wasm: {
        scale: m(runs.wasm, 'scale_ms'),
        prepare: m(runs.wasm, 'prepare_ms'),
        compute: m(runs.wasm, 'compute_ms'),
        total: total(runs.wasm),
      },
    },
    ratio_wasm_to_native: total(runs.wasm) / total(runs.native),
    median_peak_renderer_mib: median(runs.wasm.map((x) => x.peak_mib)),
    goals: { ratio: 2, peak_renderer_mib: 1144 }, // 1.2 GB = 1,144 MiB
  };
}
