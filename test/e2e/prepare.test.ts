import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inBrowser } from '../helpers/browser';
import { dropFiles, rolesProfiled } from '../helpers/drop';
import { useDist } from '../helpers/serve';

const url = useDist();

const drop = (page: Page, files: { name: string; text?: string; path?: string }[]) =>
  dropFiles(
    page,
    files.map((f) => ({
      name: f.name,
      bytes: new Uint8Array(f.path ? readFileSync(f.path) : Buffer.from(f.text!, 'utf8')),
    })),
  );

async function importPreview(page: Page, file: string, form?: string) {
  const preview = page.locator(`[data-preview="${file}"]`);
  await preview.waitFor();
  if (form) await preview.locator('select[name="form"]').selectOption(form);
  await preview.locator('button[data-action="import"]').click();
  await expect
    .poll(() => page.locator('[data-message="ok"]').textContent())
    .toContain(`Imported “${file.replace(/\.[^.]+$/, '')}”`);
  await rolesProfiled(page);
}

const openData = async (page: Page) => {
  await page.goto(url() + '#/data?lang=en');
  await page.waitForSelector('input[name="files"]:not([disabled])');
};

const W2024 = [
  'id;обл;вес;trust_ngo',
  '1;Акмолинская обл.;1,5;1',
  '2;Акм.;1;2',
  '3;Nur-Sultan;2;1',
  '4;г. Алматы;1;2',
  '5;Акм.;1;1',
  '6;г. Алматы;1;1',
  '',
].join('\n');
const W2025 = [
  'id;обл;вес;trust',
  '1;Акмолинская область;1;2',
  '2;Астана;1,5;2',
  '3;Алматы;1;1',
  '4;Астана;2;2',
  '5;Алматы;1;2',
  '6;Акмолинская область;1;1',
  '',
].join('\n');

