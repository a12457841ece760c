import type { Page } from 'playwright-core';

/** How a tab dies: its page closed without unload, its renderer crashed, or the whole browser SIGKILLed. */
export type KillHow = 'close' | 'crash' | 'sigkill';

/** When it dies: while the file loads (at a share of its rows), or after loading, while it commits and saves. */
export type KillMoment = { how: KillHow; stage: 'load'; pct: number } | { how: KillHow; stage: 'save'; ms: number };

/** Share of the runs that kill while loading; the rest kill after loading, in the commit and the save. */
const LOAD_SHARE = 0.6;
/** The save stage spreads its kills over this long: the commit, the checkpoint and past the import's report. */
const SAVE_MS = 4000;

/** `n` kill moments spread evenly over an import, the three ways of dying in turn. */
export function killMoments(n: number): KillMoment[] {
  const ways: KillHow[] = ['close', 'crash', 'sigkill'];
  return Array.from({ length: n }, (_, i) => {
    const f = (i + 0.5) / n;
    const how = ways[i % ways.length];
    return f < LOAD_SHARE
      ? { how, stage: 'load', pct: Math.floor((f / LOAD_SHARE) * 100) }
      : { how, stage: 'save', ms: Math.round(((f - LOAD_SHARE) / (1 - LOAD_SHARE)) * SAVE_MS) };
  });
}

/** Wait for a moment of the import under way (or its end, if it ends first). */
export async function reach(page: Page, m: KillMoment): Promise<void> {
  const pct = m.stage === 'load' ? m.pct : 100;
  await page.waitForFunction(
    (p) => {
      const shown = document.querySelector('[data-testid="import-progress"]')?.textContent ?? '';
      const at = /(\d+)%/.exec(shown);
      return (at && Number(at[1]) >= p) || document.querySelector('[data-message]') !== null;
    },
    pct,
    { polling: 10 },
  );
  if (m.stage === 'save') await page.waitForTimeout(m.ms);
}

/** A moment in words, for the test's report. */
export const describeMoment = (m: KillMoment) =>
  `${m.how} ${m.stage === 'load' ? `at ${m.pct}% loaded` : `${m.ms} ms after loading`}`;
