import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inBrowser } from '../helpers/browser';
import { dropFiles, rolesProfiled } from '../helpers/drop';
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
      await rolesProfiled(page);
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

  it('is offered design roles after an import, accepts them in one click, and Analyse never averages the questionnaire number', async () => {
    // 60 respondents in 3 strata of 2 clusters each, non-integer weights, a numeric questionnaire number.
    const lines = ['№ анкеты,Страта,Кластер,Вес,Пол,Q1,Q2'];
    for (let i = 0; i < 60; i++) {
      const [stratum, cluster] = [1 + (i % 3), 1 + (i % 6)];
      const answer = i % 4 === 0 ? 'Нет' : 'Да';
      lines.push(
        [1001 + i, `S${stratum}`, cluster, (0.5 + (i % 7) * 0.25).toFixed(2), i % 2 ? 'М' : 'Ж', answer, i % 11].join(
          ',',
        ),
      );
    }
    const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
    await inBrowser(async ({ page, offHost, errors }) => {
      await page.goto(url() + '#/data?lang=en');
      await page.waitForSelector('input[name="files"]:not([disabled])');
      await dropFiles(page, [{ name: 'survey.csv', bytes }]);
      await page.locator('[data-preview="survey.csv"] button[data-action="import"]').click();
      const panel = page.locator('[data-panel="suggest-roles"]');
      await panel.waitFor();
      const suggested = await panel
        .locator('li[data-suggest]')
        .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-suggest')}:${e.getAttribute('data-column')}`));
      expect(suggested).toEqual(['weight:Вес', 'strata:Страта', 'psu:Кластер', 'id:№ анкеты']);
      // Shown, not applied: each suggestion waits for a click.
      expect(await panel.locator('[data-action="accept-role"]').count()).toBe(4);
      await panel.locator('[data-action="accept-all-roles"]').click();
      await expect.poll(() => panel.locator('[role="status"]').count()).toBe(1);
      expect(await panel.locator('[data-action="accept-role"]').count()).toBe(0);

      await page.goto(url() + '#/data/u_survey?lang=en');
      const id = page.locator('[data-testid="codebook"] tr[data-variable="№ анкеты"]');
      await id.waitFor();
      expect(await id.locator('select[aria-label^="Level"]').inputValue()).toBe('id');
      expect(await page.locator('[data-panel="design"] select[name="weights"]').inputValue()).toBe('Вес');
      expect(await page.locator('[data-panel="design"] select[name="strata"]').inputValue()).toBe('Страта');
      expect(await page.locator('[data-panel="design"] select[name="psu"]').inputValue()).toBe('Кластер');

      await page.goto(url() + '#/analyse?dataset=u_survey&lang=en');
      await page.waitForSelector('table[data-crosstab="Пол×Q1"]');
      expect(await page.locator('p[data-design-line="0"]').textContent()).toMatch(/strata “Страта”/);
      expect(await page.locator('p[data-design-line="0"]').textContent()).toMatch(/6 PSUs in 3 strata, 3 degrees of/);
      // The user's own file: no "synthetic demo data" banner over it.
      expect(await page.getByTestId('synthetic').count()).toBe(0);
      await page.selectOption('select[name="mode"]', 'means');
      await page.locator('table[data-means]').waitFor();
      expect(await page.locator('select[name="y"]').inputValue()).toBe('Q2');
      const offered = await page
        .locator('select[name="y"] option')
        .evaluateAll((os) => os.map((o) => o.getAttribute('value')));
      expect(offered).not.toContain('№ анкеты');
      expect(offered).not.toContain('Вес');
      expect(await page.locator('select[name="rows"]').inputValue()).toBe('Пол');
      expect(await page.locator('p.test').textContent()).not.toMatch(/№ анкеты/);
      await page.click('button[data-lang="ru"]');
      await expect
        .poll(() => page.locator('p[data-design-line="0"]').textContent())
        .toMatch(/6 ПЕВ в 3 стратах, 3 степени свободы/);
      await page.goto(url() + '#/about?lang=ru');
      await page.waitForSelector('[data-complete="true"]');
      expect(await page.getByTestId('synthetic').count()).toBe(0);
      expect(offHost).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});
