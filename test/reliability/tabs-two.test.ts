import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useDist } from '../helpers/serve';
import { LAN_ARGS, newProfile, onLan, startChromium } from './browser/chromium';
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

const storageOf = (page: Page) => page.locator('[data-storage]').getAttribute('data-storage');
const statusOf = async (page: Page) => (await page.locator('p.status').textContent())!.replace(/\s+/g, ' ');
const OTHER_TAB = /The workspace is open in another tab; this tab shows the demo without saving\./;

async function reload(page: Page) {
  await page.reload();
  await page.waitForSelector('input[name="files"]:not([disabled])');
}

/**
 * Two tabs of one profile edit the workspace at once: the second says it is taken and works in memory; what the
 * first saves is whole after both reload; once the first is closed the second opens the saved workspace.
 */
async function twoTabs(base: string, args: string[], saved: 'opfs' | 'indexeddb') {
  const profile = newProfile();
  const chrome = await startChromium(profile.dir, args);
  try {
    const first = await openDataPage(chrome.context, base);
    expect(await storageOf(first)).toBe(saved);
    expect((await importFile(first, fixture('cp1251-semicolon.csv'))).text).toMatch(/: 4 rows/);

    const second = await openDataPage(chrome.context, base);
    expect(await statusOf(second)).toMatch(OTHER_TAB);
    expect(await storageOf(second)).toBe('memory');
    expect(await first.locator('p.status').textContent()).not.toMatch(OTHER_TAB);
    expect((await importFile(second, fixture('labelled.sav'))).text).toMatch(/: 5 rows/);
    await dropGeneratedCsv(first, 'first.csv', 2000);
    await first.click('[data-preview="first.csv"] button[data-action="import"]');
    await first.waitForFunction(() => document.querySelector('[data-message]')?.textContent?.includes('first'));
    const kept = await savedWorkspace(first);
    expect(kept.map((d) => [d.id, d.rows])).toEqual([
      ['u_cp1251_semicolon', 4],
      ['u_first', 2000],
    ]);

    await reload(second);
    expect(await statusOf(second)).toMatch(OTHER_TAB);
    await reload(first);
    expect(await storageOf(first)).toBe(saved);
    expect(await savedWorkspace(first)).toEqual(kept);

    await first.close();
    await reload(second);
    expect(await statusOf(second)).not.toMatch(OTHER_TAB);
    expect(await storageOf(second)).toBe(saved);
    expect((await listedDatasets(second)).map((d) => d.id)).toEqual(['u_cp1251_semicolon', 'u_first']);
    expect(await savedWorkspace(second)).toEqual(kept);
  } finally {
    await chrome.close();
    profile.remove();
  }
}

describe('two tabs of one browser editing the workspace at once', () => {
  // Full run only: the journey in test/e2e/regions.test.ts takes the Web Locks path on every `npm test`, and
  // test/unit/data/tab-claim.test.ts the claim the workbench makes itself where the browser has no Web Locks.
  it.runIf(FULL)(
    'the second says the workspace is taken and cannot change what the first saves (private file storage, Web Locks)',
    () => twoTabs(url(), [], 'opfs'),
  );

  it.runIf(FULL)(
    'the same on plain http from the local network (IndexedDB, no Web Locks: the claim over BroadcastChannel)',
    () => twoTabs(onLan(url()), LAN_ARGS, 'indexeddb'),
  );
});
