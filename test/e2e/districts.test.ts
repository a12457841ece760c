import { describe, expect, it } from 'vitest';
import { inBrowser } from '../helpers/browser';
import { download, unzipTexts } from '../helpers/exports';
import { useDist } from '../helpers/serve';

const url = useDist();
const csvRows = (text: string) => text.trim().split('\r\n');

describe('a strategist maps a survey indicator by district', () => {
  it('sees the direct map mostly empty, switches to model-based estimates, reads the model and exports every district', async () => {
    await inBrowser(async ({ page, offHost, errors }) => {
      await page.goto(`${url()}#/districts?lang=en&indicator=aware_centre&wave=2025&estimate=direct`);
      const map = page.locator('[data-estimate-view] [data-chart="map"][data-level="district"][data-ready="true"]');
      await map.waitFor();
      expect(await map.locator('[data-region]').count()).toBe(224);
      const direct = await page.getByTestId('sae-note').textContent();
      const shown = Number(/show for (\d+) of 224/.exec(direct!)![1]);
      expect(shown).toBeLessThan(40);

      await page.click('[data-estimate="model"]');
      await expect.poll(() => page.url()).toContain('estimate=model');
      await page.locator('[data-estimate-view="model"] [data-chart="map"][data-ready="true"]').waitFor();
      const note = (await page.getByTestId('sae-note').textContent())!;
      const [, fitted, synthetic] = /fitted on (\d+) districts.*; (\d+) districts with none/.exec(note)!.map(Number);
      expect(fitted + synthetic).toBe(224);
      expect(fitted).toBeGreaterThan(shown);
      const panel = page.getByTestId('model-panel');
      await panel.waitFor();
      expect(await panel.locator('[data-testid="beta"] tbody tr').first().textContent()).toMatch(/^Intercept/);
      expect(Number(await panel.getByTestId('sigma2').textContent())).toBeGreaterThanOrEqual(0);
      expect(await panel.locator('[data-chart="scatter"][data-ready="true"]').count()).toBe(2);
      await page.locator('[data-region]').first().hover();
      await expect.poll(() => page.locator('[role="tooltip"]').count()).toBeGreaterThan(0);
      expect(await page.locator('[role="tooltip"]').first().textContent()).toMatch(/Model-based estimate: .*CV/s);

      await page.click('[data-covariate="region"]');
      await expect.poll(() => page.url()).toMatch(/covariates=[^&]*region/);
      await expect.poll(() => panel.locator('[data-testid="beta"] tbody tr').count()).toBe(1 + 3 + 19 + 1);
      expect(await panel.locator('[data-testid="beta"]').textContent()).toContain('Region: Almaty Region');

      const zip = await download(page, 'csv');
      expect(zip.name).toBe('districts-aware_centre-2025-model.zip');
      const files = unzipTexts(zip.bytes);
      const rows = csvRows(files['districts-aware_centre-2025-model.csv']);
      expect(rows).toHaveLength(225);
      expect(rows[0]).toMatch(
        /^District code,District,Region code,Region,n \(unweighted\),Direct estimate,.*Estimate,/,
      );
      expect(files['notes.txt'] ?? Object.values(files).join('\n')).toMatch(/Fay–Herriot|Model-based/);
      expect(offHost).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});

describe('a strategist asks where the next centre should open', () => {
  it('ranks districts without a centre by need with rank ranges, reweighs them and exports the list', async () => {
    await inBrowser(async ({ page, offHost, errors }) => {
      await page.goto(`${url()}#/plan?lang=en`);
      const map = page.locator('[data-chart="map"][data-level="district"][data-ready="true"]');
      await map.waitFor();
      expect(await map.locator('[data-region]').count()).toBe(224);
      expect(await page.getByTestId('plan-aid').textContent()).toMatch(/model-based aid, not a decision/);
      const table = page.getByTestId('plan-table');
      const first = () => table.locator('tbody tr').first().getAttribute('data-district');
      expect(await table.locator('tbody tr').first().locator('td').first().textContent()).toMatch(/^1 \(1–\d+\)$/);
      const order = () => table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.district).join());
      const before = await order();
      expect(await first()).toBeTruthy();
      await page.selectOption('[data-weight="distance"]', '3');
      await page.selectOption('[data-weight="population"]', '0');
      await expect.poll(() => page.url()).toContain('w_distance=3');
      await expect.poll(order).not.toBe(before);
      const zip = await download(page, 'csv');
      const files = unzipTexts(zip.bytes);
      const rows = csvRows(Object.entries(files).find(([k]) => k.endsWith('.csv'))![1]);
      expect(rows[0]).toMatch(/^Rank,"Rank, from","Rank, to",District code,District,Region,Need score/);
      expect(rows.length).toBeGreaterThan(41);
      expect(offHost).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});
