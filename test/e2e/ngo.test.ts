import { describe, expect, it } from 'vitest';
import { inBrowser } from '../helpers/browser';
import { useDist } from '../helpers/serve';

const url = useDist();

describe('a strategist reads the NGO sector', () => {
  it('opens the NGO page, switches year and breakdown, and sees the source and definition', async () => {
    await inBrowser(async ({ page, offHost, errors }) => {
      await page.goto(`${url()}#/regions?lang=en`);
      await page.click('nav a[href^="#/ngo"]');
      const national = page.locator('[data-table="ngo"] [data-region-row="national"] [data-cell="total"]');
      await page.waitForSelector('[data-table="ngo"][data-year="2025"]');
      await page.selectOption('[data-control="year"]', '2023');
      await page.waitForSelector('[data-table="ngo"][data-year="2023"]');
      await expect.poll(() => national.textContent()).toBe('18,204');
      expect(page.url()).toContain('year=2023');
      expect(await page.locator('[data-region-row="KZ-11"] [data-cell="per10k"]').textContent()).toBe('no denominator');
      await page.selectOption('[data-control="measure"]', 'registered');
      await expect.poll(() => national.textContent()).toBe('23,335');
      await page.selectOption('[data-control="by"]', 'activity');
      await expect.poll(() => page.locator('[data-table="ngo"] thead th').count()).toBe(1 + 9 + 2);
      await page.selectOption('[data-control="year"]', '2021');
      await expect.poll(() => national.textContent()).not.toBe('23,335');
      await page.selectOption('[data-control="measure"]', 'wage_fund');
      await expect.poll(() => page.locator('[data-table="ngo"] thead th').count()).toBe(1 + 9 + 1);
      await page.waitForSelector('[data-chart="bars"][data-ready="true"]');
      expect(await page.locator('footer').textContent()).toContain('23,335 registered and 18,204 active');
      expect(offHost).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});
