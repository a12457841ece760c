import { describe, expect, it } from 'vitest';
import { inBrowser } from '../helpers/browser';
import { useDist } from '../helpers/serve';

const url = useDist();

describe('a strategist explores the network of centres', () => {
  it('opens Centres, clicks a district on the map, and opens a centre card', async () => {
    await inBrowser(async ({ page, offHost, errors }) => {
      await page.goto(`${url()}#/centres?lang=en`);
      const map = page.locator('[data-chart="map"][data-level="district"][data-ready="true"]');
      await map.waitFor({ timeout: 60_000 });
      expect(await map.locator('[data-region]').count()).toBe(224);
      await page.selectOption('[data-control="region"]', 'KZ-10');
      await expect.poll(() => map.locator('[data-region]').count()).toBe(12);
      await map.locator('[data-region="KZ101000"]').click();
      await expect.poll(() => page.url()).toContain('district=KZ101000');
      const rows = page.locator('[data-table="centres"] tbody tr');
      await expect.poll(() => rows.count()).toBeGreaterThan(0);
      for (const text of await rows.locator('td:nth-child(4)').allTextContents()) expect(text).toBe('Semey');
      await rows.first().locator('a').click();
      const card = page.locator('[data-chart="scorecard"][data-ready="true"]');
      await card.waitFor({ timeout: 30_000 });
      expect(new URL(page.url()).hash).toMatch(/^#\/centre\/C-\d{3}/);
      expect(await card.locator('h1').textContent()).toMatch(/\(Семей\)$/);
      expect(await card.locator('[data-field="region"]').textContent()).toBe('Abai Region');
      expect(await card.locator('[data-field="level"]').textContent()).toMatch(/Regional|District\/city|Rural/);
      expect(await card.locator('[data-kpi]').count()).toBe(12);
      expect(await card.locator('[data-kpi="overall"] [data-level]').textContent()).toMatch(/^(High|Medium|Low)$/);
      expect(await card.locator('[data-kpi="funding_diversification"] .evidence').textContent()).toMatch(/^Funding sources \(count\): [1-4]$/);
      await page.reload();
      await card.waitFor({ timeout: 60_000 });
      expect(offHost).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});
