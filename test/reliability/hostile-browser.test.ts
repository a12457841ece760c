import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { useDist } from '../helpers/serve';
import { CLI_LIMITS } from './hostile/cli';
import { HOSTILE, type HostileFile } from './hostile/files';
import { FULL } from './size';

// Every hostile file through the built app, in one Chromium profile whose workspace lives in IndexedDB (so the test
// can read what is saved): a shown dataset or an error naming the file and place, no page error, and the workspace
// (the Data page's list with row counts, and every saved table's bytes) as before.
const url = useDist();
const files = HOSTILE.filter((f) => (FULL ? true : f.fast));
const at = (route: string) => `${url()}?storage=indexeddb#/${route}${route.includes('?') ? '&' : '?'}lang=en`;

let context: BrowserContext;
let close: () => Promise<void>;
let page: Page;
const errors: string[] = [];

/** Runs of one byte: a 200 MiB file of one letter crosses to the page as one pair, not 200 MiB of base64. */
function runs(bytes: Uint8Array): [number, number][] {
  const out: [number, number][] = [];
  for (const b of bytes) {
    const last = out[out.length - 1];
    if (last && last[0] === b) last[1]++;
    else out.push([b, 1]);
  }
  return out;
}

/** A DataTransfer holding the file, built in the page from its byte runs (or its base64 when short). */
async function transfer(f: HostileFile) {
  const bytes = f.bytes();
  const packed = runs(bytes);
  const payload =
    packed.length < 64
      ? { name: f.name, runs: packed, base64: '' }
      : { name: f.name, runs: [], base64: Buffer.from(bytes).toString('base64') };
  return page.evaluateHandle((p) => {
    const parts = p.base64
      ? [Uint8Array.from(atob(p.base64), (c) => c.charCodeAt(0))]
      : p.runs.map(([b, n]) => new Uint8Array(n).fill(b));
    const dt = new DataTransfer();
    dt.items.add(new File(parts, p.name));
    return dt;
  }, payload);
}

async function open(route: string, ready: string) {
  await page.goto(at('about'));
  await page.goto(at(route));
  await page.waitForSelector(ready);
}

/** What the workspace holds, as the page shows it and as it is saved. */
async function workspaceState() {
  await open('data', 'input[name="files"]:not([disabled])');
  const list = await page
    .locator('[data-testid="datasets"] tbody tr')
    .evaluateAll((trs) => trs.map((tr) => `${tr.getAttribute('data-dataset')}: ${tr.getAttribute('data-rows')}`));
  const saved = await page.evaluate(async () => {
    const ask = <T>(r: IDBRequest<T>) =>
      new Promise<T>(
        (resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))),
      );
    const idb = await ask(indexedDB.open('civic-workbench'));
    const store = idb.transaction('tables', 'readonly').objectStore('tables');
    const [keys, values] = await Promise.all([ask(store.getAllKeys()), ask(store.getAll())]);
    idb.close();
    const hex = async (v: unknown) => {
      const buf = v instanceof Blob ? await v.arrayBuffer() : new Uint8Array(v as Uint8Array);
      const d = new Uint8Array(await crypto.subtle.digest('SHA-256', buf));
      return Array.from(d.slice(0, 8), (x) => x.toString(16).padStart(2, '0')).join('');
    };
    return Promise.all(keys.map(async (k, i) => `${String(k)}: ${await hex(values[i])}`));
  });
  return { list, saved };
}

