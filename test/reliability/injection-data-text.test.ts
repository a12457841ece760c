import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inBrowser } from '../helpers/browser';
import { dropFiles } from '../helpers/drop';
import { download, unzipTexts } from '../helpers/exports';
import { useDist } from '../helpers/serve';
import { HOSTILE_FILE, PAYLOADS, activeSvgParts, hostileCsv, injected, showsText } from './browser/injection';

const url = useDist();
const ID = 'u_img_src_x_onerror_window_pwned_4';
const TITLE = HOSTILE_FILE.replace(/\.csv$/, '');
/** Text a spreadsheet would run as a formula. */
const FORMULA = /^[=+\-@\t\r]/;

/** Fields of CSV text in the English dialect (`,`, quotes doubled). */
function csvFields(text: string): string[] {
  const fields: string[] = [];
  for (const m of text.matchAll(/"((?:[^"]|"")*)"|([^,\r\n]*)/g))
    if (m[0] || m[1] !== undefined) fields.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]);
  return fields;
}

/** Cells of a sheet of an XLSX workbook: text (inline strings, unescaped) and numbers. */
function sheetCells(bytes: Buffer): { texts: string[]; numbers: number } {
  const xml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']);
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  const texts = [...xml.matchAll(/<t xml:space="preserve">([^<]*)<\/t>/g)].map((m) => unescape(m[1]));
  return { texts, numbers: [...xml.matchAll(/<c r="[A-Z]+\d+"><v>[-\d.e]+<\/v><\/c>/g)].length };
}

/** Click a button named by its action and read the file it downloads, as text. */
async function downloadAction(page: Page, action: string): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(`button[data-action="${action}"]`)]);
  return readFileSync((await d.path())!, 'utf8').replace(/^\ufeff/, '');
}

async function noMarkup(page: Page, where: string, shown: string[]) {
  expect(await injected(page), where).toEqual([]);
  for (const text of shown) expect(await showsText(page, text), `${where} shows ${JSON.stringify(text)}`).toBe(true);
}

describe('text from data never becomes markup', () => {
  it('a journey whose page violates the Content-Security-Policy fails', async () => {
    const journey = inBrowser(async ({ page }) => {
      await page.goto(url() + '#/about?lang=en');
      await page.evaluate(
        () =>
          new Promise((done) => {
            document.body.insertAdjacentHTML('beforeend', '<img src=x onerror="window.__pwned=9">');
            document.querySelector('img[src="x"]')!.addEventListener('error', done);
          }),
      );
      expect(await injected(page)).toEqual(['<img onerror>', '<img src=x>']);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    });
    await expect(journey).rejects.toThrow(/^Content-Security-Policy violations:\nscript-src-attr blocked inline/);
  });

  it('a file whose name, columns, categories, region names and answers are markup and formulas: the Data, dataset and Analyse pages show it as text, its exports neutralise the formulas', async () => {
    await inBrowser(async ({ page, offHost, errors }) => {
      await page.goto(url() + '#/data?lang=en');
      await page.waitForSelector('input[name="files"]:not([disabled])');
      await dropFiles(page, [{ name: HOSTILE_FILE, bytes: hostileCsv() }]);
      const preview = page.locator(`[data-preview="${HOSTILE_FILE}"]`);
      await preview.waitFor();
      await noMarkup(page, 'the preview', [PAYLOADS.img, PAYLOADS.script, PAYLOADS.svg]);
      await preview.locator('button[data-action="import"]').click();
      await expect
        .poll(() => page.locator('[data-message="ok"]').textContent())
        .toMatch(`Imported “${TITLE}”: 60 rows`);
      await page.locator('[data-panel="suggest-roles"]').waitFor();
      await noMarkup(page, 'the Data page', [TITLE, HOSTILE_FILE]);

      await page.goto(url() + `#/data/${ID}?lang=en`);
      await page.locator('[data-testid="codebook"]').waitFor();
      await noMarkup(page, 'the dataset page', [PAYLOADS.img]);
      await page.selectOption('select[name="region-column"]', 'region');
      await page.click('button[data-action="match-regions"]');
      await page.locator('[data-testid="region-matches"]').waitFor();
      await noMarkup(page, 'the region matching', [PAYLOADS.svg, PAYLOADS.hyperlink]);
      const codebook = csvFields(await downloadAction(page, 'codebook-csv'));
      expect(codebook).toContain(PAYLOADS.img);
      expect(codebook.filter((f) => FORMULA.test(f))).toEqual([]);

      const rows = encodeURIComponent(PAYLOADS.img);
      await page.goto(url() + `#/analyse?dataset=${ID}&rows=${rows}&cols=answer&lang=en`);
      const table = page.locator('table[data-crosstab]');
      await table.waitFor();
      await page.waitForSelector('[data-chart="bars"][data-ready="true"]');
      await noMarkup(page, 'the Analyse crosstab', [PAYLOADS.img, PAYLOADS.script, PAYLOADS.hyperlink, PAYLOADS.plus]);
      const files = Object.entries(unzipTexts((await download(page, 'csv')).bytes));
      const fields = csvFields(files.find(([name]) => name.endsWith('.csv'))![1]);
      expect(fields).toContain(`'${PAYLOADS.hyperlink}`);
      expect(fields).toContain(PAYLOADS.script);
      expect(fields.filter((f) => FORMULA.test(f))).toEqual([]);
      expect(fields.filter((f) => /^\d+$/.test(f)).length).toBeGreaterThan(10);
      const xlsx = sheetCells((await download(page, 'xlsx')).bytes);
      expect(xlsx.texts).toContain(`'${PAYLOADS.hyperlink}`);
      expect(xlsx.texts.filter((f) => FORMULA.test(f))).toEqual([]);
      expect(xlsx.numbers).toBeGreaterThan(10);
      const svg = (await download(page, 'svg')).bytes.toString('utf8');
      expect(await activeSvgParts(page, svg)).toEqual([]);
      expect(svg).toContain('&lt;img src=x onerror=window.__pwned=1&gt; × answer');
      expect(svg).toContain('Source: &lt;img src=x onerror=window.__pwned=4&gt;.');

      await page.goto(url() + `#/analyse?dataset=${ID}&mode=freq&rows=answer&lang=en`);
      await expect.poll(() => showsText(page, PAYLOADS.at)).toBe(true);
      await noMarkup(page, 'the Analyse frequencies', [PAYLOADS.img, PAYLOADS.svg, PAYLOADS.minus]);
      expect(offHost).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});
