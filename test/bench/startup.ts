import { readdirSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { launchBrowser } from '../helpers/browser';
import { initialJs, sizes } from './sizes';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** Serve dist/ at / and the baseline at /baseline/, both with their precompressed files. */
export async function serveBoth() {
  const opts = { brotli: true, gzip: true, etag: true, dev: false, immutable: true };
  const app = sirv('dist', opts);
  const base = sirv('dist-bench', opts);
  const server: Server = createServer((req, res) => {
    const notFound = () => {
      res.statusCode = 404;
      res.end();
    };
    if (req.url?.startsWith('/baseline/')) {
      req.url = req.url.slice('/baseline'.length);
      base(req, res, notFound);
    } else app(req, res, notFound);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** Load a URL in a fresh profile and return the time of each performance mark (ms from navigation start). */
async function marksOf(url: string, until: string): Promise<Record<string, number>> {
  const { context, close } = await launchBrowser();
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, until, { timeout: 120_000 });
    return await page.evaluate(() => {
      const out: Record<string, number> = {};
      for (const m of performance.getEntriesByType('mark')) out[m.name] ??= Math.round(m.startTime);
      return out;
    });
  } finally {
    await close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The startup benchmark: the built app from fresh profiles against a bare DuckDB-wasm page, plus asset sizes. */
export async function benchStartup() {
  const server = await serveBoth();
  const runs: { baseline: number; firstChart: number; interactive: number; marks: Record<string, number> }[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const baseline = (await marksOf(`${server.url}baseline/`, 'select1')).select1;
      const app = await marksOf(server.url, 'first-live-result');
      runs.push({ baseline, firstChart: app['chart-ready:map'], interactive: app['first-live-result'], marks: app });
    }
  } finally {
    await server.close();
  }
  const baseline = median(runs.map((r) => r.baseline));
  const firstChart = median(runs.map((r) => r.firstChart));
  const interactive = median(runs.map((r) => r.interactive));
  const js = initialJs('dist').map((f) => sizes('dist', f));
  const sum = (k: 'raw' | 'gzip' | 'brotli') => js.reduce((a, s) => a + s[k], 0);
  const wasm = (name: string) =>
    sizes('dist', `assets/${readdirSync('dist/assets').find((f) => f.startsWith(name) && f.endsWith('.wasm'))}`);
  return {
    runs,
    median_ms: { baseline_select1: baseline, first_chart: firstChart, interactive },
    ratio_to_baseline: { first_chart: firstChart / baseline, interactive: interactive / baseline },
    goals_ms: { first_chart: 1500, interactive: 4000 },
    initial_app_js_bytes: { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') },
    initial_app_js_goal_brotli_bytes: 300 * 1024,
    wasm_eh_bytes: wasm('duckdb-eh'),
    wasm_mvp_bytes: wasm('duckdb-mvp'),
  };
}
