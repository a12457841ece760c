import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inBrowser } from '../helpers/browser';
import { dropFiles } from '../helpers/drop';
import { useDist } from '../helpers/serve';

const url = useDist();
const NATIONAL = '[data-value="{sci.KZ.$wave}"]';

const ranIn = (page: Page) => page.waitForSelector('p[data-run][data-complete="true"]');
const appReady = (page: Page) => page.waitForSelector('p.status[data-complete="true"]');

async function exportMd(page: Page): Promise<{ name: string; text: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click('button[data-action="export"]')]);
  return { name: d.suggestedFilename(), text: readFileSync((await d.path())!, 'utf8') };
}

describe('a researcher keeps an analysis in a notebook', () => {
  it('opens a shipped notebook, edits a wave, saves it, finds it after a reload, adds a chart from the regions page, exports .md and imports it unchanged', async () => {
    await inBrowser(async ({ page, errors }) => {
      await page.setViewportSize({ width: 1366, height: 900 });
      await page.goto(url() + '#/notebooks?lang=en');
      await appReady(page);
      expect(await page.locator('[data-list="shipped"] li').count()).toBe(6);
      await page.click('[data-list="shipped"] [data-notebook="social-capital"] a:first-child');
      await ranIn(page);
      expect(await page.textContent('[data-notebook-title]')).toBe('Social capital by region, 2021–2025');
      expect(await page.textContent('p[data-run]')).toMatch(/^\s*(\d+) of \1 cells ran; 0 failed/);
      await page.waitForSelector('article [data-chart="trend"][data-ready="true"]');
      const before = (await page.locator(NATIONAL).first().textContent())!;
      expect(before).toMatch(/^\d+\.\d \(95% CI: \d+\.\d–\d+\.\d\)$/);

      // Edit: the default wave 2025 becomes 2023; the preview runs again and the national value changes.
      await page.click('a[data-mode="edit"]');
      const editor = page.locator('textarea[data-editor]');
      const source = await editor.inputValue();
      expect(source).toContain('  wave: 2025\n');
      await editor.fill(source.replace('  wave: 2025\n', '  wave: 2023\n'));
      await page.waitForFunction(
        ([sel, old]) => {
          const v = document.querySelector(sel)?.textContent;
          const done = document.querySelector('p[data-run]')?.getAttribute('data-complete') === 'true';
          return done && !!v && v !== old && /^\d/.test(v);
        },
        [`.preview ${NATIONAL}`, before] as const,
      );
      expect(await page.locator('.preview [data-changed="true"]').count()).toBeGreaterThan(0);
      expect(await page.textContent('p[data-run]')).toMatch(/[1-9]\d* changed since the previous run/);
      expect(await page.locator('[data-errors="0"]').count()).toBe(1);

      // A broken option is marked at its line, then put back.
      const edited = await editor.inputValue();
      await editor.fill(edited.replace('```chart kind=trend', '```chart kind=pie'));
      const bad = page.locator('.gutter [data-error-line]');
      await bad.first().waitFor();
      const line = edited.split('\n').findIndex((l) => l.startsWith('```chart kind=trend')) + 1;
      expect(await bad.first().getAttribute('data-error-line')).toBe(String(line));
      await editor.fill(edited);
      await page.waitForSelector('[data-errors="0"]');

      // Save: a shipped notebook is saved as a copy in the workspace; after a reload the list has it.
      await page.click('button[data-action="save"]');
      await page.waitForURL(/#\/notebook\/social-capital-2\?/);
      await page.reload();
      await appReady(page);
      await page.goto(url() + '#/notebooks?lang=en');
      const mine = page.locator('[data-list="workspace"] [data-notebook="social-capital-2"]');
      await mine.waitFor();
      expect(await mine.locator('a').first().textContent()).toBe('Social capital by region, 2021–2025');
      await page.goto(url() + '#/notebook/social-capital-2?mode=edit&lang=en');
      await ranIn(page);
      expect(await editor.inputValue()).toBe(edited);

      // Add to notebook from the regions page: the ranking of trust in NGOs in 2023.
      await page.goto(url() + '#/regions?indicator=trust_ngo&wave=2023&view=ranking&lang=en');
      await appReady(page);
      await page.click('button[data-action="add-notebook"]');
      await page.selectOption('select[data-add-target]', 'social-capital-2');
      await page.click('button[data-action="add-go"]');
      await page.waitForSelector('[data-added="social-capital-2"]');
      expect(await page.textContent('[data-added]')).toContain('Added to “Social capital by region, 2021–2025”');
      await page.click('[data-added] a');
      await ranIn(page);
      const last = page.locator('article section[data-cell]').last();
      expect(await last.getAttribute('data-kind')).toBe('chart');
      expect(await last.getAttribute('data-status')).toBe('ok');
      await last.locator('[data-chart="ranking"][data-ready="true"]').waitFor();

      // Export .md, import it again: the same text, exported again byte for byte.
      const out = await exportMd(page);
      expect(out.name).toBe('social-capital-2.md');
      expect(out.text.startsWith(edited.trimEnd())).toBe(true);
      expect(out.text).toMatch(/```chart kind=ranking\nindicator: trust_ngo\n[\s\S]*wave: 2023\n[\s\S]*```\n$/);
      await page.goto(url() + '#/notebooks?lang=en');
      await page.setInputFiles('input[data-import-notebook]', {
        name: out.name,
        mimeType: 'text/markdown',
        buffer: Buffer.from(out.text),
      });
      await page.waitForSelector('[data-message="ok"]');
      await page.waitForSelector('[data-list="workspace"] [data-notebook="social-capital-2-2"]');
      await page.goto(url() + '#/notebook/social-capital-2-2?lang=en');
      await ranIn(page);
      expect((await exportMd(page)).text).toBe(out.text);
      expect(errors).toEqual([]);
    });
  });

  it('a trainer pins a workshop note under a map: it stays after a reload, the HTML report prints it escaped, unpin removes it', async () => {
    const note = 'Ask the akimat why <b>Turkistan</b> & "Almaty" differ';
    await inBrowser(async ({ page, errors }) => {
      await page.goto(url() + '#/notebook/social-capital?lang=en');
      await ranIn(page);
      const map = page.locator('article section.cell:has([data-chart="map"])');
      await map.locator('[data-chart="map"][data-ready="true"]').waitFor();
      const cell = (await map.getAttribute('data-cell'))!;
      await map.locator('summary[data-action="pin-open"]').click();
      await map.locator('input[name="pin"]').fill(note);
      await map.locator('button[data-action="pin"]').click();
      await map.locator('[data-pins] li[data-pin]').waitFor();
      expect(await map.locator('[data-pins] li .text').textContent()).toBe(note);
      expect(await map.locator('[data-pins] b').count()).toBe(0);

      await page.reload();
      await ranIn(page);
      const pinned = page.locator(`section[data-cell="${cell}"] [data-pins] li[data-pin]`);
      await pinned.waitFor();
      expect(await pinned.locator('.text').textContent()).toBe(note);
      expect(await page.locator('[data-pins] li[data-pin]').count()).toBe(1);

      const [d] = await Promise.all([page.waitForEvent('download'), page.click('button[data-action="report-html"]')]);
      const html = readFileSync((await d.path())!, 'utf8');
      const escaped = 'Ask the akimat why &#60;b&#62;Turkistan&#60;/b&#62; &#38; &#34;Almaty&#34; differ';
      expect(html).toContain(escaped);
      expect(html).not.toContain('<b>Turkistan');
      expect(html.indexOf(escaped)).toBeGreaterThan(html.indexOf(`<figure data-cell="${cell}"`));

      await pinned.locator('button[data-action="unpin"]').click();
      await expect.poll(() => page.locator('[data-pins] li[data-pin]').count()).toBe(0);
      await page.reload();
      await ranIn(page);
      await page.locator(`section[data-cell="${cell}"] [data-chart="map"][data-ready="true"]`).waitFor();
      expect(await page.locator('[data-pins] li[data-pin]').count()).toBe(0);
      expect(errors).toEqual([]);
    });
  });

  it('reads prose holding <script> and <img onerror> as text, and refuses a broken file naming it and its line', async () => {
    await inBrowser(async ({ page, errors }) => {
      await page.goto(url() + '#/notebooks?lang=en');
      await appReady(page);
      await page.setInputFiles('input[data-import-notebook]', 'test/fixtures/notebooks/wave-check.md');
      await page.waitForSelector('[data-message="ok"]');
      await page.goto(url() + '#/notebook/wave-check?lang=en');
      await ranIn(page);
      expect(await page.textContent('article h2')).toBe('Respondents <script>window.__xss = 1</script>');
      expect(await page.textContent('article p')).toContain('<img src=x onerror="window.__xss = 2">');
      expect(await page.locator('article script, article img').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      expect(await page.textContent('[data-value="${by_sex.n}"]')).toMatch(/^\d{3}$/);
      expect(await page.textContent('[data-mismatch]')).toContain(
        'with 5,987 rows (40 columns); this workspace has 6,000 rows',
      );
      await page.selectOption('select[data-param="wave"]', '2021');
      await page.waitForSelector('section[data-cell="by_sex"][data-changed="true"]');

      await page.goto(url() + '#/notebooks?lang=en');
      await page.locator('[data-list="workspace"] li').first().waitFor();
      const bad = '---\ntitle: Broken\nparams: [1, 2\n---\nText\n';
      await page.setInputFiles('input[data-import-notebook]', {
        name: 'broken.md',
        mimeType: 'text/markdown',
        buffer: Buffer.from(bad),
      });
      const message = page.locator('[data-message="error"]');
      await message.waitFor();
      expect(await message.textContent()).toMatch(
        /^broken\.md was not imported\. line \d+: .+ The workspace is unchanged\.$/,
      );
      expect(await page.locator('[data-list="workspace"] li').count()).toBe(1);
      expect(errors).toEqual([]);
    });
  });

  it('points the population survey at an imported wave from the notebook: the banner gives its size, the changed cell is marked', async () => {
    const survey = ['id,region,wave,trust_gen', ...Array.from({ length: 240 }, (_, i) => `${i + 1},KZ-75,2025,1`)];
    const notebook = [
      '---',
      'title: Respondents',
      'lang: en',
      'datasets:',
      '  population: { rows: 6000, columns: 66, hash: d8f7e8d0 }',
      'params:',
      '  wave: 2025',
      '---',
      '```sql id=count',
      'SELECT count(*) AS n FROM population WHERE wave = $wave',
      '```',
      '',
      '```table data=count',
      '```',
      '',
    ].join('\n');
    await inBrowser(async ({ page, errors }) => {
      await page.goto(url() + '#/data?lang=en');
      await page.waitForSelector('input[name="files"]:not([disabled])');
      await dropFiles(page, [{ name: 'wave-2027.csv', bytes: Buffer.from(survey.join('\n') + '\n') }]);
      const preview = page.locator('[data-preview="wave-2027.csv"]');
      await preview.locator('button[data-action="import"]').click();
      await page.waitForSelector('[data-message="ok"]');
      await page.goto(url() + '#/notebooks?lang=en');
      await appReady(page);
      const file = { name: 'respondents.md', mimeType: 'text/markdown', buffer: Buffer.from(notebook) };
      await page.setInputFiles('input[data-import-notebook]', file);
      await page.waitForSelector('[data-message="ok"]');
      await page.goto(url() + '#/notebook/respondents?lang=en');
      await ranIn(page);
      const n = page.locator('section[data-cell="cell-2"] td');
      expect(await n.textContent()).toBe('2,000');
      expect(await page.locator('[data-mismatch]').count()).toBe(0);
      await page.selectOption('select[data-role="population"]', 'u_wave_2027');
      await expect.poll(() => n.textContent()).toBe('240');
      expect(await page.getAttribute('section[data-cell="count"]', 'data-changed')).toBe('true');
      expect(await page.textContent('[data-mismatch]')).toContain(
        'with 6,000 rows (66 columns); this workspace has 240 rows (4 columns)',
      );
      expect(errors).toEqual([]);
    });
  });
});
