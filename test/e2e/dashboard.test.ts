import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/indicators/catalogue';
import type { IndicatorRow } from '../../src/indicators/rows';
import { TASKS } from '../../src/indicators/catalogue/types';
import { TASK_KEYS } from '../../src/views/scorecard';
import { unzipTexts } from '../helpers/exports';
import { inBrowser } from '../helpers/browser';
import { useDist } from '../helpers/serve';

const url = useDist();
type Cell = Record<'csdi', { estimate: number; ci_low: number; ci_high: number }>;
const en = (x: number) => x.toFixed(1);
const RU_INDICATORS: Record<string, string> = {
  one: 'показатель',
  few: 'показателя',
  many: 'показателей',
  other: 'показателя',
};
const plural = (n: number) => new Intl.PluralRules('ru').select(n);
const ru = (x: number) => x.toFixed(1).replace('.', ',');
const sciAlmaty = (JSON.parse(readFileSync('data/demo/precomputed.json', 'utf8')) as IndicatorRow[]).find(
  (r) => r.indicator_id === 'sci' && r.region === 'KZ-75' && r.wave === 2025,
) as { estimate: number; ci_low: number; ci_high: number };

describe('a strategist reads the strategy dashboard', () => {
  it('sees the goal, the four task groups with a key indicator per task, unfolds, searches, filters, sets a target and opens the social capital index', async () => {
    await inBrowser(async ({ page, offHost, errors }) => {
      await page.goto(`${url()}#/dashboard?lang=en`);
      const tiles = page.locator('article[data-chart="scorecard"][data-indicator]');
      // The page shows a loading state until every result is in, then all its tiles at once.
      await tiles.first().waitFor();
      expect(await tiles.count()).toBe(CATALOGUE.length);
      expect(await page.locator('[data-loading="dashboard"]').count()).toBe(0);
      expect(await page.getByTestId('dash-goal').textContent()).toMatch(
        /^The strategy’s goal: conditions for higher civic/,
      );
      expect(await page.locator('h2').allTextContents()).toEqual([
        'Institutional',
        'Political',
        'Socio-economic',
        'Ideological',
      ]);
      expect(
        await page.locator('[data-task]').evaluateAll((els) => els.map((e) => e.getAttribute('data-task'))),
      ).toEqual([...TASKS]);
      for (const task of TASKS) {
        const key = page.locator(`[data-task="${task}"] article[data-key="true"]`);
        expect(await key.count(), task).toBe(1);
        expect(await key.getAttribute('data-indicator'), task).toBe(TASK_KEYS[task]);
        expect(await key.isVisible(), task).toBe(true);
        // Every key indicator fed by data says where it stands; with no target set, "no target".
        if ((await key.locator('.needs').count()) === 0)
          expect(await key.getByTestId('standing').textContent(), task).toBe('no target');
      }
      // The count sentence: its parts add up to the total and each agrees with the tiles.
      const sentence = (await page.getByTestId('dash-count-sentence').textContent())!;
      const m = sentence.match(
        /^(\d+) indicators: (\d+) computed from the loaded data, (\d+) need data that is not loaded, (\d+) without a national value \(no official population for every region or district\)\.$/,
      );
      expect(m, sentence).not.toBeNull();
      const [total, computed, needs, noNational] = m!.slice(1).map(Number);
      expect(total).toBe(CATALOGUE.length);
      expect(computed + needs + noNational).toBe(total);
      expect(await page.locator('[data-indicator] [data-testid="value"]').count()).toBe(computed);
      expect(await page.locator('[data-indicator] .needs').count()).toBe(needs);
      expect(needs).toBe(CATALOGUE.filter((e) => e.formula.kind === 'unavailable').length);
      expect(await page.locator('[data-indicator][data-status="no_denominator"]').count()).toBe(noNational);
      // The other indicators of a task are folded under its key; the summary opens and closes them from the keyboard.
      const trustSub = page.locator('[data-indicator="sci_trust"]');
      expect(await trustSub.isVisible()).toBe(false);
      await page.locator('[data-details="D1"] summary').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => trustSub.isVisible()).toBe(true);
      expect(await page.locator('[data-details="D1"] summary').textContent()).toBe('Other indicators of the task: 8');
      await page.keyboard.press('Enter');
      await expect.poll(() => trustSub.isVisible()).toBe(false);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('[data-testid="dash-counts"] button[data-export="csv"]'),
      ]);
      // With its notes (source, "synthetic demo data", rules, date), the CSV comes zipped beside a notes file.
      expect(download.suggestedFilename()).toBe('strategy-indicators.zip');
      const files = unzipTexts(readFileSync((await download.path())!));
      expect(files['strategy-indicators-notes.txt']).toContain('Synthetic demo data');
      const csv = files['strategy-indicators.csv']
        .replace(/^\ufeff/, '')
        .trim()
        .split('\n');
      expect(csv[0].trimEnd()).toBe(
        'Indicator code,Indicator,Task,Unit,Region,Wave / year,Estimate,Standard error,"95% CI, lower",' +
          '"95% CI, upper",Degrees of freedom,n (unweighted),Effective n,Status,Flags,Dropped by',
      );
      expect(new Set(csv.slice(1).map((l) => l.split(',')[0]))).toEqual(new Set(CATALOGUE.map((e) => e.id)));
      const sci = page.locator('[data-indicator="sci"]');
      expect(await sci.getAttribute('data-status')).toBe('ok');
      expect(await sci.getByTestId('value').textContent()).toMatch(/^2025: \d+\.\d$/);
      await sci.locator('[data-chart="trend"][data-ready="true"]').waitFor();
      expect(await sci.locator('.spread').textContent()).toMatch(/20 of 20 with a value/);
      const loans = page.locator('[data-indicator="consumer_loans"]');
      expect(await loans.locator('.needs').textContent()).toMatch(/^No data source loaded\. Needs: National Bank/);
      // The search narrows the list to names containing the text, unfolded; the filter narrows it by availability.
      const visibleIds = () =>
        tiles.evaluateAll((els) =>
          els.filter((e) => (e as HTMLElement).offsetParent).map((e) => e.getAttribute('data-indicator')),
        );
      const withTrust = CATALOGUE.filter((e) => /trust/i.test(e.name.en)).map((e) => e.id);
      await page.fill('[data-control="search"]', 'TRUST');
      await expect.poll(visibleIds).toEqual(expect.arrayContaining(withTrust));
      expect((await visibleIds()).sort()).toEqual([...withTrust].sort());
      expect(await page.getByTestId('dash-shown').textContent()).toBe(`Shown: ${withTrust.length} of ${total}.`);
      await page.fill('[data-control="search"]', '');
      await page.selectOption('[data-control="show"]', 'missing');
      await expect.poll(async () => (await visibleIds()).length).toBe(needs);
      expect(await page.locator('[data-indicator] .needs:visible').count()).toBe(needs);
      // A target below a rising series is behind; the filter finds it; a target above it is on track.
      await page.selectOption('[data-control="show"]', 'all');
      await sci.locator('[data-target="sci"]').fill('40');
      await sci.locator('[data-target="sci"]').dispatchEvent('change');
      await expect.poll(() => sci.getAttribute('data-standing')).toBe('behind');
      expect(await sci.getByTestId('standing').textContent()).toBe('behind target');
      await page.selectOption('[data-control="show"]', 'behind');
      await expect.poll(visibleIds).toEqual(['sci']);
      await page.selectOption('[data-control="show"]', 'all');
      // A target is kept in the workspace: it survives a reload.
      await sci.locator('[data-target="sci"]').fill('70');
      await sci.locator('[data-target="sci"]').dispatchEvent('change');
      await expect.poll(() => sci.getAttribute('data-standing')).toBe('on_track');
      await expect
        .poll(() => sci.locator('[data-progress="sci"]').textContent())
        .toMatch(/% of the way from 2021 to the target$/);
      await sci.locator('[data-saved="sci"]').waitFor();
      await page.reload();
      await expect.poll(() => page.locator('[data-target="sci"]').inputValue()).toBe('70');
      expect(await page.locator('[data-indicator="sci"]').getAttribute('data-standing')).toBe('on_track');
      // In Russian the counts agree with their numbers.
      await page.click('button[data-lang="ru"]');
      await expect
        .poll(() => page.getByTestId('dash-count-sentence').textContent())
        .toBe(
          `${total} ${RU_INDICATORS[plural(total)]}: ${computed} рассчитаны по загруженным данным, ` +
            `${needs} требуют незагруженных данных, ${noNational} без значения по стране ` +
            '(нет официальной численности населения всех регионов или районов).',
        );
      await page.locator('[data-indicator="sci"] header a').click();
      await expect.poll(() => page.url()).toContain('indicator=sci');
      await page.locator('[data-chart="map"][data-ready="true"] [data-region]').first().waitFor();
      expect(await page.locator('[data-chart="map"] [data-region]').count()).toBe(20);
      await page.locator('[data-table="components"][data-ready="true"]').waitFor();
      expect(await page.locator('[data-table="components"] tbody tr').count()).toBe(4);
      expect(await page.locator('[data-alpha="sci_trust"]').textContent()).toMatch(/^0,\d\d \(14 /);
      await page.locator('[data-table="sensitivity"]').waitFor();
      expect(await page.locator('[data-table="sensitivity"] tbody tr').count()).toBe(6);
      expect(await page.getByTestId('sensitivity').getAttribute('data-holds')).toMatch(/^(true|false)$/);
      expect(await page.locator('[data-table="ranks"] tbody tr').count()).toBe(20);
      // Respondents recombined: the published variant is the index itself, with its interval.
      const almaty = page.locator('[data-table="ranks"] tr[data-region="KZ-75"]');
      expect(await almaty.locator('[data-value]').textContent()).toBe(ru(sciAlmaty.estimate));
      expect(await almaty.locator('[data-ci]').textContent()).toBe(`${ru(sciAlmaty.ci_low)}–${ru(sciAlmaty.ci_high)}`);
      expect(offHost).toEqual([]);
      expect(errors).toEqual([]);
    });
  });

  it('reads the civil society development index with R’s 95% CIs: regions table, dashboard ranking, sensitivity', async () => {
    const kz10 = (JSON.parse(readFileSync('test/fixtures/composite-indices.json', 'utf8')) as Record<string, Cell>)[
      'KZ-10|2025'
    ].csdi;
    const ci = `${en(kz10.ci_low)}–${en(kz10.ci_high)}`;
    await inBrowser(async ({ page, offHost, errors }) => {
      await page.goto(`${url()}#/regions?indicator=csdi&wave=2025&view=table&lang=en`);
      const row = page.locator('[data-chart="table"] tbody tr[data-region="KZ-10"]');
      await row.waitFor();
      expect(await row.locator('td.num').nth(0).textContent()).toContain(en(kz10.estimate));
      expect(await row.locator('td.num').nth(1).textContent()).toBe(ci);
      await page.goto(`${url()}#/dashboard?indicator=csdi&lang=en`);
      await page.locator('[data-chart="ranking"][data-ready="true"]').waitFor();
      await page.locator('[data-table="ranks"]').waitFor();
      expect(await page.locator('[data-table="sensitivity"] tbody tr').count()).toBe(7);
      const ranked = page.locator('[data-table="ranks"] tr[data-region="KZ-10"]');
      expect(await ranked.locator('[data-value]').textContent()).toBe(en(kz10.estimate));
      expect(await ranked.locator('[data-ci]').textContent()).toBe(ci);
      // Akmola and Jetisu have no official population, so no NGO rate and no index: 18 regions ranked.
      expect(await page.locator('[data-table="ranks"] tbody tr').count()).toBe(18);
      expect(offHost).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});

describe('a researcher builds an index of their own', () => {
  it('composes items, sees it on the map, saves it and finds it again after a reload', async () => {
    await inBrowser(async ({ page, offHost, errors }) => {
      await page.goto(`${url()}#/builder?lang=en`);
      await page.locator('[data-control="index-name"]').waitFor();
      // A new index starts from the first substantive items, not from sex and age group.
      expect(await page.locator('[data-item="0"] [data-control="item-variable"]').inputValue()).toBe(
        'trust_neighbours',
      );
      expect(await page.locator('[data-item="1"] [data-control="item-variable"]').inputValue()).toBe(
        'trust_nationality',
      );
      await page.fill('[data-control="index-name"]', 'Trust in local institutions');
      await page.locator('[data-item="0"] [data-control="item-variable"]').selectOption('conf_akimat');
      await page.locator('[data-item="1"] [data-control="item-variable"]').selectOption('conf_police');
      await page.click('[data-action="add-item"]');
      await page.locator('[data-item="2"] [data-control="item-variable"]').selectOption('conf_courts');
      expect(await page.locator('[data-item="2"] [data-control="item-reverse"]').isChecked()).toBe(true);
      await page.click('[data-action="compute-index"]');
      const map = page.locator('[data-chart="map"][data-ready="true"]');
      await map.waitFor();
      expect(await map.locator('[data-region]').count()).toBe(20);
      expect(await page.getByTestId('index-national').textContent()).toMatch(
        /^Kazakhstan, 2025: \d+\.\d \(95% CI \d+\.\d–\d+\.\d, n = /,
      );
      await page.click('[data-action="save-index"]');
      await expect.poll(() => page.url()).toContain('index=custom_1');
      await page.reload();
      await page.locator('[data-saved-index="custom_1"]').waitFor();
      await page.locator('[data-chart="map"][data-ready="true"] [data-region]').first().waitFor();
      expect(await page.locator('[data-control="index-name"]').inputValue()).toBe('Trust in local institutions');
      expect(offHost).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});
