import { describe, expect, it } from 'vitest';
import { useDist } from '../helpers/serve';
import { newProfile, startChromium } from './browser/chromium';
import {
  dropGeneratedCsv,
  fixture,
  importFile,
  listedDatasets,
  openDataPage,
  savedWorkspace,
} from './browser/workspace';
import { FULL } from './size';

const url = useDist();
/** Room left for the origin above what the demo and one small dataset use. */
const HEADROOM = 2 * 1024 * 1024;

const TITLE =
  'refuses an import past the quota with a clear message, keeps the workspace as it was, also after a reload';

describe('a browser whose storage is nearly full', () => {
  // Full run only: on every `npm test` test/unit/ui/data-actions.test.ts turns a write that runs out of storage into a
  // storage_full problem, and test/unit/data/connector.test.ts keeps the error of a COMMIT that fails.
  it.runIf(FULL)(TITLE, async () => {
    const profile = newProfile();
    const chrome = await startChromium(profile.dir);
    try {
      const page = await openDataPage(chrome.context, url());
      expect((await importFile(page, fixture('labelled.sav'))).text).toMatch(/: 5 rows/);
      const before = await savedWorkspace(page);
      const used = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
      const cdp = await chrome.context.newCDPSession(page);
      const origin = new URL(url()).origin;
      await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: used + HEADROOM });

      await dropGeneratedCsv(page, 'too-big.csv', 1_500_000);
      await page.click('[data-preview="too-big.csv"] button[data-action="import"]');
      const message = page.locator('[data-message="error"]');
      await message.waitFor();
      expect(await message.textContent()).toMatch(
        /^\s*Nothing was imported: too-big\.csv: the browser’s storage is full; the last change was not kept/,
      );
      expect((await listedDatasets(page)).map((d) => d.id)).toEqual(['u_labelled']);
      expect(await savedWorkspace(page)).toEqual(before);

      await page.reload();
      await page.waitForSelector('input[name="files"]:not([disabled])');
      expect(await page.locator('[data-storage]').getAttribute('data-storage')).toBe('opfs');
      expect(await savedWorkspace(page)).toEqual(before);

      // With room again, the same workspace takes a new dataset and keeps it.
      await cdp.send('Storage.overrideQuotaForOrigin', { origin });
      expect((await importFile(page, fixture('cp1251-semicolon.csv'))).text).toMatch(/: 4 rows/);
      await page.reload();
      await page.waitForSelector('input[name="files"]:not([disabled])');
      const after = await savedWorkspace(page);
      expect(after.map((d) => [d.id, d.rows])).toEqual([
        ['u_labelled', 5],
        ['u_cp1251_semicolon', 4],
      ]);
      expect(after[0]).toEqual(before[0]);
    } finally {
      await chrome.close();
      profile.remove();
    }
  });
});
