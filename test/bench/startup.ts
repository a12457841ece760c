import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import sirv from 'sirv';
import { CHROMIUM_ARGS } from '../helpers/browser';
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

/** Chromium on a profile folder that outlives the browser (a second visit reopens it). */
const launchIn = (dir: string) =>
  chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });

type Marks = Record<string, number>;

/**
 * Open a URL in the browser and return the time of each performance mark (ms from navigation start) once `until`
 * is marked; then wait for `settled` (a page function) before the browser closes.
 */
async function visit(dir: string, url: string, until: string, settled?: () => boolean): Promise<Marks> {
  const context: BrowserContext = await launchIn(dir);
  try {
    const page = await context.newPage();
    await page.goto(url);
    const marked = (m: string) => performance.getEntriesByName(m).length > 0;
    await page.waitForFunction(marked, until, { timeout: 120_000 });
    const marks = await page.evaluate(() => {
      const out: Record<string, number> = {};
      for (const m of performance.getEntriesByType('mark')) out[m.name] ??= Math.round(m.startTime);
      return out;
    });
    marks.controlled = await page.evaluate(() => Number(!!navigator.serviceWorker?.controller));
    marks.restored = await page.evaluate(() => Number(!!document.querySelector('[data-workspace="restored"]')));
    if (settled) await page.waitForFunction(settled, undefined, { timeout: 300_000 });
    return marks;
  } finally {
    await context.close();
  }
}

/** First visit in a fresh profile, kept until the workspace is saved and the service worker controls the page. */
const installed = () =>
  performance.getEntriesByName('workspace-saved').length > 0 && !!navigator.serviceWorker.controller;

/** Some seconds after the bare page's workload: V8 caches optimised wasm once no new code was compiled for 2 s. */
const quiet = () => performance.now() - performance.getEntriesByName('work-done')[0].startTime > 6000;

/** Bytes of compiled wasm Chromium keeps in a profile. */
function wasmCodeCache(profile: string): number {
  const dir = join(profile, 'Default', 'Code Cache', 'wasm');
  if (!existsSync(dir)) return 0;
  return readdirSync(dir)
    .filter((f) => f.endsWith('_0'))
    .reduce((a, f) => a + statSync(join(dir, f)).size, 0);
}

/**
 * The floor of a second visit: the bare page with its compiled wasm reusable, first visited with a workload and
 * left until V8 cached the optimised code, then reopened.
 */
async function floorVisit(url: string, profile: string) {
  await visit(profile, `${url}baseline/?plain&work`, 'work-done', quiet);
  const cached = wasmCodeCache(profile);
  const warm = await visit(profile, `${url}baseline/?plain`, 'select1');
  return { instantiated: warm.instantiated, select1: warm.select1, code_cache_bytes: cached };
}

/** A cold visit of the bare page, the bare page's warm floor, and a cold then a warm visit of the app. */
async function oneRun(url: string) {
  const fresh = () => mkdtempSync(join(tmpdir(), 'civic-bench-'));
  const [bare, floorProfile, profile] = [fresh(), fresh(), fresh()];
  try {
    const bareCold = await visit(bare, `${url}baseline/`, 'select1');
    const floor = await floorVisit(url, floorProfile);
    const cold = await visit(profile, url, 'first-live-result', installed);
    const warm = await visit(profile, url, 'first-live-result');
    return { baseline: bareCold.select1, baseline_instantiated: bareCold.instantiated, floor, cold, warm };
  } finally {
    for (const d of [bare, floorProfile, profile]) rmSync(d, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ratio = (x: number, base: number) => Math.round((x / base) * 100) / 100;

/**
 * The startup benchmark: the built app against a bare DuckDB-wasm page (SELECT 1, fresh profile) measured in the
 * same run, cold (fresh profile) and warm (the browser reopened on the same profile: service worker cache, compiled
 * wasm, the workspace restored from OPFS), plus asset sizes. The bare page's warm floor (compiled code reused) shows
 * how far any page built on this DuckDB-wasm can go on a second visit.
 */
export async function benchStartup() {
  const server = await serveBoth();
  const runs: Awaited<ReturnType<typeof oneRun>>[] = [];
  try {
    for (let i = 0; i < RUNS; i++) runs.push(await oneRun(server.url));
  } finally {
    await server.close();
  }
  const med = (pick: (r: (typeof runs)[number]) => number) => median(runs.map(pick));
  const baseline = med((r) => r.baseline);
  const ms = {
    baseline_select1_cold: baseline,
    baseline_instantiated_cold: med((r) => r.baseline_instantiated),
    baseline_select1_warm_floor: med((r) => r.floor.select1),
    baseline_instantiated_warm_floor: med((r) => r.floor.instantiated),
    first_chart_cold: med((r) => r.cold['chart-ready:map']),
    interactive_cold: med((r) => r.cold['first-live-result']),
    first_chart_warm: med((r) => r.warm['chart-ready:map']),
    interactive_warm: med((r) => r.warm['first-live-result']),
  };
  const span = (m: Marks, from: string, to: string) => m[to] - m[from];
  /** Where the time to interactive goes: DuckDB's wasm fetched and compiled, the database opened, the first result. */
  const steps = (visit: 'cold' | 'warm') => ({
    page_to_duckdb_start: med((r) => r[visit]['duckdb-start']),
    instantiate: med((r) => span(r[visit], 'duckdb-start', 'duckdb-instantiated')),
    open_database: med((r) => span(r[visit], 'duckdb-instantiated', 'duckdb-open')),
    workspace_to_first_result: med((r) => span(r[visit], 'workspace-open', 'first-live-result')),
  });
  const js = initialJs('dist').map((f) => sizes('dist', f));
  const sum = (k: 'raw' | 'gzip' | 'brotli') => js.reduce((a, s) => a + s[k], 0);
  const wasm = (name: string) =>
    sizes('dist', `assets/${readdirSync('dist/assets').find((f) => f.startsWith(name) && f.endsWith('.wasm'))}`);
  return {
    runs,
    median_ms: ms,
    ratio_to_baseline_cold: {
      baseline_select1_warm_floor: ratio(ms.baseline_select1_warm_floor, baseline),
      first_chart_cold: ratio(ms.first_chart_cold, baseline),
      interactive_cold: ratio(ms.interactive_cold, baseline),
      first_chart_warm: ratio(ms.first_chart_warm, baseline),
      interactive_warm: ratio(ms.interactive_warm, baseline),
    },
    goals_ratio: { interactive_cold: 1.3, interactive_warm: 0.5 },
    steps_ms: { cold: steps('cold'), warm: steps('warm') },
    floor_wasm_code_cache_bytes: med((r) => r.floor.code_cache_bytes),
    warm_visits_controlled_by_service_worker: runs.filter((r) => r.warm.controlled).length,
    warm_visits_with_workspace_restored: runs.filter((r) => r.warm.restored).length,
    goals_ms: { first_chart: 1500, interactive: 4000 },
    initial_app_js_bytes: { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') },
    initial_app_js_goal_brotli_bytes: 300 * 1024,
    wasm_eh_bytes: wasm('duckdb-eh'),
    wasm_mvp_bytes: wasm('duckdb-mvp'),
  };
}
