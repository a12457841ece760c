import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CATALOGUE } from '../../src/indicators/catalogue';
import { inBrowser } from '../helpers/browser';
import { useDist } from '../helpers/serve';

const url = useDist();

/** Open a view and wait until the page says it is complete: from then on, what it shows must be all of it. */
async function openComplete(page: Page, hash: string) {
  await page.goto(`${url()}#/${hash}`);
  await page.waitForSelector('[data-complete="true"]');
}

const sampled = new Set(CATALOGUE.filter((e) => e.smallBase.rule !== 'census').map((e) => e.id));

describe('pages say when they are complete, and what they show then is right', () => {
  it('profile, centres, base lines and the district map: complete means every result is in; exact figures never hatched; counts agree', async () => {
    await inBrowser(async ({ page, offHost, errors }) => {
      await openComplete(page, 'profile/KZ-71?lang=ru');
      const rows = page.locator('[data-testid="profile-table"] tbody tr');
      const count = await rows.count();
      expect(count).toBeGreaterThan(40);
      expect(await page.locator('main [aria-busy="true"]').count()).toBe(0);
      const hatched = await page
        .locator('[data-testid="profile-table"] tr:has(.swatch.hatch)')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-indicator')));
      expect(hatched.filter((id) => !sampled.has(id!))).toEqual([]);
      expect(await page.locator('tr[data-indicator="centres_count"] .hatch').count()).toBe(0);
      await page.waitForTimeout(1500);
      expect(await rows.count()).toBe(count);

      await openComplete(page, 'centres?lang=ru');
      expect(await page.locator('[data-chart="matrix"] tbody tr').count()).toBe(21);
      expect(await page.getByText('Показано центров: 169').count()).toBe(1);
      await openComplete(page, 'regions?indicator=centres_count&view=table&lang=ru');
      await expect.poll(() => page.getByTestId('base').textContent()).toContain('169 центров');
      await openComplete(page, 'regions?indicator=districts_with_centre_pct&view=table&lang=ru');
      await expect.poll(() => page.getByTestId('base').textContent()).toContain('133 района с центром');

      await openComplete(page, 'regions?indicator=sci&view=map&level=district&lang=ru');
      const map = page.locator('[data-chart][data-level="district"]');
      expect(await map.getAttribute('data-ready')).toBe('true');
      const shapes = await map
        .locator('[data-region]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-region')));
      expect(shapes.length).toBeGreaterThan(150);
      expect(shapes.every((code) => /^KZ\d{6,}$/.test(code!))).toBe(true);
      expect(offHost).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});
