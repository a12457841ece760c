import type { Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { serveBoth } from './startup';

const ROUNDS = Number(process.env.BENCH_RUNS ?? 5);
const INDICATORS = [
  'sci',
  'trust_ngo',
  'aware_centre',
  'sci_trust',
  'trust_civil_society',
  'centres_per_100k',
  'kpi_staff_capacity',
  'sq_services',
];
const WAVES = ['2021', '2023', '2025'];
const VIEWS = ['map', 'tilegrid', 'ranking', 'table'];
const BY = ['settlement', 'sex', 'age_group', 'language', ''];

// In-page code as text: tsx would wrap named inner functions in a helper the page does not have.
const TIME_CHANGE =
  `async (p) => {
  const panel = () => document.getElementById('compare-panel');
  const before = panel()?.dataset.state;
  const query = new URLSearchParams(location.hash.split('?')[1]);
  for (const [k, v] of Object.entries(p)) query.set(k, v);
  const t0 = performance.now();
  location.hash = '#/regions?' + query;
  await new Promise((resolve) => {
    const check = () => {
      const el = panel();
      const charts = el ? [...el.querySelectorAll('[data-chart]')] : [];
      const done = el && el.dataset.state !== before && charts.length && ` +
  `charts.every((c) => c.dataset.ready === 'true');
      if (done) resolve(); else requestAnimationFrame(check);
    };
    check();
  });
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - t0;
}`;

/** Change the URL and time until the comparison panel shows the new state with every chart drawn, plus one frame. */
function timeChange(page: Page, params: Record<string, string>): Promise<number> {
  return page.evaluate(`(${TIME_CHANGE})(${JSON.stringify(params)})`) as Promise<number>;
}

const pct = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))]);
};

async function appRedraws(url: string) {
  const { context, close } = await launchBrowser();
  try {
    const page = await context.newPage();
    await page.goto(`${url}#/regions?indicator=sci&view=map`);
    await page.waitForSelector('[data-complete="true"]', { timeout: 120_000 });
    await page.waitForSelector('#compare-panel [data-chart="map"][data-ready="true"]');
    const firstBy: number[] = [];
    for (const by of BY.slice(0, -1))
      firstBy.push(await timeChange(page, { indicator: 'trust_ngo', by, view: 'ranking' }));
    await timeChange(page, { by: '', view: 'map' });
    // warm-up: the catalogue is computed once
    for (const indicator of INDICATORS) await timeChange(page, { indicator });
    const kinds: Record<string, number[]> = { indicator: [], wave: [], breakdown: [], view: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const indicator of INDICATORS)
        kinds.indicator.push(await timeChange(page, { indicator, view: 'map', by: '' }));
      await timeChange(page, { indicator: 'trust_ngo' });
      for (const wave of [...WAVES, ...WAVES]) kinds.wave.push(await timeChange(page, { wave }));
      for (const by of BY) kinds.breakdown.push(await timeChange(page, { by, view: 'ranking' }));
      for (const view of VIEWS) kinds.view.push(await timeChange(page, { view, by: '' }));
    }
    return { kinds, firstBy };
  } finally {
    await close();
  }
}

async function baselineDraws(url: string): Promise<number[]> {
  const { context, close } = await launchBrowser();
  try {
    const page = await context.newPage();
    await page.goto(`${url}baseline/redraw.html`);
    await page.waitForFunction('"result" in window', undefined, { timeout: 120_000 });
    return (await page.evaluate('window.result')) as number[];
  } finally {
    await close();
  }
}

/**
 * Redraw times of the region comparison (indicator, wave, breakdown, view changes) against a bare Plot map drawn in the
 * same run.
 */
export async function benchRedraw() {
  const server = await serveBoth();
  try {
    const baseline = await baselineDraws(server.url);
    const { kinds, firstBy } = await appRedraws(server.url);
    const all = Object.values(kinds).flat();
    const base50 = pct(baseline, 0.5);
    return {
      runs: { kinds, baseline },
      redraws: all.length,
      p50_ms: pct(all, 0.5),
      p95_ms: pct(all, 0.95),
      by_kind_p50_p95_ms: Object.fromEntries(
        Object.entries(kinds).map(([k, xs]) => [k, [pct(xs, 0.5), pct(xs, 0.95)]]),
      ),
      first_breakdown_with_query_p50_ms: pct(firstBy, 0.5),
      baseline_bare_plot_map_p50_ms: base50,
      ratio_to_baseline: { p50: pct(all, 0.5) / base50, p95: pct(all, 0.95) / base50 },
      goal_ms: 1000,
    };
  } finally {
    await server.close();
  }
}
