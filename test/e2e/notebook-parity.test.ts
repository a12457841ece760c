// The six shipped notebooks run in the app (DuckDB-wasm in Chromium) and in the CLI (native DuckDB): the JSON
// reports both write must hold the same cells, the same rows and the same inline values.
import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseNotebook } from '../../src/notebooks/parse';
import { inBrowser } from '../helpers/browser';
import { cli } from '../helpers/cli';
import { useDist } from '../helpers/serve';

const url = useDist();
const SHIPPED = readdirSync('notebooks')
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .map((f) => f.replace(/\.md$/, ''));

interface Report {
  cells: { id: string; status: string; rows: Record<string, unknown>[]; error: unknown }[];
  values: Record<string, { text: string; status: string }>;
  datasets: unknown;
  params: unknown;
}

/** Numbers equal to 12 significant digits (the engines may sum in another order); everything else exactly. */
function same(a: unknown, b: unknown, at: string): void {
  if (typeof a === 'number' && typeof b === 'number') {
    const scale = Math.max(1, Math.abs(a), Math.abs(b));
    if (Math.abs(a - b) > 1e-12 * scale) expect.fail(`${at}: ${a} in the app, ${b} in the CLI`);
  } else if (Array.isArray(a) && Array.isArray(b)) {
    expect(a.length, at).toBe(b.length);
    a.forEach((x, i) => same(x, b[i], `${at}[${i}]`));
  } else if (a && b && typeof a === 'object' && typeof b === 'object') {
    expect(Object.keys(a).sort(), at).toEqual(Object.keys(b).sort());
    for (const k of Object.keys(a)) same((a as never)[k], (b as never)[k], `${at}.${k}`);
  } else expect(a, at).toEqual(b);
}

async function appReport(page: Page, id: string, lang: string): Promise<Report> {
  await page.goto(`${url()}#/notebook/${id}?lang=${lang}`);
  await page.waitForSelector('p[data-run][data-complete="true"]', { timeout: 120_000 });
  const [d] = await Promise.all([page.waitForEvent('download'), page.click('button[data-action="report-json"]')]);
  return JSON.parse(readFileSync((await d.path())!, 'utf8'));
}

describe('shipped notebooks give the same numbers in the app and the CLI', () => {
  it('each of the six: every cell, row and inline value of the app’s JSON report equals the CLI’s', async () => {
    expect(SHIPPED).toHaveLength(6);
    const cliReports = new Map<string, Report>();
    for (const id of SHIPPED) {
      const { code, stdout, stderr } = await cli('notebook', 'run', `notebooks/${id}.md`);
      expect(code, stderr).toBe(0);
      cliReports.set(id, JSON.parse(stdout));
    }
    await inBrowser(async ({ page }) => {
      for (const id of SHIPPED) {
        const lang = parseNotebook(readFileSync(`notebooks/${id}.md`, 'utf8')).notebook.front.lang;
        const app = await appReport(page, id, lang);
        const ref = cliReports.get(id)!;
        expect(
          app.cells.map((c) => [c.id, c.status, c.error]),
          id,
        ).toEqual(ref.cells.map((c) => [c.id, c.status, c.error]));
        expect(
          app.cells.every((c) => c.status === 'ok'),
          id,
        ).toBe(true);
        expect(
          app.cells.some((c) => c.rows.length > 0),
          id,
        ).toBe(true);
        same(app.cells, ref.cells, id);
        same(app.values, ref.values, `${id} values`);
        same(app.datasets, ref.datasets, `${id} datasets`);
      }
    });
  });
});