describe('a researcher prepares her survey files for analysis', () => {
  it('applies an XLSForm to its Kobo export, resolves an unmatched region, sets a design, combines two waves and reads the trend with its comparability warning', async () => {
    await inBrowser(async ({ page, offHost, errors }) => {
      await openData(page);
      await drop(page, [{ name: 'xlsform.xlsx', path: 'test/fixtures/import/xlsform.xlsx' }]);
      await expect
        .poll(() => page.locator('[data-message="ok"]').textContent())
        .toContain('Questionnaire xlsform.xlsx: 10 questions');
      await drop(page, [{ name: 'kobo-export.csv', path: 'test/fixtures/import/kobo-export.csv' }]);
      await importPreview(page, 'kobo-export.csv', 'xlsform.xlsx');
      await page.locator('tr[data-dataset="u_kobo_export"] a').first().click();
      const legal = page.locator('tr[data-variable="grp_services/services/legal"]');
      await legal.waitFor();
      expect(await legal.locator('input').first().inputValue()).toBe('Which services did you use?');

      await openData(page);
      await drop(page, [
        { name: 'trust-2024.csv', text: W2024 },
        { name: 'trust-2025.csv', text: W2025 },
      ]);
      await importPreview(page, 'trust-2024.csv');
      await importPreview(page, 'trust-2025.csv');

      await page.locator('tr[data-dataset="u_trust_2024"] a').first().click();
      await page.locator('select[name="region-column"]').selectOption('обл');
      await page.locator('button[data-action="match-regions"]').click();
      const matches = page.locator('[data-testid="region-matches"]');
      await matches.waitFor();
      expect(await page.locator('[data-unmatched]').getAttribute('data-unmatched')).toBe('1');
      expect(await matches.locator('tbody tr').first().getAttribute('data-value')).toBe('Акм.');
      await matches.locator('tr[data-value="Акм."] select').selectOption('KZ-11');
      expect(await matches.locator('tr[data-value="Nur-Sultan"] td').last().textContent()).toBe(
        'former name or other spelling',
      );
      await page.locator('button[data-action="apply-regions"]').click();
      await expect
        .poll(() => page.locator('[data-panel="regions"] [role="status"]').textContent())
        .toBe('Saved in column region_code (0 value(s) without a region).');
      const label = page.locator('tr[data-variable="trust_ngo"] input').first();
      await label.fill('Trust in NGOs (2024 wording)');
      await page.locator('button[data-action="save-codebook"]').click();
      await expect.poll(() => page.locator('[data-panel="codebook"] [role="status"]').textContent()).toBe('Saved.');

      await openData(page);
      await page.locator('tr[data-dataset="u_trust_2025"] a').first().click();
      await page.locator('[data-panel="design"] select[name="weights"]').selectOption('вес');
      await page.locator('button[data-action="save-design"]').click();
      await expect.poll(() => page.locator('[data-design-line="0"]').textContent()).toBe('Design saved.');
      expect(await page.locator('[data-design-line="1"]').textContent()).toMatch(
        /weights “вес”; 6 PSUs in 1 stratum, 5 degrees of freedom/,
      );

      await openData(page);
      await page.locator('input[name="survey"]').fill('Trust');
      await page.locator('input[name="wave-u_trust_2024"]').fill('2024');
      await page.locator('input[name="wave-u_trust_2025"]').fill('2025');
      const crosswalk = page.locator('[data-testid="crosswalk"]');
      await crosswalk.waitFor();
      await crosswalk.locator('select[aria-label="trust: trust-2024"]').selectOption('trust_ngo');
      await crosswalk.locator('input[aria-label="Wording or scale changed: trust"]').check();
      await page.locator('button[data-action="combine"]').click();
      await expect
        .poll(() => page.locator('.waves [role="status"]').textContent())
        .toBe('Survey “Trust”: waves 2024, 2025 combined into one dataset (12 rows) for trends.');

      await page.goto(url() + '#/analyse?dataset=u_survey_trust&mode=change&rows=trust&lang=en');
      const change = page.locator('table[data-change]');
      await change.waitFor();
      expect(await change.locator('thead th[data-col]').allTextContents()).toEqual([
        '2024',
        '2025',
        'Change 2024→2025, p.p.',
      ]);
      expect(await page.locator('[data-comparability="changed"]').textContent()).toContain(
        'wording or scale of this question changed',
      );

      expect(offHost).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});

const REGION_CODES = ['KZ-10', 'KZ-19', 'KZ-31', 'KZ-47', 'KZ-71', 'KZ-75'];
const OWN_SURVEY =
  [
    'id,region,wave,trust_gen,conf_ngo',
    ...Array.from({ length: 240 }, (_, i) => `${i + 1},${REGION_CODES[i % 6]},2025,${1 + (i % 2)},${1 + (i % 4)}`),
  ].join('\n') + '\n';

describe('a researcher puts her own survey on the strategy dashboard', () => {
  it('imports a wave, lets it stand in for the population survey, and the dashboard computes from it what it can', async () => {
    await inBrowser(async ({ page, offHost, errors }) => {
      await openData(page);
      await drop(page, [{ name: 'my-survey-2025.csv', text: OWN_SURVEY }]);
      await importPreview(page, 'my-survey-2025.csv');
      await page.locator('tr[data-dataset="u_my_survey_2025"] a').first().click();
      const role = page.getByTestId('role');
      await role.waitFor();
      await role.locator('[data-control="role"]').selectOption('population');
      await expect.poll(() => role.getByRole('status').textContent()).toBe('Saved: the strategy dashboard uses it.');
      await page.goto(url() + '#/dashboard?lang=en');
      await expect
        .poll(() => page.getByTestId('dash-sources').textContent())
        .toContain('population survey: my-survey-2025');
      // Every answer code 1–4 equally often: half trust NGOs.
      await expect
        .poll(() => page.locator('[data-indicator="trust_ngo"] [data-testid="value"]').textContent())
        .toBe('2025: 50.0%');
      expect(await page.locator('[data-indicator="sci"] .needs').textContent()).toMatch(
        /^No data source loaded\. Needs: population: trust_gen10/,
      );
      expect(await page.locator('[data-indicator="centres_count"]').getAttribute('data-status')).toBe('ok');

      await page.goto(url() + '#/regions?indicator=sci&lang=en');
      await expect
        .poll(() => page.getByTestId('needs').textContent())
        .toMatch(/^This workspace has no data for this indicator\. Needs: population: trust_gen10/);
      await page.selectOption('[data-control="indicator"]', 'trust_ngo');
      await expect.poll(() => page.getByTestId('source').textContent()).toMatch(/^Source: my-survey-2025\.\s*$/);
      await page.click('button[data-view="table"]');
      await expect.poll(() => page.locator('[data-chart="table"] tbody tr').count()).toBe(20);
      expect(offHost).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});
