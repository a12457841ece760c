import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inBrowser } from '../helpers/browser';
import { useDist } from '../helpers/serve';

const url = useDist();
const CURRENT = '[data-deck] .slide[data-current]';

const current = async (page: Page) => Number(await page.getAttribute(CURRENT, 'data-slide'));
const slideParam = (page: Page) => new URL(page.url().replace('#/', '/')).searchParams.get('slide');

/** Wait for the current slide's charts, then read its smallest chart text and its title's size, in canvas px. */
async function drawnSlide(page: Page) {
  await page.waitForFunction(
    (sel) =>
      [...document.querySelectorAll(`${sel} [data-chart]`)].every((c) => c.getAttribute('data-ready') === 'true'),
    CURRENT,
  );
  return page.evaluate((sel) => {
    const slide = document.querySelector(sel)!;
    const px = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
    const text = [...slide.querySelectorAll('[data-chart] text, [data-chart] figure div, [data-chart] figure span')];
    const shown = text.filter((e) => (e.textContent ?? '').trim() !== '');
    const title = slide.querySelector('.slide-title :is(h2, h3, h4)');
    return { chartText: Math.min(...shown.map(px)), title: title ? px(title) : null };
  }, CURRENT);
}

/** The keys (region codes, row keys) of the shapes and rows the current slide lights. */
const litKeys = (page: Page) =>
  page.evaluate((sel) => {
    const lit = [...document.querySelectorAll(`${sel} [data-lit]`)];
    return [...new Set(lit.map((e) => e.getAttribute('data-region') ?? e.getAttribute('data-key')))].sort();
  }, CURRENT);

