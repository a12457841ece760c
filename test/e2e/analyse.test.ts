import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inBrowser } from '../helpers/browser';
import { useDist } from '../helpers/serve';

const url = useDist();

describe('a researcher analyses a survey wave', () => {
  it('chooses two questions, gets a crosstab with CIs and a design-based test, exports it; then means by group, a multiple-response set and change across waves', async () => {
    await inBrowser(async ({ page, offHost, errors }) => {
      await page.goto(url() + '#/analyse?lang=en');
      const table = page.locator('table[data-chart="table"][data-crosstab]');
      await table.waitFor();
      expect(await page.locator('p[data-design-line="0"]').textContent()).toMatch(
        /^Design: strata “Stratum .*”, PSUs “Primary sampling unit \(settlement\)”, weights “Weight”; \d+ PSUs in \d+ strata, \d+ degrees of freedom\.$/,
      );
      await page.selectOption('select[name="wave"]', '2023');
      await page.selectOption('select[name="rows"]', 'settlement');
      await page.selectOption('select[name="cols"]', 'volunteered');
      await page.waitForSelector('table[data-crosstab="settlement×volunteered"]');
      expect(new URL(page.url()).hash).toContain('cols=volunteered');
      expect(await table.locator('tbody tr th').allTextContents()).toEqual(['Urban', 'Rural']);
      expect(await table.locator('thead th[data-col]').allTextContents()).toEqual(['No', 'Yes']);
      const rowPcts = await table.locator('tbody tr[data-row="1"] td[data-col] .pct').allTextContents();
      expect(rowPcts.map(Number).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
      expect(await table.locator('tbody tr[data-row="1"] td[data-col="1"] small').textContent()).toMatch(
        /^\d+\.\d–\d+\.\d$/,
      );
      expect(await page.locator('p.test').textContent()).toMatch(
        /association between “Settlement type” and “Volunteered in the last 12 months”.*p [=<] \d/,
      );
      await page.waitForSelector('[data-chart="bars"][data-ready="true"]');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export="csv"]')]);
      expect(download.suggestedFilename()).toBe('population-2023-crosstab-settlement-by-volunteered.csv');
      const csv = readFileSync((await download.path())!, 'utf8')
        .replace(/^\ufeff/, '')
        .trim()
        .split('\n');
      expect(csv[0]).toBe(
        'Settlement type,Volunteered in the last 12 months,n,base_n,percent,se,ci_low,ci_high,status,flags',
      );
      expect(csv).toHaveLength(5);
      const [svg] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export="svg"]')]);
      expect(readFileSync((await svg.path())!, 'utf8')).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      const [xlsx] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export="xlsx"]')]);
      const sheet = strFromU8(unzipSync(readFileSync((await xlsx.path())!))['xl/worksheets/sheet1.xml']);
      expect(sheet).toContain('<t xml:space="preserve">Settlement type</t>');
      expect(sheet).toMatch(/<c r="E2"><v>[\d.]+<\/v><\/c>/);
      // Means by group: a numeric answer by settlement type, with the Wald test in words.
      await page.selectOption('select[name="mode"]', 'means');
      await page.selectOption('select[name="y"]', 'trust_gen10');
      const means = page.locator('table[data-means]');
      await means.waitFor();
      expect(await means.locator('tbody th').allTextContents()).toEqual(['Urban', 'Rural']);
      expect(await page.locator('p.test').textContent()).toMatch(
        /means of “Trust in people, 0–10 scale” .*design-based Wald test/,
      );
      // A multiple-response set: % of respondents per option, the note that shares exceed 100%.
      await page.selectOption('select[name="mode"]', 'mr');
      const setTable = page.locator('table[data-set]');
      await setTable.waitFor();
      expect(await setTable.locator('tbody tr').count()).toBeGreaterThan(2);
      expect(await page.locator('[data-mode="mr"] .note').textContent()).toContain('do not sum to 100%');
      // Change across waves: the share per wave and the last change with its interval.
      await page.selectOption('select[name="mode"]', 'change');
      await page.selectOption('select[name="rows"]', 'volunteered');
      const change = page.locator('table[data-change]');
      await change.waitFor();
      expect(await change.locator('thead th[data-col]').allTextContents()).toEqual([
        '2021',
        '2023',
        '2025',
        'Change 2023→2025, p.p.',
      ]);
      await page.click('button[data-lang="ru"]');
      await page.selectOption('select[name="mode"]', 'crosstab');
      await page.selectOption('select[name="rows"]', 'settlement');
      await expect.poll(() => table.locator('tbody tr th').first().textContent()).toBe('Город');
      // Kazakh keeps the decimal comma even where the browser's own Kazakh number data is missing.
      await page.click('button[data-lang="kk"]');
      await expect.poll(() => table.locator('tbody tr th').first().textContent()).toBe('Қала');
      expect(await table.locator('tbody tr[data-row="1"] td[data-col="1"] .pct').textContent()).toMatch(/^\d+,\d$/);
      expect(offHost).toEqual([]);
      expect(errors).toEqual([]);
    });
  });

  it('starts from the first substantive question by sex (row %), never an id, weight or design column; means of the first numeric question', async () => {
    await inBrowser(async ({ page, offHost, errors }) => {
      await page.goto(url() + '#/analyse?lang=en');
      const table = page.locator('table[data-chart="table"][data-crosstab="sex×trust_gen"]');
      await table.waitFor();
      expect(await page.locator('select[name="rows"]').inputValue()).toBe('sex');
      expect(await page.locator('select[name="cols"]').inputValue()).toBe('trust_gen');
      const offered = await page
        .locator('select[name="rows"] option')
        .evaluateAll((os) => os.map((o) => o.getAttribute('value')));
      for (const x of ['id', 'weight', 'psu', 'stratum', 'fpc', 'wave']) expect(offered).not.toContain(x);
      // Percentages carry the region pages' interval family, named under the table.
      expect(await page.locator('p[data-ci-method="logit"]').textContent()).toMatch(
        /^Intervals of percentages: 95%, logit method/,
      );
      await page.selectOption('select[name="mode"]', 'means');
      await page.locator('table[data-means]').waitFor();
      expect(await page.locator('select[name="y"]').inputValue()).toBe('trust_gen10');
      expect(await page.locator('select[name="rows"]').inputValue()).toBe('sex');
      expect(await page.locator('p.test').textContent()).toMatch(/means of “Trust in people, 0–10 scale”/);
      expect(offHost).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});
