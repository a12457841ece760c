import { describe, expect, it } from 'vitest';
import { useDist } from '../helpers/serve';
import { type Chromium, crashPage, newProfile, startChromium } from './browser/chromium';
import { describeMoment, killMoments, reach } from './browser/kill';
import {
  dropGeneratedCsv,
  fixture,
  forget,
  importFile,
  listedDatasets,
  openDataPage,
  savedWorkspace,
} from './browser/workspace';
import { FULL, SUITE } from './size';

const url = useDist();
/** Rows of the file being imported when the tab dies: about a second of loading, then the commit and the save. */
const ROWS = 500_000;

const TITLE = `reopens with every earlier dataset intact and no half dataset (${SUITE.killRuns} kills)`;

describe('a tab killed in the middle of an import', () => {
  // Full run only (two kills took 114 s): on every `npm test` the import journey (test/e2e/import.test.ts) reloads
  // after a commit and after a cancelled import, and test/unit/data/connector.test.ts rolls back a failed transaction.
  it.runIf(FULL)(TITLE, async () => {
    const profile = newProfile();
    let chrome: Chromium = await startChromium(profile.dir);
    const report: string[] = [];
    try {
      let page = await openDataPage(chrome.context, url());
      expect((await importFile(page, fixture('cp1251-semicolon.csv'))).text).toMatch(/: 4 rows/);
      expect((await importFile(page, fixture('labelled.sav'))).text).toMatch(/: 5 rows/);
      const earlier = await savedWorkspace(page);
      expect(earlier.map((d) => [d.id, d.rows])).toEqual([
        ['u_cp1251_semicolon', 4],
        ['u_labelled', 5],
      ]);
      await page.close();

      for (const [i, moment] of killMoments(SUITE.killRuns).entries()) {
        page = await openDataPage(chrome.context, url());
        await dropGeneratedCsv(page, `big${i}.csv`, ROWS);
        await page.click(`[data-preview="big${i}.csv"] button[data-action="import"]`);
        await reach(page, moment);
        const told = await page.evaluate(
          (f) => !!document.querySelector('[data-message]')?.textContent?.includes(f),
          `big${i}`,
        );
        if (moment.how === 'sigkill') {
          await chrome.kill();
          chrome = await startChromium(profile.dir);
        } else if (moment.how === 'crash') {
          await crashPage(page);
          await page.close();
        } else await page.close({ runBeforeUnload: false });

        page = await openDataPage(chrome.context, url());
        const now = await savedWorkspace(page);
        const added = now.filter((d) => !earlier.some((e) => e.id === d.id));
        const reported = told ? ' (its import had been reported)' : '';
        const outcome = `big${i} ${added.length ? 'complete' : 'absent'}${reported}`;
        expect(now.slice(0, earlier.length), `run ${i}, ${describeMoment(moment)}`).toEqual(earlier);
        expect(added.map((d) => [d.id, d.rows])).toEqual(added.length || told ? [[`u_big${i}`, ROWS]] : []);
        expect((await listedDatasets(page)).map((d) => d.id)).toEqual(now.map((d) => d.id));
        expect(await page.locator('[data-storage]').getAttribute('data-storage')).toBe('opfs');
        report.push(`${describeMoment(moment)}: ${outcome}`);
        for (const d of added) await forget(page, d.id);
        await page.close();
      }
    } finally {
      console.log(`kill/reopen runs intact: ${report.length} of ${SUITE.killRuns}\n${report.join('\n')}`);
      await chrome.close();
      profile.remove();
    }
  });
});
