import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { STATE_LOOK } from '../../src/charts/timeline';
import { inBrowser } from '../helpers/browser';
import { useDist } from '../helpers/serve';

const url = useDist();
const timeline = '[data-chart="timeline"][data-ready="true"]';
const cell = (key: string) => `${timeline} [data-key="${key}"]`;
const fillOf = (page: Page, key: string) => page.getAttribute(cell(key), 'fill');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe-core violations on the page (the rules test/e2e/a11y.test.ts applies). */
async function axeProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${axeSource};undefined`);
  const found = await page.evaluate(async () => {
    type Run = (ctx: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string }[] }>;
    const axe = (window as unknown as { axe: { run: Run } }).axe;
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
    return (await axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations;
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

const EVIDENCE =
  'Опрос населения проведён во всех 20 регионах; отчёт МИОР от 15.12.2022 № 4-12/88, ' +
  'обсуждён на стратегической сессии. '.repeat(6);

describe('a strategist records a measure’s fact and reads the year’s report', () => {
  it('enters a fact, sees the timeline and the yearly report change, finds it after a reload and exports the facts', async () => {
    await inBrowser(async ({ page, offHost, errors }) => {
      await page.goto(`${url()}#/measures?lang=en`);
      await page.waitForSelector('[data-complete="true"]');
      await page.waitForSelector(timeline);
      // No facts are shipped: a past planned year reads "no fact entered" and is late.
      await page.getByTestId('no-facts').waitFor();
      expect(await page.locator(`${timeline} [data-key]`).count()).toBe(16 * 6);
      expect(await fillOf(page, '16-2022')).toBe(STATE_LOOK.no_fact.fill);
      expect(await axeProblems(page)).toEqual([]);
      expect(
        await page.locator('[data-testid="measures-summary"] tr[data-year="2022"] [data-col="late"]').textContent(),
      ).toBe('16');

      // A click on the cell picks measure 16 in 2022 in the editor; the fact is saved.
      await page.click(cell('16-2022'));
      await expect.poll(() => page.inputValue('[data-control="fact-measure"]')).toBe('16');
      expect(await page.inputValue('[data-control="fact-year"]')).toBe('2022');
      await page.check('input[data-status="done"]');
      await page.fill('[data-control="fact-evidence"]', EVIDENCE);
      await page.selectOption('[data-control="fact-link"]', 'dataset:population');
      await page.click('[data-action="save-fact"]');
      await page.waitForSelector('[data-saved="16-2022"]');
      await expect.poll(() => fillOf(page, '16-2022')).toBe(STATE_LOOK.done.fill);
      const row2022 = '[data-testid="measures-summary"] tr[data-year="2022"]';
      expect(await page.locator(`${row2022} [data-col="done"]`).textContent()).toBe('1');
      expect(await page.locator(`${row2022} [data-col="late"]`).textContent()).toBe('15');

      // The year's report: measure 16 done with its evidence, the indicators' latest values up to 2022.
      await page.click('[data-report="2022"]');
      const report = '[data-testid="year-report"][data-year="2022"]';
      await page.waitForSelector(`${report} [data-testid="report-indicators"]`);
      expect(page.url()).toMatch(/view=report/);
      const m16 = page.locator(`${report} tr[data-measure="16"]`);
      expect(await m16.getAttribute('data-state')).toBe('done');
      expect(await m16.locator('[data-cell="evidence"]').textContent()).toContain('отчёт МИОР от 15.12.2022');
      expect(await page.getByTestId('report-summary').textContent()).toMatch(/^Measures planned: 16\. Done: 1,/);
      const sci = page.locator(`${report} tr[data-indicator="sci"]`);
      expect(await sci.locator('td').nth(1).textContent()).toBe('2021');
      expect(await sci.locator('[data-cell="value"]').textContent()).toMatch(/^\d+\.\d$/);
      expect(await m16.locator('[data-cell="evidence"] a').getAttribute('href')).toBe('#/data/population?lang=en');
      expect(await axeProblems(page)).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
      await page.emulateMedia({ media: 'screen' });

      // The fact is kept in the workspace.
      await page.reload();
      await page.waitForSelector(`${report} [data-testid="report-indicators"]`);
      expect(await page.locator(`${report} tr[data-measure="16"]`).getAttribute('data-state')).toBe('done');

      // A CSV with a bad row is refused whole, naming the row and column; the timeline is unchanged.
      await page.click('button[data-view="timeline"]');
      await page.waitForSelector(timeline);
      const bad = 'measure,year,status,evidence,link\n2,2021,done,Study tour,\n17,2021,done,x,\n';
      await page.setInputFiles('[data-control="import-facts"]', {
        name: 'facts.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(bad),
      });
      const result = page.locator('[data-import-result="error"]');
      await result.waitFor();
      expect(await result.textContent()).toMatch(/facts\.csv, row 3, column “measure”/);
      expect(await fillOf(page, '2-2021')).toBe(STATE_LOOK.no_fact.fill);

      // Export: the one fact, formula-safe, ready to import again.
      const [d] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-facts"]')]);
      const csv = readFileSync((await d.path())!, 'utf8');
      expect(d.suggestedFilename()).toMatch(/^measure-facts-\d{4}-\d{2}-\d{2}\.csv$/);
      expect(csv).toBe(
        `\ufeffmeasure,year,status,evidence,link\r\n16,2022,done,"${EVIDENCE.trim()}",dataset:population\r\n`,
      );
      expect(offHost).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});
