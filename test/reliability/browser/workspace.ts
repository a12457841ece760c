import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tableFromIPC } from 'apache-arrow';
import { strFromU8, unzipSync } from 'fflate';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { dropFiles } from '../../helpers/drop';
import { newPage } from './chromium';

/** A dataset as the workspace file carries it: its rows, codebook and a checksum of every value. */
export interface SavedDataset {
  id: string;
  title: string;
  rows: number;
  codebook: unknown;
  checksum: string;
}

/** A fixture from test/fixtures/import, as a file to drop. */
export const fixture = (name: string) => ({
  name,
  bytes: new Uint8Array(readFileSync(`test/fixtures/import/${name}`)),
});

/** Open the Data page in a new tab and wait until it accepts files (the workspace open and complete). */
export async function openDataPage(context: BrowserContext, base: string): Promise<Page> {
  const page = await newPage(context);
  await page.goto(base + '#/data?lang=en');
  await page.waitForSelector('input[name="files"]:not([disabled])');
  return page;
}

/** Drop a file, import it with the guesses shown, and wait for the page's message; returns its text and kind. */
export async function importFile(
  page: Page,
  file: { name: string; bytes: Uint8Array },
): Promise<{ kind: string; text: string }> {
  await dropFiles(page, [file]);
  await page.locator(`[data-preview="${file.name}"] button[data-action="import"]`).click();
  // Every message of an import names the file (its title, the file name without extension, by default).
  const stem = file.name.replace(/\.[^.]+$/, '');
  await page.waitForFunction((s) => document.querySelector('[data-message]')?.textContent?.includes(s), stem);
  const message = page.locator('[data-message]');
  return { kind: (await message.getAttribute('data-message'))!, text: (await message.textContent())!.trim() };
}

/** Build a CSV of `rows` rows in the page and drop it (the test does not ship megabytes over CDP). */
export async function dropGeneratedCsv(page: Page, name: string, rows: number): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([file, n]) => {
      const parts = ['id,name,score\n'];
      for (let i = 0; i < n; i++) parts.push(`${i},name${i % 97},${(i % 1000) / 10}\n`);
      const dt = new DataTransfer();
      dt.items.add(new File(parts, file));
      return dt;
    },
    [name, rows] as const,
  );
  await page.dispatchEvent('[data-testid="dropzone"]', 'drop', { dataTransfer: transfer });
}

/** The rows of the Data page's list of datasets: id and the row count shown. */
export function listedDatasets(page: Page): Promise<{ id: string; rows: string }[]> {
  return page.$$eval('[data-testid="datasets"] tbody tr', (trs) =>
    trs.map((tr) => ({ id: tr.getAttribute('data-dataset')!, rows: tr.querySelector('td.num')!.textContent! })),
  );
}

async function downloadBytes(d: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of (await d.createReadStream())!) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

const plain = (_: string, v: unknown) => (typeof v === 'bigint' ? v.toString() : v);

/** Checksum of every value of an Arrow IPC stream, in row order. */
export function arrowChecksum(ipc: Uint8Array): { rows: number; checksum: string } {
  const table = tableFromIPC(ipc);
  const hash = createHash('sha256');
  hash.update(JSON.stringify(table.schema.fields.map((f) => `${f.name}:${f.type}`)));
  for (const row of table) hash.update(JSON.stringify(row?.toArray(), plain));
  return { rows: table.numRows, checksum: hash.digest('hex') };
}

/** Export the workspace from the Data page and read back each dataset's rows, codebook and value checksum. */
export async function savedWorkspace(page: Page): Promise<SavedDataset[]> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click('button[data-action="export-workspace"]')]);
  const parts = unzipSync(await downloadBytes(d));
  const manifest = JSON.parse(strFromU8(parts['manifest.json'])) as {
    datasets: { id: string; title: string; rows: number; codebook: unknown }[];
  };
  return manifest.datasets.map((m) => {
    const { rows, checksum } = arrowChecksum(parts[`tables/${m.id}.arrow`]);
    if (rows !== m.rows) throw new Error(`${m.id}: the registry says ${m.rows} rows, the table has ${rows}`);
    return { id: m.id, title: m.title, rows, codebook: m.codebook, checksum };
  });
}

/** Forget a dataset from the Data page's list, accepting the confirmation. */
export async function forget(page: Page, id: string): Promise<void> {
  page.once('dialog', (d) => void d.accept());
  await page.click(`tr[data-dataset="${id}"] button[data-action="forget"]`);
  await page.locator(`tr[data-dataset="${id}"]`).waitFor({ state: 'detached' });
}
