import { levelLabels } from '../../compare/choices';
import { codebookOf } from '../../data/demo';
import type { Entry } from '../../indicators/catalogue/types';
import { needsOf } from '../../views/dashboard-view';
import { type Level, indicators } from '../stores/indicators.svelte';
import { latest } from '../stores/latest.svelte';
import { router } from '../stores/router.svelte';

/**
 * The rows a comparison page shows for an entry, breakdown and map level, live from the indicator store (a
 * headline entry shows its start-up rows until they are in); `needs` says what data would feed an entry nothing
 * feeds; `groupLabels` name the breakdown's groups from the codebook.
 */
export function entryRows(entry: () => Entry, by: () => string | null, level: () => Level) {
  const live = latest(
    () => [entry(), by(), level(), indicators.inputs] as const,
    ([e, b, lv]) => indicators.entryRows(e, b, lv),
  );
  const labels = latest(
    () => {
      const [e, b] = [entry(), by()];
      return b && e.dataset ? ([e.dataset, b, router.lang] as const) : null;
    },
    async ([dataset, b, lang]) => levelLabels((await codebookOf(dataset)).find((v) => v.name === b)?.values, lang),
  );
  const rows = $derived(live.value ?? (!by() && level() === 'region' ? indicators.instant(entry()) : null));
  const needs = $derived(rows ? (needsOf(entry(), rows)?.[router.lang] ?? null) : null);
  return {
    get rows() {
      return rows;
    },
    get needs() {
      return needs;
    },
    get groupLabels(): Record<string, string> {
      return labels.value ?? {};
    },
  };
}