describe('a trainer presents findings on a projector', () => {
  it('presents a shipped notebook with the keyboard through every slide, a step reveal, overview, go to, the speaker view, then leaves; and presents the charts of the regions, needs, centres and NGO pages', async () => {
    await inBrowser(async ({ context, page, offHost, errors }) => {
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.goto(url() + '#/notebook/social-capital?lang=en');
      await page.waitForSelector('p[data-run][data-complete="true"]');
      await page.click('a[data-action="present"]');
      await page.waitForSelector(CURRENT);
      expect(page.url()).toContain('mode=present');
      const total = await page.locator('[data-deck] .slide').count();
      expect(total).toBe(10);

      // Every slide, forward with the keys clickers send; each reveal step lights what its step names.
      const keys = ['ArrowRight', 'Space', 'PageDown'];
      let revealed = 0;
      for (let i = 0; i < total; i++) {
        expect(await current(page)).toBe(i);
        const drawn = await drawnSlide(page);
        if (Number.isFinite(drawn.chartText)) expect(drawn.chartText).toBeGreaterThanOrEqual(18);
        if (drawn.title !== null) expect(drawn.title).toBeGreaterThanOrEqual(40);
        const steps = Number(await page.getAttribute(CURRENT, 'data-steps'));
        const reveals = await page.$$eval(`${CURRENT} [data-reveal]`, (els) =>
          els.flatMap((e) => JSON.parse(e.getAttribute('data-reveal')!) as { mode: string; keys: string[] }[]),
        );
        expect(reveals.length).toBe(steps);
        for (let k = 0; k < steps; k++) {
          await page.keyboard.press(keys[(i + k) % keys.length]);
          await page.waitForSelector(`${CURRENT} [data-step="${k + 1}"]`);
          if (reveals[k].mode === 'highlight') {
            expect(await litKeys(page)).toEqual([...reveals[k].keys].sort());
            expect(await page.locator(`${CURRENT} [data-dim]`).count()).toBeGreaterThan(0);
            revealed++;
          }
        }
        if (i < total - 1) {
          await page.keyboard.press(keys[i % keys.length]);
          await page.waitForFunction(([sel, n]) => document.querySelector(sel)?.getAttribute('data-slide') === n, [
            CURRENT,
            String(i + 1),
          ] as const);
          expect(slideParam(page)).toBe(String(i + 2));
        }
      }
      expect(revealed).toBeGreaterThanOrEqual(3);
      expect(await litKeys(page)).toEqual([]);

      // Back with ←: the slide before, all its steps shown.
      await page.keyboard.press('ArrowLeft');
      await page.waitForFunction(([sel, n]) => document.querySelector(sel)?.getAttribute('data-slide') === n, [
        CURRENT,
        String(total - 2),
      ] as const);
      expect(slideParam(page)).toBe(String(total - 1));

      // O: every slide at once; O again: back to the one.
      await page.keyboard.press('o');
      await page.waitForSelector('[data-deck][data-overview]');
      await page.keyboard.press('o');
      await page.waitForSelector('[data-deck]:not([data-overview])');

      // G, a number, Enter: that slide (the map).
      const goTo = async (n: number) => {
        await page.keyboard.press('g');
        for (const d of String(n)) await page.keyboard.press(d);
        await page.keyboard.press('Enter');
        await page.waitForFunction(([sel, k]) => document.querySelector(sel)?.getAttribute('data-slide') === k, [
          CURRENT,
          String(n - 1),
        ] as const);
        expect(slideParam(page)).toBe(String(n));
      };
      await goTo(7);
      for (let k = 1; k <= 3; k++) {
        await page.keyboard.press('ArrowRight');
        await page.waitForSelector(`${CURRENT} [data-step="${k}"]`);
      }
      // A workshop note pinned on the map during the session: on the slide at once, and kept with the notebook.
      const map = page.locator(`${CURRENT} figure[data-cell]:has([data-chart="map"])`);
      const mapCell = (await map.getAttribute('data-cell'))!;
      await map.locator('[data-action="pin"]').click();
      await map.locator('[data-pin-form] input').fill('Ask the Almaty group why');
      await map.locator('[data-pin-form] input').press('Enter');
      await map.locator('[data-pin]').waitFor();
      expect(await map.locator('[data-pin]').textContent()).toContain('Ask the Almaty group why');
      expect(await current(page)).toBe(6);

      // S: the speaker view in a second window, with this slide (the ranks), the next, the notes and the time.
      await goTo(6);
      // The ranks table whole on its slide: every region's row, nothing past the slide's edges.
      const ranks = await page.$eval(`${CURRENT} table.slide-table`, (table) => {
        const [t, s] = [table.getBoundingClientRect(), table.closest('.slide')!.getBoundingClientRect()];
        const inside = t.left >= s.left && t.right <= s.right + 1 && t.top >= s.top && t.bottom <= s.bottom + 1;
        return { rows: table.querySelectorAll('tbody tr').length, total: table.getAttribute('data-rows'), inside };
      });
      expect(ranks).toEqual({ rows: 20, total: '20', inside: true });
      const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
      await speaker.waitForSelector('.speaker-current .slide[data-slide="5"]', { state: 'attached' });
      await speaker.waitForSelector('.speaker-next .slide[data-slide="6"]', { state: 'attached' });
      expect(await speaker.textContent('.speaker-notes')).toContain(
        'most of the middle of\nthe table cannot be told apart',
      );
      expect(await speaker.textContent('.speaker-clock')).toMatch(/^\d\d:\d\d$/);
      expect(await speaker.textContent('.speaker-count')).toBe('6 / 10');
      // Keys pressed in the speaker window drive the slides.
      await speaker.keyboard.press('ArrowRight');
      await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-slide') === '6', CURRENT);
      expect(slideParam(page)).toBe('7');
      await speaker.close();

      // Esc: back to reading the notebook.
      await page.bringToFront();
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-deck]', { state: 'detached' });
      expect(page.url()).not.toContain('mode=present');
      await page.waitForSelector('article [data-chart="trend"][data-ready="true"]');
      expect(await page.textContent(`article [data-pins="${mapCell}"] [data-pin]`)).toContain(
        'Ask the Almaty group why',
      );

      // Present on the regions page: its chart alone on the canvas, at projector size; Esc leaves.
      await page.goto(url() + '#/regions?lang=en&view=ranking');
      await page.waitForSelector('p.status[data-complete="true"]');
      const indicator = (await page.textContent('main h1'))!.split(': ').pop()!.trim();
      await page.click('button[data-action="present"]');
      await page.waitForSelector('[data-deck] [data-show] [data-chart="ranking"][data-ready="true"]');
      const shown = await drawnSlide(page);
      expect(shown.chartText).toBeGreaterThanOrEqual(18);
      expect(await page.textContent('[data-show] h2')).toBe(`${indicator} — 2025`);
      expect(
        await page.$eval('[data-show] h2', (h) => parseFloat(getComputedStyle(h).fontSize)),
      ).toBeGreaterThanOrEqual(40);
      expect(await page.textContent('[data-show] > .synthetic')).toBe('Synthetic demo data');
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-deck]', { state: 'detached' });
      expect(await page.locator('main [data-chart="ranking"]').count()).toBe(1);

      // The same on the needs, centres and NGO pages: their first chart alone on the canvas, labelled synthetic.
      for (const [route, kind] of [
        ['needs', 'bars'],
        ['centres', 'map'],
        ['ngo', 'bars'],
      ]) {
        await page.goto(url() + `#/${route}?lang=en`);
        await page.waitForSelector(`main [data-chart="${kind}"][data-ready="true"]`);
        await page.locator('main button[data-action="present"]').first().click();
        await page.waitForSelector(`[data-deck] [data-show] [data-chart="${kind}"][data-ready="true"]`);
        expect((await drawnSlide(page)).chartText, route).toBeGreaterThanOrEqual(18);
        expect(await page.textContent('[data-show] > .synthetic')).toBe('Synthetic demo data');
        await page.keyboard.press('Escape');
        await page.waitForSelector('[data-deck]', { state: 'detached' });
      }

      expect(offHost).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});
