import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inBrowser } from '../helpers/browser';
import { dropFiles } from '../helpers/drop';
import { useDist } from '../helpers/serve';

const url = useDist();
const fixture = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(`test/fixtures/import/${name}`)) });

/** Drop a generated CSV of `rows` rows (built in the page, so the test does not ship megabytes over CDP). */
async function dropBigCsv(page: Page, rows: number) {
  const transfer = await page.evaluateHandle((n) => {
    const parts = ['id,name,score\n'];
    for (let i = 0; i < n; i++) parts.push(`${i},name${i % 97},${(i % 1000) / 10}\n`);
    const dt = new DataTransfer();
    dt.items.add(new File(parts, 'big.csv'));
    return dt;
  }, rows);
  await page.dispatchEvent('[data-testid="dropzone"]', 'drop', { dataTransfer: transfer });
}

const datasetTitles = (page: Page) =>
  page.locator('[data-testid="datasets"] tbody tr td:first-child a').allTextContents();

describe('a researcher imports her own files', () => {
  it('drops a Windows-1251 CSV and an SPSS file, fixes a guess, commits, sees the codebook, finds both after a reload; a cancelled import changes nothing', async () => {
    await inBrowser(async ({ page, offHost, errors }) => {
      await page.goto(url() + '#/data?lang=en');
      await page.waitForSelector('input[name="files"]:not([disabled])');
      await dropFiles(page, [fixture('cp1251-semicolon.csv'), fixture('labelled.sav')]);

      const preview = page.locator('[data-preview="cp1251-semicolon.csv"]');
      await preview.waitFor();
      expect(await preview.locator('select[name="encoding"]').inputValue()).toBe('windows-1251');
      expect(await preview.locator('select[name="delimiter"]').inputValue()).toBe(';');
      expect(await preview.locator('select[name="decimal"]').inputValue()).toBe(',');
      expect(await preview.locator('thead th').allTextContents()).toContain('Код анкеты');
      expect(await preview.locator('tbody tr:first-child td').allTextContents()).toContain('Акмолинская область');
      // The questionnaire codes have leading zeros: the sniffer took them for numbers; keep them as text.
      const codeType = preview.locator('select[data-type-of="Код анкеты"]');
      expect(await codeType.inputValue()).toBe('BIGINT');
      await codeType.selectOption('VARCHAR');
      await expect.poll(() => preview.locator('select[data-type-of="Код анкеты"]').inputValue()).toBe('VARCHAR');
      await preview.locator('button[data-action="import"]').click();
      await expect
        .poll(() => page.locator('[data-message="ok"]').textContent())
        .toMatch(/Imported “cp1251-semicolon”: 4 rows/);

      const sav = page.locator('[data-preview="labelled.sav"]');
      await sav.waitFor();
      expect(await sav.locator('[data-format]').textContent()).toBe('sav');
      await sav.locator('button[data-action="import"]').click();
      await expect.poll(() => page.locator('[data-message="ok"]').textContent()).toMatch(/Imported “labelled”: 5 rows/);
      expect(await datasetTitles(page)).toEqual(['cp1251-semicolon', 'labelled']);

      await page.locator('tr[data-dataset="u_labelled"] a').first().click();
      const q1 = page.locator('[data-testid="codebook"] tr[data-variable="q1"]');
      await q1.waitFor();
      expect(await q1.locator('input').first().inputValue()).toBe('Обращались ли вы в ресурсный центр?');
      expect(await q1.locator('textarea').inputValue()).toContain('98 = Затрудняюсь ответить');
      expect(await q1.locator('input[aria-label^="Missing codes"]').inputValue()).toBe('98, 99');
      expect(await q1.locator('select[aria-label^="Level"]').inputValue()).toBe('nominal');

      await page.reload();
      await page.goto(url() + '#/data?lang=en');
      await page.waitForSelector('input[name="files"]:not([disabled])');
      await expect.poll(() => datasetTitles(page)).toEqual(['cp1251-semicolon', 'labelled']);
      await page.locator('tr[data-dataset="u_cp1251_semicolon"] a').first().click();
      expect(await page.locator('tr[data-variable="Код анкеты"] td.type').textContent()).toBe('VARCHAR');
      await page.goto(url() + '#/data?lang=en');
      await page.waitForSelector('input[name="files"]:not([disabled])');

      await dropBigCsv(page, 1_500_000);
      const big = page.locator('[data-preview="big.csv"]');
      await big.locator('button[data-action="import"]').click();
      await page.locator('[data-testid="import-progress"]').waitFor();
      await page.locator('button[data-action="cancel-import"]').click();
      await expect
        .poll(() => page.locator('[data-message="ok"]').textContent())
        .toBe('Import cancelled: the workspace is unchanged.');
      expect(await datasetTitles(page)).toEqual(['cp1251-semicolon', 'labelled']);
      await page.reload();
      await page.waitForSelector('input[name="files"]:not([disabled])');
      await expect.poll(() => datasetTitles(page)).toEqual(['cp1251-semicolon', 'labelled']);

      expect(offHost).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});
