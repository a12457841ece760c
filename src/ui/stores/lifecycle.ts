import { writeAllSettings } from '../../data/settings';
import { HEADLINE } from '../../indicators/catalogue';
import { indicators, readFirst } from './indicators.svelte';
import { router } from './router.svelte';
import { workspace } from './workspace.svelte';

/** The headline entry the page asks for (its data is installed first), else the first headline entry. */
const firstEntry = () => HEADLINE.find((e) => e.id === router.view.params.indicator) ?? HEADLINE[0];

/** Live results: the entry on screen first (then the app is interactive), then the rest of the demo is installed. */
async function goLive(): Promise<void> {
  await indicators.rows([firstEntry()]);
  workspace.status = 'ready';
  performance.mark('first-live-result');
  await workspace.finish();
}

/** Start DuckDB, open the workspace (installing the demo if it holds none) and compute live. */
export async function start(): Promise<void> {
  try {
    await workspace.open(new URLSearchParams(location.search).get('storage'), readFirst);
    await indicators.loadSettings();
    await goLive();
  } catch (e) {
    workspace.fail(e);
  }
}

/** Put the shipped demo study back, then compute live again. */
export async function resetWorkspace(): Promise<void> {
  await workspace.resetDemo();
  indicators.forget();
  await goLive();
}

/** Put back the settings a workspace file carried (targets, indices, rubric, weights) and use them. */
export async function restoreSettings(settings: Record<string, unknown>): Promise<void> {
  await workspace.withDb((db) => writeAllSettings(db, settings));
  await indicators.loadSettings();
}
