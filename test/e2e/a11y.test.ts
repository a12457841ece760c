import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inBrowser } from '../helpers/browser';
import { useDist } from '../helpers/serve';

const url = useDist();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every page of the app, with what shows it is drawn. */
const PAGES: [string, string][] = [
  ['#/regions?indicator=trust_ngo&view=map', '[data-chart="map"][data-ready="true"]'],
  ['#/regions?indicator=trust_ngo&view=tilegrid&region=KZ-75', '[data-chart="tilegrid"][data-ready="true"]'],
  ['#/regions?indicator=trust_ngo&view=ranking', '[data-chart="ranking"][data-ready="true"]'],
  ['#/regions?indicator=trust_ngo&view=table', '[data-chart="table"]'],
  ['#/waves?indicator=trust_ngo&wave=2025&compare=2023', '[data-chart="slope"][data-ready="true"]'],
  ['#/profile/KZ-75', '[data-testid="profile-table"]'],
  ['#/dashboard', '[data-testid="dash-counts"]'],
  ['#/builder', 'h1'],
  ['#/needs', '[data-chart]'],
  ['#/centres', '[data-chart]'],
  ['#/centre/C-001', 'h1'],
  ['#/ngo', '[data-chart]'],
  ['#/districts', '[data-testid="model-panel"] [data-chart="scatter"][data-ready="true"]'],
  ['#/plan', '[data-testid="plan-table"]'],
  ['#/analyse', '[data-chart]'],
  ['#/data', 'h1'],
  ['#/about', '[data-testid="attribution"]'],
];

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

async function scan(page: Page): Promise<string[]> {
  // Injected through the DevTools protocol: the app's CSP rightly refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${axeSource};undefined`);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: Violation[] }> } }
    ).axe;
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return r.violations;
  });
  return (violations as Violation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join('; ')}`,
    );
}

describe('accessibility', () => {
  it('an axe scan of every page finds no serious or critical violations', async () => {
    await inBrowser(async ({ page }) => {
      await page.goto(url());
      await page.waitForSelector('[data-complete="true"]');
      const found: Record<string, string[]> = {};
      for (const [hash, sel] of PAGES) {
        await page.evaluate((h) => (location.hash = h), hash);
        await page.waitForSelector(sel);
        await page.waitForTimeout(200);
        const v = await scan(page);
        if (v.length) found[hash] = v;
      }
      expect(found).toEqual({});
    });
  });
});
