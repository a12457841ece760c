import type { Page } from 'playwright-core';

/** Drop files on the Data page's drop zone, as a user dragging them from the file manager would. */
export async function dropFiles(page: Page, files: { name: string; bytes: Uint8Array }[]): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString('base64') }));
  const transfer = await page.evaluateHandle((fs) => {
    const dt = new DataTransfer();
    for (const f of fs) dt.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name));
    return dt;
  }, payload);
  await page.dispatchEvent('[data-testid="dropzone"]', 'drop', { dataTransfer: transfer });
}

/**
 * Wait until the Data page has looked for design columns in the dataset just imported: its suggestions appear above
 * the list of datasets, and a click aimed at the list before then can land on the panel instead.
 */
export async function rolesProfiled(page: Page): Promise<void> {
  await page.locator('[data-roles-ready="true"]').waitFor({ state: 'attached' });
}
