import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inBrowser } from '../helpers/browser';
import { download, drawnSize, layoutProblems, pngSize, svgSize, unzipTexts } from '../helpers/exports';
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
      const zip = await download(page, 'csv');
      expect(zip.name).toBe('population-2023-crosstab-settlement-by-volunteered.zip');
      const files = unzipTexts(zip.bytes);
      const csv = files['population-2023-crosstab-settlement-by-volunteered.csv'].trim().split('\r\n');
      expect(csv[0]).toBe(
        'Settlement type,Volunteered in the last 12 months,n (unweighted),Base n,%,Standard error,' +
          '"95% CI, lower","95% CI, upper",Status,Flags',
      );
      expect(csv).toHaveLength(5);
      expect(csv[1]).toMatch(/^Urban,No,\d+,\d+,\d+\.\d,\d+\.\d\d,\d+\.\d,\d+\.\d,OK,$/);
      const svg = (await download(page, 'svg')).bytes.toString('utf8');
      expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svgSize(svg).width).toBeGreaterThanOrEqual((await drawnSize(page, '[data-chart="bars"]')).width);
      const xlsx = await download(page, 'xlsx');
      const sheet = strFromU8(unzipSync(xlsx.bytes)['xl/worksheets/sheet1.xml']);
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
      expect(await page.getByTestId('change-method').textContent()).toContain(
        'a contrast within the design they share; its 95% CI uses t on 645 degrees of freedom',
      );
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

  it('exports the chart beside the result, not a legend swatch, and CSV for Russian Excel with its notes', async () => {
    await inBrowser(async ({ page }) => {
      await page.goto(url() + '#/analyse?wave=2023&rows=settlement&cols=volunteered');
      await page.waitForSelector('[data-complete="true"]');
      await page.waitForSelector('table[data-crosstab="settlement×volunteered"]');
      await page.waitForSelector('[data-chart="bars"][data-ready="true"]');
      const drawn = await drawnSize(page, '[data-chart="bars"]');
      expect(drawn.width).toBeGreaterThan(300);
      const png = pngSize((await download(page, 'png')).bytes);
      const svg = (await download(page, 'svg')).bytes.toString('utf8');
      const size = svgSize(svg);
      expect(size.width).toBe(Math.max(480, drawn.width));
      expect(size.height).toBeGreaterThan(drawn.height);
      expect(png).toEqual({ width: 2 * size.width, height: 2 * size.height });
      for (const text of [
        'Тип поселения × Волонтёрство за 12 месяцев',
        '>Город<',
        '>Село<',
        '>Да</text>',
        '>Нет</text>',
      ])
        expect(svg.includes(text), text).toBe(true);
      expect(svg).toContain('Синтетические демо-данные');
      expect(await layoutProblems(page, svg)).toEqual([]);
      const files = unzipTexts((await download(page, 'csv')).bytes);
      const csv = files['population-2023-crosstab-settlement-by-volunteered.csv'].trim().split('\r\n');
      expect(csv[0]).toBe(
        'Тип поселения;Волонтёрство за 12 месяцев;n (невзвешенное);База, n;%;Стандартная ошибка;' +
          '95% ДИ, нижняя граница;95% ДИ, верхняя граница;Статус;Отметки',
      );
      expect(csv[1]).toMatch(/^Город;Нет;\d+;\d+;\d+,\d;\d+,\d\d;\d+,\d;\d+,\d;OK;$/);
      const notes = files['population-2023-crosstab-settlement-by-volunteered-notes.txt'];
      expect(notes).toMatch(/^Тип поселения × Волонтёрство за 12 месяцев\r\n/);
      expect(notes).toContain('Дизайн выборки');
      expect(notes).toContain('Синтетические демо-данные');
      expect(notes).toMatch(/Дата выгрузки: \d{4}-\d\d-\d\d/);
    });
  });

  it('a wave where a question was only asked of one answer: the table keeps the levels present, the test says why it has no value', async () => {
    await inBrowser(async ({ page, errors }) => {
      // "Can name an NGO" was asked only of those who have heard of NGOs: within 2023 "Heard of NGOs" has one level.
      await page.goto(url() + '#/analyse?lang=en&wave=2023&rows=heard_ngo&cols=name_ngo');
      await page.waitForSelector('[data-complete="true"]');
      const table = page.locator('table[data-crosstab="heard_ngo×name_ngo"]');
      await table.waitFor();
      expect(await table.locator('tbody tr th').allTextContents()).toEqual(['Yes']);
      expect(await table.locator('thead th[data-col]').allTextContents()).toEqual(['No', 'Yes']);
      const sentence = await page.locator('p.test').textContent();
      expect(sentence).toBe(
        'The test of association between “Heard of NGOs” and “Can name an NGO” is not defined: ' +
          'one of the variables has fewer than two categories with answers here.',
      );
      const files = unzipTexts((await download(page, 'csv')).bytes);
      expect(files['population-2023-crosstab-heard_ngo-by-name_ngo-notes.txt']).toContain(sentence!);
      await page.click('button[data-lang="ru"]');
      await page.waitForFunction(() => document.querySelector('p.test')?.textContent?.startsWith('Тест связи'));
      expect(await page.locator('p.test').textContent()).toMatch(/не определён: здесь у одной из переменных/);
      expect(errors).toEqual([]);
    });
  });
});
