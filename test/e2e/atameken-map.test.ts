import { describe, expect, it } from 'vitest';
import { inBrowser } from '../helpers/browser';
import { download, unzipTexts } from '../helpers/exports';
import { useDist } from '../helpers/serve';

const url = useDist();
const ready = (kind: string) => `[data-chart="${kind}"][data-ready="true"]`;

describe('a trainer shows the map of civic initiatives', () => {
  it('sees the initiatives as points, then hexagons, steps back through the months and opens a district’s card', async () => {
    await inBrowser(async ({ page, offHost, errors }) => {
      await page.goto(`${url()}#/atameken?lang=en`);
      await page.locator(ready('points')).waitFor();
      const note = page.getByTestId('atk-note');
      const [, drawn, total] = /(\d[\d,]*) of (\d[\d,]*) points drawn/.exec((await note.textContent())!)!;
      expect(drawn).toBe(total);
      expect(await page.locator(`${ready('points')} [data-key^="pt:"]`).count()).toBe(Number(drawn.replace(',', '')));
      expect(await page.locator(`${ready('points')} [data-region]`).count()).toBe(224);

      const dynamics = page.locator('[data-chart="trend"][data-ready="true"]');
      await dynamics.waitFor();
      expect(await dynamics.locator('[data-key^="m:"]').count()).toBeGreaterThan(60);
      await page.click('[data-dynamics="seasonal"]');
      await expect.poll(() => page.url()).toContain('dynamics=seasonal');

      await page.selectOption('[data-control="view"]', 'hex');
      await page.locator(ready('hexbin')).waitFor();
      expect(await page.locator(`${ready('hexbin')} [data-key^="hex:"]`).count()).toBeGreaterThan(20);
      const before = await note.textContent();
      expect(before).toMatch(/^Shown: January 2025 to December 2025\./);
      await page.focus('[data-control="month"]');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => page.url()).toContain('month=2025-10');
      await expect.poll(() => note.textContent()).toMatch(/^Shown: November 2024 to October 2025\./);
      await page.selectOption('[data-control="span"]', '1');
      await expect
        .poll(() => note.textContent())
        .toMatch(/^Shown: October 2025 to October 2025\. In the period: \d+ initiatives/);

      await page.selectOption('[data-control="view"]', 'districts');
      const map = page.locator(`${ready('map')}[data-level="district"]`);
      await map.waitFor();
      await map.locator('[data-region="KZ751510"]').first().dispatchEvent('click');
      await expect.poll(() => page.url()).toContain('district=KZ751510');
      const card = page.getByTestId('district-card');
      await card.waitFor();
      expect(await card.getAttribute('data-district')).toBe('KZ751510');
      expect(await card.locator('h2').textContent()).toBe('Zhetysu');
      await page.selectOption('[data-control="span"]', 'all');
      await expect.poll(() => card.getByTestId('card-initiatives').textContent()).toMatch(/^\d+ initiatives$/);
      await expect
        .poll(() => card.getByTestId('card-resolution').textContent())
        .toMatch(/^Median time to resolution: \d+ days \(95% CI \d+–\d+\); .* counted as censored \(Kaplan–Meier\)/);
      expect(offHost).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});

describe('an analyst checks that citizens’ reports cannot point to people', () => {
  it('withholds districts below the minimum on the map, in the table and the export, and follows an edited minimum', async () => {
    await inBrowser(async ({ page, offHost, errors }) => {
      await page.goto(`${url()}#/atameken?lang=en&layer=reports&view=districts&span=1`);
      await page.locator(ready('map')).waitFor();
      const withheld = () => page.locator('[data-testid="atk-table"] tr[data-withheld="true"]').count();
      const hatched = () => page.locator(`${ready('map')} [fill="url(#cw-hatch-grey)"] path`).count();
      const atFive = await withheld();
      expect(atFive).toBeGreaterThan(0);
      expect(await hatched()).toBe(atFive);
      expect(await page.getByTestId('privacy-note').textContent()).toContain('with 1 to 4 reports');

      await page.fill('[data-control="min-count"]', '10');
      await page.press('[data-control="min-count"]', 'Enter');
      await expect.poll(() => page.getByTestId('privacy-note').textContent()).toContain('with 1 to 9 reports');
      await expect.poll(withheld).toBeGreaterThan(atFive);
      await page.locator(ready('map')).waitFor();
      expect(await hatched()).toBe(await withheld());

      const zip = await download(page, 'csv');
      const files = unzipTexts(zip.bytes);
      const rows = Object.entries(files)
        .find(([k]) => k.endsWith('.csv'))![1]
        .trim()
        .split('\r\n');
      const header = rows[0].split(',');
      const [count, hidden] = [header.indexOf('Count'), header.indexOf('Withheld (below the minimum)')];
      expect(count).toBeGreaterThan(-1);
      const cells = rows.slice(1).map((r) => r.split(','));
      const small = cells.filter((c) => c[count] !== '' && Number(c[count]) < 10);
      expect(small).toEqual([]);
      expect(cells.filter((c) => c[hidden] === 'yes')).toHaveLength(await withheld());

      await page.selectOption('[data-control="view"]', 'points');
      await page.locator(ready('points')).waitFor();
      await expect
        .poll(() => page.getByTestId('atk-note').textContent())
        .toMatch(/more lie in districts with fewer than 10 reports: not drawn/);
      expect(offHost).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});
