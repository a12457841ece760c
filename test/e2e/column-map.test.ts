import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inBrowser } from '../helpers/browser';
import { dropFiles, rolesProfiled } from '../helpers/drop';
import { useDist } from '../helpers/serve';

const url = useDist();
// 40 reports (30 done: 19 by a state body, 11 by citizens), then 12 with the same header (mapping-apply.test.ts).
const FILES = ['civic-control-ru.csv', 'civic-control-ru-2.csv'];

async function importFile(page: Page, name: string) {
  await page.goto(url() + '#/data?lang=en');
  await page.waitForSelector('input[name="files"]:not([disabled])');
  await dropFiles(page, [{ name, bytes: new Uint8Array(readFileSync(`test/fixtures/colmap/${name}`)) }]);
  await page.locator(`[data-preview="${name}"] button[data-action="import"]`).click();
  await expect
    .poll(() => page.locator('[data-message="ok"]').textContent())
    .toContain(`Imported “${name.replace(/\.csv$/, '')}”`);
  await rolesProfiled(page);
}

const tile = (page: Page, id: string) => page.locator(`[data-indicator="${id}"] [data-testid="value"]`).textContent();
const sources = (page: Page) => () => page.getByTestId('dash-sources').textContent();
const source = (page: Page, column: string) => page.locator(`select[aria-label="Column of the file: ${column}"]`);

describe('an akimat’s export with its own column names', () => {
  it('is mapped once onto civic control, feeds its indicators, and the next file with the same header is mapped without asking', async () => {
    await inBrowser(async ({ page, offHost, errors }) => {
      await importFile(page, FILES[0]);
      expect(await page.locator('[data-message="mapping"]').count()).toBe(0);
      await page.locator('tr[data-dataset="u_civic_control_ru"] a').first().click();
      await page.getByTestId('role').locator('[data-control="role"]').selectOption('civic_control');

      // Each expected column pre-filled from the Russian headers; a required one left out is marked.
      const panel = page.locator('[data-panel="column-map"][data-ready="true"]');
      await panel.waitFor();
      expect(await panel.getAttribute('data-origin')).toBe('guess');
      const picked = async (c: string) => source(page, c).inputValue();
      expect(await Promise.all(['date_filed', 'district', 'lat', 'status'].map(picked))).toEqual([
        ...['Дата подачи', 'Район', 'Широта', 'Статус'],
      ]);
      await source(page, 'solved_by').selectOption('');
      expect(await panel.locator('[data-missing]').getAttribute('data-missing')).toBe('solved_by');
      await source(page, 'solved_by').selectOption('Кем решено');
      expect(await panel.locator('[data-missing]').count()).toBe(0);

      await panel.locator('button[data-action="apply-mapping"]').click();
      const result = panel.locator('[data-mapping-result="ok"]');
      await expect.poll(() => result.textContent()).toContain('12 columns written under the expected names');
      expect(await result.textContent()).toContain(
        'File “civic-control-ru.csv”, column “Район”: 1 value matches no district of its region: ' +
          '“мкр. Самал-2” (1 row).',
      );
      // The unmatched district, given a code by hand; applied again, nothing is left unmatched.
      const samal = panel.locator('[data-testid="district-map"] tr[data-value="мкр. Самал-2"]');
      expect(await samal.getAttribute('class')).toContain('missing');
      await samal.locator('select').selectOption('KZ751810');
      await panel.locator('button[data-action="apply-mapping"]').click();
      await expect.poll(() => result.locator('p').count()).toBe(1);
      expect(await panel.locator('[data-testid="district-map"] tr.missing').count()).toBe(0);
      expect(await samal.locator('td').last().textContent()).toContain('chosen by hand');

      await page.goto(url() + '#/dashboard?lang=en');
      await expect.poll(sources(page)).toContain('civic control: civic-control-ru');
      await expect.poll(() => tile(page, 'reports_filed')).toBe('2025: 40');
      expect(await tile(page, 'reports_solved_state')).toBe('2025: 19');
      expect(await tile(page, 'reports_solved_citizens')).toBe('2025: 11');

      await importFile(page, FILES[1]);
      const auto = page.locator('[data-message="mapping"]');
      await expect
        .poll(() => auto.textContent())
        .toContain(
          'The columns of “civic-control-ru-2.csv” were mapped without asking, as remembered for the civic control ' +
            'dataset',
        );
      await auto.getByRole('link', { name: 'Edit the mapping' }).click();
      await expect
        .poll(() => page.getByTestId('role').locator('[data-control="role"]').inputValue())
        .toBe('civic_control');
      const edit = page.locator('[data-panel="column-map"][data-ready="true"]');
      expect(await edit.getAttribute('data-origin')).toBe('applied');
      expect(await source(page, 'date_filed').inputValue()).toBe('Дата подачи');

      // The latest import stands in for civic control: its 12 reports, 6 solved by state bodies.
      await page.goto(url() + '#/dashboard?lang=en');
      await expect.poll(sources(page)).toContain('civic-control-ru-2');
      await expect.poll(() => tile(page, 'reports_filed')).toBe('2025: 12');
      expect(await tile(page, 'reports_solved_state')).toBe('2025: 6');

      expect(offHost).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});
