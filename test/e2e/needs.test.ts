import { describe, expect, it } from 'vitest';
import { inBrowser } from '../helpers/browser';
import { useDist } from '../helpers/serve';

const url = useDist();

describe('a researcher reads the needs assessment', () => {
  it('opens the 2019 report from the menu and finds the published funding table beside 2024', async () => {
    await inBrowser(async ({ page, offHost, errors }) => {
      await page.goto(url());
      await page.click('nav a[href^="#/needs"]');
      expect(new URL(page.url()).hash).toMatch(/^#\/needs/);
      const table = page.locator('[data-chart="table"][data-table="funding_band"]');
      await table.waitFor();
      const n2019 = await table
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td[data-cell="n"]')[0].textContent));
      expect(n2019).toEqual(['1', '2', '3', '4', '4', '3', '0', '4', '1']);
      expect(await table.locator('tr[data-row="9"] th').textContent()).toBe('Нет финансирования');
      expect(await table.locator('tr[data-row="9"] td[data-cell="pct"]').first().textContent()).toBe('4,5');
      expect(await page.locator('[data-report-table="funding_band"] .note').textContent()).toContain('4,6%');
      expect(await page.locator('[data-report-table="funding_sources"] .note').textContent()).toContain(
        'не равна 100%',
      );
      await page.waitForSelector('[data-report-table="funding_band"] [data-chart="bars"][data-ready="true"]');
      expect(await page.locator('[data-chart="table"]').count()).toBe(7);
      await page.click('button[data-lang="en"]');
      await expect.poll(() => table.locator('tr[data-row="9"] th').textContent()).toBe('No funding');
      expect(offHost).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});
