import { describe, expect, it } from 'vitest';
import { inBrowser } from '../helpers/browser';
import { useDist } from '../helpers/serve';

const url = useDist();

describe('a strategist explores the network of centres', () => {
  it('opens Centres, clicks a district on the map, and opens a centre card', async () => {
    await inBrowser(async ({ page, offHost, errors }) => {
      await page.goto(`${url()}#/centres?lang=en`);
      const map = page.locator('[data-chart="map"][data-level="district"][data-ready="true"]');
      await map.waitFor();
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
      await card.waitFor();
      expect(new URL(page.url()).hash).toMatch(/^#\/centre\/C-\d{3}/);
      expect(await card.locator('h1').textContent()).toMatch(/\(Семей\)$/);
      expect(await card.locator('[data-field="region"]').textContent()).toBe('Abai Region');
      expect(await card.locator('[data-field="level"]').textContent()).toMatch(/Regional|District\/city|Rural/);
      expect(await card.locator('[data-kpi]').count()).toBe(12);
      expect(await card.locator('[data-kpi="overall"] [data-level]').textContent()).toMatch(/^(High|Medium|Low)$/);
      expect(await card.locator('[data-kpi="funding_diversification"] .evidence').textContent()).toMatch(
        /^Funding sources \(count\): [1-4]$/,
      );
      await page.reload();
      await card.waitFor();
      expect(offHost).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});

describe('a strategist adjusts the KPI rubric', () => {
  it('lowers a threshold, saves it, and the centre card and the strategy indicator follow', async () => {
    await inBrowser(async ({ page, offHost, errors }) => {
      await page.goto(`${url()}#/centres?lang=en&rubric=open`);
      const editor = page.getByTestId('rubric');
      await editor.waitFor();
      const matrix = page.locator('[data-chart="matrix"][data-ready="true"]');
      await matrix.waitFor();
      expect(await matrix.locator('tbody tr').count()).toBe(21);
      const fundingCell = () =>
        page.locator('[data-chart="matrix"][data-ready="true"] [data-line="national"] td').nth(3).textContent();
      expect(await fundingCell()).not.toBe('3.00');
      // Funding diversification: High from one source instead of three.
      const input = editor.locator('[data-threshold="kpis.3.high.0"]');
      expect(await input.inputValue()).toBe('3');
      await input.fill('1');
      await input.dispatchEvent('change');
      await editor.locator('[data-action="save-rubric"]').click();
      await expect.poll(() => editor.getByRole('status').textContent()).toBe('Rubric saved.');
      await expect.poll(fundingCell).toBe('3.00');
      await page.selectOption('[data-control="matrix"]', 'level');
      await expect
        .poll(() => page.locator('[data-chart="matrix"][data-matrix="level"][data-ready="true"] tbody tr').count())
        .toBe(4);
      // C-012 has a single source of funding: Low by the strategy's rubric, High by the edited one.
      await page.goto(`${url()}#/centre/C-012?lang=en`);
      const card = page.locator('[data-chart="scorecard"][data-ready="true"]');
      await card.waitFor();
      expect(await card.locator('[data-kpi="funding_diversification"] .evidence').textContent()).toBe(
        'Funding sources (count): 1',
      );
      expect(await card.locator('[data-kpi="funding_diversification"] [data-level]').textContent()).toBe('High');
      await page.goto(`${url()}#/dashboard?indicator=kpi_funding_diversification&lang=en`);
      await page.locator('[data-chart="trend"], [data-chart="map"][data-ready="true"]').first().waitFor();
      await page.goto(`${url()}#/dashboard?lang=en`);
      const tile = page.locator('[data-indicator="kpi_funding_diversification"] [data-testid="value"]');
      await expect.poll(() => tile.textContent()).toBe('2025: 3.00');
      expect(offHost).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});
