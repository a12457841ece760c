import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/indicators/catalogue';
import { inBrowser } from '../helpers/browser';
import { useDist } from '../helpers/serve';

const url = useDist();

describe('a strategist reads the strategy dashboard', () => {
  it('sees every indicator by task group, sets a target, and opens the social capital index with its sensitivity', async () => {
    await inBrowser(async ({ page, offHost, errors }) => {
      await page.goto(`${url()}#/dashboard?lang=en`);
      const tiles = page.locator('article[data-chart="scorecard"][data-indicator]');
      await expect.poll(() => tiles.count()).toBe(CATALOGUE.length);
      expect(await page.locator('h2').allTextContents()).toEqual([
        'Institutional',
        'Political',
        'Socio-economic',
        'Ideological',
      ]);
      expect(await page.getByTestId('dash-counts').textContent()).toMatch(
        new RegExp(`^\\d+ of ${CATALOGUE.length} indicators computed`),
      );
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('[data-testid="dash-counts"] button[data-export="csv"]'),
      ]);
      expect(download.suggestedFilename()).toBe('strategy-indicators.csv');
      const csv = readFileSync((await download.path())!, 'utf8')
        .replace(/^\ufeff/, '')
        .trim()
        .split('\n');
      expect(csv[0].trimEnd()).toBe(
        'Indicator code,Indicator,Task,Unit,Region,Wave / year,Estimate,Standard error,"95% CI, lower",' +
          '"95% CI, upper",n (unweighted),Effective n,Status,Flags,Dropped by',
      );
      expect(new Set(csv.slice(1).map((l) => l.split(',')[0]))).toEqual(new Set(CATALOGUE.map((e) => e.id)));
      const sci = page.locator('[data-indicator="sci"]');
      expect(await sci.getAttribute('data-status')).toBe('ok');
      expect(await sci.getByTestId('value').textContent()).toMatch(/^2025: \d+\.\d$/);
      await sci.locator('[data-chart="trend"][data-ready="true"]').waitFor();
      expect(await sci.locator('.spread').textContent()).toMatch(/20 of 20 with a value/);
      const loans = page.locator('[data-indicator="consumer_loans"]');
      expect(await loans.locator('.needs').textContent()).toMatch(/^No data source loaded\. Needs: National Bank/);
      // A target is kept in the workspace: it survives a reload.
      await sci.locator('[data-target="sci"]').fill('70');
      await sci.locator('[data-target="sci"]').dispatchEvent('change');
      await expect
        .poll(() => sci.locator('[data-progress="sci"]').textContent())
        .toMatch(/% of the way from 2021 to the target$/);
      await sci.locator('[data-saved="sci"]').waitFor();
      await page.reload();
      await expect.poll(() => page.locator('[data-target="sci"]').inputValue()).toBe('70');
      await page.locator('[data-indicator="sci"] header a').click();
      await expect.poll(() => page.url()).toContain('indicator=sci');
      await page.locator('[data-chart="map"][data-ready="true"] [data-region]').first().waitFor();
      expect(await page.locator('[data-chart="map"] [data-region]').count()).toBe(20);
      await page.locator('[data-table="components"][data-ready="true"]').waitFor();
      expect(await page.locator('[data-table="components"] tbody tr').count()).toBe(4);
      expect(await page.locator('[data-alpha="sci_trust"]').textContent()).toMatch(/^0\.\d\d \(14 items\)$/);
      expect(await page.locator('[data-table="sensitivity"] tbody tr').count()).toBe(6);
      expect(await page.getByTestId('sensitivity').getAttribute('data-holds')).toMatch(/^(true|false)$/);
      expect(await page.locator('[data-table="ranks"] tbody tr').count()).toBe(20);
      expect(offHost).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});

describe('a researcher builds an index of their own', () => {
  it('composes items, sees it on the map, saves it and finds it again after a reload', async () => {
    await inBrowser(async ({ page, offHost, errors }) => {
      await page.goto(`${url()}#/builder?lang=en`);
      await page.locator('[data-control="index-name"]').waitFor();
      await page.fill('[data-control="index-name"]', 'Trust in local institutions');
      await page.locator('[data-item="0"] [data-control="item-variable"]').selectOption('conf_akimat');
      await page.locator('[data-item="1"] [data-control="item-variable"]').selectOption('conf_police');
      await page.click('[data-action="add-item"]');
      await page.locator('[data-item="2"] [data-control="item-variable"]').selectOption('conf_courts');
      expect(await page.locator('[data-item="2"] [data-control="item-reverse"]').isChecked()).toBe(true);
      await page.click('[data-action="compute-index"]');
      const map = page.locator('[data-chart="map"][data-ready="true"]');
      await map.waitFor();
      expect(await map.locator('[data-region]').count()).toBe(20);
      expect(await page.getByTestId('index-national').textContent()).toMatch(
        /^Kazakhstan, 2025: \d+\.\d \(95% CI \d+\.\d–\d+\.\d, n = /,
      );
      await page.click('[data-action="save-index"]');
      await expect.poll(() => page.url()).toContain('index=custom_1');
      await page.reload();
      await page.locator('[data-saved-index="custom_1"]').waitFor();
      await page.locator('[data-chart="map"][data-ready="true"] [data-region]').first().waitFor();
      expect(await page.locator('[data-control="index-name"]').inputValue()).toBe('Trust in local institutions');
      expect(offHost).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});
