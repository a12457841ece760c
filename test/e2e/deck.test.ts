import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inBrowser } from '../helpers/browser';
import { useDist } from '../helpers/serve';

const url = useDist();
const ranIn = (page: Page) => page.waitForSelector('p[data-run][data-complete="true"]');

/** Click an export button of the notebook page and keep the file it saves: its path on disk and its name. */
async function download(page: Page, button: string): Promise<{ path: string; name: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  const path = join(mkdtempSync(join(tmpdir(), 'cw-deck-e2e-')), d.suggestedFilename());
  await d.saveAs(path);
  return { path, name: d.suggestedFilename() };
}

const NOTE = 'Ask who <b>lives</b> in the lowest three';

/** Pin a workshop note under the notebook's map (as a trainer does during the session). */
async function pinOnMap(page: Page, note: string) {
  const map = page.locator('article section.cell:has([data-chart="map"])');
  await map.locator('[data-chart="map"][data-ready="true"]').waitFor();
  await map.locator('summary[data-action="pin-open"]').click();
  await map.locator('input[name="pin"]').fill(note);
  await map.locator('button[data-action="pin"]').click();
  await map.locator('[data-pins] li[data-pin]').waitFor();
}

/** Abort every request that is not for a local file, and record it. */
async function offline(context: BrowserContext): Promise<string[]> {
  const blocked: string[] = [];
  await context.route('**/*', (r) => {
    if (r.request().url().startsWith('file:')) return r.continue();
    blocked.push(r.request().url());
    return r.abort();
  });
  context.on('request', (r) => void (!r.url().startsWith('file:') && blocked.push(r.url())));
  return blocked;
}

/** The presenter's position as the deck root says it. */
const position = (page: Page) =>
  page.$eval('[data-deck]', (d) => [
    Number(d.getAttribute('data-current-slide')),
    Number(d.getAttribute('data-current-step')),
  ]);

describe('a trainer hands out a deck that opens from a USB stick', () => {
  it('pins a note, exports the deck in the app, opens the file with the network blocked, steps through every slide and reveal, prints one page per slide', async () => {
    await inBrowser(async ({ context, page, offHost, errors }) => {
      await page.goto(url() + '#/notebook/social-capital?lang=en');
      await ranIn(page);
      await pinOnMap(page, NOTE);
      const deck = await download(page, 'button[data-action="deck"]');
      expect(deck.name).toBe('social-capital.deck.html');
      await page.close();

      const blocked = await offline(context);
      const file = await context.newPage();
      const fileErrors: string[] = [];
      file.on('pageerror', (e) => void fileErrors.push(e.message));
      await file.setViewportSize({ width: 1366, height: 768 });
      await file.goto('file://' + deck.path);
      await file.waitForSelector('[data-deck][data-ready="true"]');
      const steps = await file.$$eval('.slide', (xs) => xs.map((x) => Number(x.getAttribute('data-steps'))));
      expect(steps.length).toBeGreaterThanOrEqual(5);
      expect(steps.filter((n) => n > 0).length).toBeGreaterThanOrEqual(1);
      expect(await position(file)).toEqual([0, 0]);

      // No slide's content runs past the canvas (an overfull one is shrunk to fit, and says by how much).
      const overflowing = await file.$$eval('.slide', (xs) =>
        xs
          .filter((slide) => {
            const box = slide.getBoundingClientRect();
            const body = slide.querySelector('.slide-body')!.getBoundingClientRect();
            const pad = parseFloat(getComputedStyle(slide).paddingBottom) * (box.height / 1080);
            return body.bottom > box.bottom - pad + 1;
          })
          .map((x) => x.getAttribute('data-slide')),
      );
      expect(overflowing).toEqual([]);
      expect(await file.locator('.slide[data-fit]').count()).toBeGreaterThanOrEqual(1);

      // Every slide and every step in order with the keys a clicker sends; a step of the map lights its regions.
      const seen: number[][] = [];
      let lit = 0;
      for (let slide = 0; slide < steps.length; slide++) {
        for (let step = slide === 0 ? 1 : 0; step <= steps[slide]; step++) {
          await file.keyboard.press(step % 2 ? 'ArrowRight' : 'PageDown');
          await file.waitForSelector(`[data-deck][data-current-slide="${slide}"][data-current-step="${step}"]`);
          seen.push(await position(file));
          const current = file.locator('.slide[data-current] [data-lit]');
          if (step > 0) lit = Math.max(lit, await current.count());
        }
      }
      expect(seen.at(-1)).toEqual([steps.length - 1, steps.at(-1)]);
      expect(seen).toHaveLength(steps.length - 1 + steps.reduce((a, b) => a + b, 0));
      expect(lit).toBeGreaterThanOrEqual(1);
      await file.keyboard.press('Home');
      await file.waitForSelector('[data-deck][data-current-slide="0"][data-current-step="0"]');
      await file.keyboard.press('ArrowRight');
      await file.waitForSelector('[data-deck][data-current-slide="1"]');

      // The map's first step lights the three lowest regions and dims the rest.
      const mapSlide = await file.$eval('figure[data-chart="map"][data-reveal]', (f) =>
        Number(f.closest('.slide')!.getAttribute('data-slide')),
      );
      await file.keyboard.press('g');
      for (const d of String(mapSlide + 1)) await file.keyboard.press(d);
      await file.keyboard.press('Enter');
      await file.waitForSelector(`[data-deck][data-current-slide="${mapSlide}"][data-current-step="0"]`);
      await file.keyboard.press('Space');
      await file.waitForSelector('.slide[data-current] figure[data-chart="map"] path[data-region][data-lit]');
      const map = file.locator('.slide[data-current] figure[data-chart="map"]');
      expect(await map.locator('.pins li').textContent()).toBe(NOTE);
      expect(await map.locator('.pins b').count()).toBe(0);
      expect(await map.locator('path[data-region][data-lit]').count()).toBe(3);
      expect(await map.locator('path[data-region][data-dim]').count()).toBe(17);

      const pdf = await file.pdf({ preferCSSPageSize: true, printBackground: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? [];
      expect(pages).toHaveLength(steps.length);

      expect(blocked).toEqual([]);
      expect(offHost).toEqual([]);
      expect(fileErrors).toEqual([]);
      expect(errors).toEqual([]);
    });
  });

  it('opens the HTML report (the notebook as a document) from disk with no request, a pinned note under its map', async () => {
    await inBrowser(async ({ context, page, offHost, errors }) => {
      await page.goto(url() + '#/notebook/social-capital?lang=en');
      await ranIn(page);
      await pinOnMap(page, NOTE);
      const report = await download(page, 'button[data-action="report-html"]');
      await page.close();
      const blocked = await offline(context);
      const file = await context.newPage();
      await file.goto('file://' + report.path);
      await file.waitForSelector('main h1');
      expect(await file.textContent('main h1')).toBe('Social capital by region, 2021–2025');
      expect(await file.locator('figure svg').count()).toBeGreaterThanOrEqual(5);
      expect(await file.locator('script').count()).toBe(0);
      expect(await file.locator('figure:has(path[data-region]) + .pins li').textContent()).toBe(NOTE);
      expect(readFileSync(report.path, 'utf8')).toContain("default-src 'none'");
      expect(blocked).toEqual([]);
      expect(offHost).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});
