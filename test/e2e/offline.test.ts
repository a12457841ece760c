import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inBrowser } from '../helpers/browser';
import { serveDist } from '../helpers/serve';

const SW = readFileSync('dist/sw.js', 'utf8');
const VERSION = /const VERSION = '([^']+)'/.exec(SW)![1];

/** dist/ served by a server a test can stop (the network gone) or make announce a new version of sw.js. */
async function serveApp() {
  const state = { next: false, served: [] as string[] };
  const server = await serveDist('dist', 0, (req, res) => {
    state.served.push(req.url!);
    if (!state.next || !req.url!.startsWith('/sw.js')) return false;
    res.setHeader('content-type', 'text/javascript');
    res.end(SW.replace(`'${VERSION}'`, `'${VERSION}-next'`));
    return true;
  });
  return Object.assign(state, server);
}

const appReady = (page: Page) => page.waitForSelector('p.status[data-complete="true"]');
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

/** Open the app on About and wait until the service worker controls it with everything precached. */
async function install(page: Page, url: string) {
  await page.goto(url + '#/about?lang=en');
  await page.waitForSelector('p[data-offline="ready"]');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await appReady(page);
}

/** Responses the network gave after `from()` is true (none may come other than from the service worker). */
function direct(context: BrowserContext, from: () => boolean): string[] {
  const seen: string[] = [];
  context.on(
    'response',
    (r) => void (from() && /^https?:/.test(r.url()) && !r.fromServiceWorker() && seen.push(r.url())),
  );
  context.on('requestfailed', (r) => void (from() && seen.push(`failed: ${r.url()}`)));
  return seen;
}

describe('a trainer in a district with no internet', () => {
  it('loads the app once, then with the network and the server gone reloads it, opens the regions, strategy and notebooks pages and runs an Analyse crosstab', async () => {
    const server = await serveApp();
    await inBrowser(async ({ context, page, offHost, errors }) => {
      await install(page, server.url);
      expect(await page.textContent('p[data-offline]')).toContain('open without the internet');
      const cached = await page.evaluate(async (v) => {
        const keys = await (await caches.open(`civic-precache-${v}`)).keys();
        return keys.map((r) => new URL(r.url).pathname);
      }, VERSION);
      expect(cached).toContain('/index.html');
      expect(cached.filter((p) => /duckdb-(eh|browser-eh\.worker)-.*\.(wasm|js)$/.test(p))).toHaveLength(2);
      expect(cached.filter((p) => p.includes('mvp'))).toEqual([]);
      expect(cached).toEqual(expect.arrayContaining(['/manifest.webmanifest', '/icons/icon-512.png']));

      let offline = false;
      const network = direct(context, () => offline);
      await context.setOffline(true);
      await server.close();
      offline = true;
      await page.reload();
      await page.waitForSelector('p.status[data-db="ready"]');
      await page.waitForSelector('p.status[data-workspace="restored"]');

      await page.goto(server.url + '#/regions?lang=en');
      await page.waitForSelector('[data-chart="map"][data-ready="true"] [data-region]');
      await appReady(page);
      await page.goto(server.url + '#/dashboard?lang=en');
      const tiles = page.locator('article[data-chart="scorecard"][data-indicator]');
      await tiles.first().waitFor();
      expect(await tiles.count()).toBeGreaterThan(60);
      await page.goto(server.url + '#/notebooks?lang=en');
      await appReady(page);
      expect(await page.locator('[data-list="shipped"] li').count()).toBe(6);

      await page.goto(server.url + '#/analyse?lang=en');
      await page.selectOption('select[name="wave"]', '2023');
      await page.selectOption('select[name="rows"]', 'settlement');
      await page.selectOption('select[name="cols"]', 'volunteered');
      const table = page.locator('table[data-crosstab="settlement×volunteered"]');
      await table.waitFor();
      expect(await table.locator('tbody tr th').allTextContents()).toEqual(['Urban', 'Rural']);
      const pcts = await table.locator('tbody tr[data-row="1"] td[data-col] .pct').allTextContents();
      expect(pcts.map(Number).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
      expect(await page.locator('p.test').textContent()).toMatch(/p [=<] \d/);

      expect(network).toEqual([]);
      expect(offHost).toEqual([]);
      expect(errors).toEqual([]);
    }).finally(server.close);
  });
});

describe('a new version of the app', () => {
  it('is announced in a banner while the page keeps running, and starts only when the user clicks Update', async () => {
    const server = await serveApp();
    await inBrowser(async ({ page, offHost, errors }) => {
      await install(page, server.url);
      await page.evaluate(() => ((window as unknown as { before: boolean }).before = true));
      server.next = true;
      server.served.length = 0;
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
      const banner = page.getByTestId('update');
      await banner.waitFor();
      expect((await banner.textContent())!.trim()).toBe('A new version is available. Update');
      expect(await cacheNames(page)).toEqual(expect.arrayContaining([`civic-precache-${VERSION}`]));
      expect(await page.evaluate(() => (window as unknown as { before?: boolean }).before)).toBe(true);
      // The new version took the unchanged hashed files from the old cache: only sw.js and unhashed files came.
      expect(server.served.filter((u) => u.startsWith('/assets/'))).toEqual([]);

      await Promise.all([page.waitForEvent('framenavigated'), page.click('button[data-action="update"]')]);
      await page.waitForSelector('p[data-offline="ready"]');
      expect(await page.evaluate(() => (window as unknown as { before?: boolean }).before)).toBeUndefined();
      expect((await cacheNames(page)).filter((n) => n.startsWith('civic-precache-'))).toEqual([
        `civic-precache-${VERSION}-next`,
      ]);
      expect(await banner.count()).toBe(0);
      expect(offHost).toEqual([]);
      expect(errors).toEqual([]);
    }).finally(server.close);
  });
});
