import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inBrowser } from '../helpers/browser';
import { useDist } from '../helpers/serve';
import study from '../../data/demo/study.json';

const url = useDist();

const mapReady = '[data-chart="map"][data-ready="true"]';
const rankingReady = '[data-chart="ranking"][data-ready="true"]';
const param = (page: Page, name: string) => new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get(name);

async function chartsReady(page: Page) {
  await page.waitForSelector(mapReady);
}

describe('a strategist compares the 20 regions', () => {
  it('opens on the demo in Russian, switches indicator, wave and language, reloads into the same view, all offline', async () => {
    await inBrowser(async ({ context, page, offHost, errors }) => {
      await page.goto(url());
      await page.waitForSelector(mapReady);
      expect(await page.locator(`${mapReady} [data-region]`).count()).toBe(20);
      expect(await page.getAttribute('html', 'lang')).toBe('ru');
      await expect.poll(() => page.locator('h1').textContent()).toBe('Сравнение регионов: Индекс социального капитала');
      expect(await page.getByTestId('synthetic').textContent()).toContain('Синтетические демо-данные');
      expect(await page.getByTestId('reading').textContent()).toMatch(
        /^Выше всего — .+, ниже всего — .+; по стране \d+,\d \(95% ДИ/,
      );
      expect(param(page, 'indicator')).toBe('sci');
      expect(param(page, 'wave')).toBe('2025');

      await page.hover(`${mapReady} [data-region="KZ-75"]`);
      const tip = page.getByRole('tooltip');
      await expect.poll(() => tip.textContent()).toMatch(/^Алматы.*Значение: \d+,\d.*95% ДИ: .*n = \d+/);

      await page.waitForSelector('[data-db="ready"]');
      await page.selectOption('[data-control="indicator"]', 'trust_ngo');
      await chartsReady(page);
      expect(param(page, 'indicator')).toBe('trust_ngo');
      expect(await page.locator('h1').textContent()).toBe('Сравнение регионов: Доверие к НПО');

      await page.selectOption('[data-control="wave"]', '2023');
      await chartsReady(page);
      expect(param(page, 'wave')).toBe('2023');
      expect(await page.getByTestId('base').textContent()).toContain('в волне 2023');

      await page.selectOption('[data-control="indicator"]', 'aware_centre');
      await page.selectOption('[data-control="wave"]', '2021');
      await chartsReady(page);
      expect(await page.getByTestId('reading').textContent()).toContain('Не измерялось в 2021');
      await page.click('button[data-view="ranking"]');
      await page.waitForSelector(rankingReady);
      expect(await page.locator(`${rankingReady} [data-key]`).count()).toBe(0);
      await page.click('button[data-view="map"]');

      await page.selectOption('[data-control="wave"]', '2025');
      await page.click('button[data-lang="en"]');
      await chartsReady(page);
      expect(await page.locator('h1').textContent()).toBe('Compare regions: Awareness of a resource centre');
      expect(param(page, 'lang')).toBe('en');

      await page.reload();
      await chartsReady(page);
      expect(await page.locator('h1').textContent()).toBe('Compare regions: Awareness of a resource centre');
      await page.waitForSelector('[data-db="ready"]');
      expect(await page.getAttribute('[data-db]', 'data-workspace')).toBe('restored');
      expect(await page.locator('[data-control="wave"]').inputValue()).toBe('2025');
      expect(await page.locator(`${mapReady} [data-region]`).count()).toBe(20);

      const fresh = await context.newPage();
      await fresh.goto(url());
      await fresh.waitForSelector(mapReady);
      expect(await fresh.getAttribute('html', 'lang')).toBe('en');
      await fresh.close();

      await page.click('a[href^="#/about"]');
      expect(await page.getByTestId('attribution').textContent()).toContain('geokz © Alexander Rodionov (CC BY 4.0)');
      await page.waitForSelector('[data-db="ready"]');
      expect(await page.getByTestId('storage').textContent()).toContain('OPFS');
      expect(offHost).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});

describe('charts read right on a laptop screen', () => {
  /** Every chart text's size on screen in px: its font size times the scale its SVG is drawn at. */
  const textSizes = (page: Page) =>
    page.$$eval('[data-chart] svg text', (texts) =>
      texts.map((t) => {
        const svg = t.closest('svg')!;
        const scale = svg.getBoundingClientRect().width / svg.width.baseVal.value;
        return { text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale };
      }),
    );
  const small = (sizes: { text: string | null; px: number }[]) => sizes.filter((s) => s.px < 12);

  it('at 1366×800 in Russian: text of 12 px or more, ticks in Russian number format, whole tile names, whole intervals', async () => {
    await inBrowser(async ({ page, errors }) => {
      await page.setViewportSize({ width: 1366, height: 800 });
      await page.goto(`${url()}#/regions?lang=ru&view=ranking`);
      await page.waitForSelector(rankingReady);
      const ranking = await page.$eval('[data-chart="ranking"] svg', (svg) => svg.getBoundingClientRect().width);
      expect(ranking).toBeGreaterThan(1200);
      const ticks = await page.$$eval('[data-chart="ranking"] [data-ticks="x"] text', (ts) =>
        ts.map((t) => t.textContent!),
      );
      expect(ticks.length).toBeGreaterThan(3);
      for (const tick of ticks) expect(tick).toMatch(/^-?\d{1,3}(\s\d{3})*(,\d+)?$/);
      expect(small(await textSizes(page))).toEqual([]);

      await page.click('button[data-view="tilegrid"]');
      await page.waitForSelector('[data-chart="tilegrid"][data-ready="true"]');
      const tiles = await page.$$eval('[data-chart="tilegrid"] svg', ([svg]) => {
        const cells = [...svg.querySelectorAll('rect[data-region]')].map((r) => r.getBoundingClientRect());
        return [...svg.querySelectorAll('text')].map((t) => {
          const box = t.getBoundingClientRect();
          const cx = box.x + box.width / 2;
          const cell = cells.find((c) => c.x <= cx && cx <= c.x + c.width)!;
          return { name: t.textContent!, width: box.width, room: cell.width };
        });
      });
      expect(tiles.map((x) => x.name)).toContain('СКО');
      expect(tiles).toHaveLength(20);
      for (const tile of tiles) {
        expect(tile.name).not.toMatch(/[….]$/);
        expect(tile.width, tile.name).toBeLessThanOrEqual(tile.room);
      }
      expect(small(await textSizes(page))).toEqual([]);

      await page.goto(`${url()}#/waves?lang=ru&indicator=sci`);
      await page.waitForSelector('[data-chart="trend"][data-ready="true"]');
      await page.waitForSelector('[data-complete="true"]');
      const trend = await page.$eval('[data-chart="trend"] svg', (svg) => {
        const ticks = [...svg.querySelectorAll('[data-ticks="y"] text')].map((t) => t.getBoundingClientRect());
        const rules = [...svg.querySelectorAll('g[stroke="#9ab"] line')].map((l) => l.getBoundingClientRect());
        return {
          ticks: [...svg.querySelectorAll('[data-ticks="y"] text')].map((t) => t.textContent!),
          top: Math.min(...ticks.map((b) => b.y + b.height / 2)),
          bottom: Math.max(...ticks.map((b) => b.y + b.height / 2)),
          rules: rules.map((b) => [b.top, b.bottom]),
        };
      });
      for (const tick of trend.ticks) expect(tick).toMatch(/^\d{1,3}(,\d+)?$/);
      expect(trend.rules.length).toBe(3);
      // Each interval lies between the highest and the lowest tick of the value axis.
      for (const [top, bottom] of trend.rules) {
        expect(top).toBeGreaterThanOrEqual(trend.top);
        expect(bottom).toBeLessThanOrEqual(trend.bottom);
      }
      expect(small(await textSizes(page))).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});

describe('a second tab on the same workspace', () => {
  it('says the workspace is open elsewhere and works in memory, leaving the first tab’s workspace alone', async () => {
    await inBrowser(async ({ context, page: first }) => {
      await first.goto(`${url()}#/about?lang=en`);
      await first.waitForSelector('[data-complete="true"]');
      const second = await context.newPage();
      await second.goto(`${url()}#/about?lang=en`);
      await second.waitForSelector('[data-db="ready"]');
      expect(await second.locator('[data-db]').textContent()).toContain('open in another tab');
      expect(await second.getByTestId('storage').textContent()).toContain('memory only');
      expect(await first.getByTestId('storage').textContent()).toContain('OPFS');
      await second.click('nav a[href^="#/regions"]');
      await second.waitForSelector('[data-chart="map"][data-ready="true"]');
    });
  });
});

describe('a trainer on a plain-http laptop keeps the workspace', () => {
  it('falls back to IndexedDB, restores the workspace after a reload, and resets the demo', async () => {
    await inBrowser(async ({ page }) => {
      await page.goto(`${url()}?storage=indexeddb#/about`);
      await page.waitForSelector('[data-complete="true"]');
      expect(await page.getByTestId('storage').textContent()).toContain('IndexedDB');
      const saved = () =>
        page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const req = indexedDB.open('civic-workbench');
              req.onsuccess = () => {
                const get = req.result.transaction('tables').objectStore('tables').count();
                get.onsuccess = () => resolve(get.result);
              };
            }),
        );
      // workspace_meta, the (empty) registries of imported datasets, notebooks and pinned notes, the settings, the
      // strategy measures' facts, the demo's tables.
      await expect.poll(saved).toBe(6 + study.datasets.length);
      expect(await page.getAttribute('[data-db]', 'data-workspace')).toBe('installed');
      await page.reload();
      await page.waitForSelector('[data-complete="true"]');
      expect(await page.getAttribute('[data-db]', 'data-workspace')).toBe('restored');
      await page.click('[data-action="reset-demo"]');
      await expect.poll(() => page.getByRole('status').textContent()).toBe('Демо-исследование восстановлено.');
    });
  });
});