/** Hand the file to the import it belongs to; the message it leaves (kind and text) and the dataset shown. */
async function importThrough(f: HostileFile): Promise<{ kind: string; text: string }> {
  const message = (scope: string) => page.locator(`${scope} [data-message]`);
  if (f.kind === 'data') {
    await open('data', 'input[name="files"]:not([disabled])');
    await page.dispatchEvent('[data-testid="dropzone"]', 'drop', { dataTransfer: await transfer(f) });
    const preview = page.locator(`[data-preview=${JSON.stringify(f.name)}]`);
    await preview.or(message('section.data')).first().waitFor();
    if (await preview.count()) {
      const alert = preview.locator('[role="alert"]');
      if (await alert.count()) return { kind: 'error', text: (await alert.textContent()) ?? '' };
      await preview.locator('button[data-action="import"]').click();
    }
  } else if (f.kind === 'codebook') {
    await open('data/u_kept', 'input[name="codebook"]');
    await page
      .locator('input[name="codebook"]')
      .setInputFiles({ name: f.name, mimeType: '', buffer: Buffer.from(f.bytes()) });
  } else {
    await open('data', 'input[name="workspace"]:not([disabled])');
    await page
      .locator('input[name="workspace"]')
      .setInputFiles({ name: f.name, mimeType: '', buffer: Buffer.from(f.bytes()) });
  }
  const m = message(f.kind === 'codebook' ? '[data-panel="codebook"]' : 'section.data');
  await m.waitFor();
  return { kind: (await m.getAttribute('data-message')) ?? '', text: (await m.textContent())?.trim() ?? '' };
}

/** The page words a place as “file, row 3, column “a”: …”; the CLI as “file: row 3, column "a": …”. */
const plain = (s: string) => s.replace(/[“”]/g, '"');

beforeAll(async () => {
  ({ context, close } = await launchBrowser());
  page = await context.newPage();
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => void errors.push(e.message));
  page.on('dialog', (d) => void d.accept());
  await open('data', 'input[name="files"]:not([disabled])');
  const kept = { name: 'kept.csv', mimeType: 'text/csv', buffer: Buffer.from('q1,q2\n1,a\n2,b\n') };
  await page.locator('input[name="files"]').setInputFiles(kept);
  await page.locator('[data-preview="kept.csv"] button[data-action="import"]').click();
  await page.locator('[data-message="ok"]', { hasText: 'Imported “kept”: 2 rows' }).waitFor();
});
afterAll(() => close?.());

describe('hostile files through the browser import', () => {
  for (const f of files) {
    it(`${f.name}: ${(f.app ?? f).expect === 'parsed' ? 'imported and shown' : 'a clear error naming the file and place'}, no page error, the workspace as before`, async () => {
      const before = await workspaceState();
      errors.length = 0;
      const started = performance.now();
      const want = f.app ?? f;
      const shown = await importThrough(f);
      const ms = performance.now() - started;
      console.log(JSON.stringify({ file: f.name, ms: Math.round(ms), ...shown }));
      expect(errors).toEqual([]);
      expect(ms).toBeLessThan(CLI_LIMITS.ms);
      if (want.expect === 'error') {
        expect(shown.kind).toBe('error');
        expect(shown.text).toContain(f.name);
        expect(plain(shown.text)).toMatch(want.where!);
        expect(await workspaceState()).toEqual(before);
      } else if (f.kind === 'data') {
        expect(shown.kind).toBe('ok');
        const rows = /Imported “.*”: ([\d,]+) rows?/.exec(shown.text)?.[1].replace(/,/g, '');
        const after = await workspaceState();
        const added = after.list.filter((d) => !before.list.includes(d));
        expect(after.list.filter((d) => before.list.includes(d))).toEqual(before.list);
        expect(added).toHaveLength(1);
        expect(added[0]).toMatch(new RegExp(`^u_\\w+: ${rows}$`));
        // Forgetting it gives back the workspace as it was, saved tables included.
        await page.locator(`tr[data-dataset="${added[0].split(':')[0]}"] button[data-action="forget"]`).click();
        await expect.poll(async () => (await workspaceState()).list).toEqual(before.list);
        expect(await workspaceState()).toEqual(before);
      } else {
        expect(shown.kind).toBe('ok');
        expect(await page.locator('[data-panel="codebook"] img, [data-panel="codebook"] script').count()).toBe(0);
      }
      expect(errors).toEqual([]);
    });
  }
});
