import { levelLabels } from '../../compare/choices';
import type { Entry } from '../../indicators/catalogue/types';
import type { IndicatorRow } from '../../indicators/rows';
import { type AppState, codebookOf } from '../app-state.svelte';
import { needsOf } from '../../views/dashboard-view';

/**
 * The rows a comparison page shows for an entry, breakdown and map level, following the app: headline entries
 * from the start-up results at once (while the demo feeds them), others once the workspace is complete; `needs`
 * when nothing feeds the entry.
 */
export function useEntryRows(appOf: () => AppState, entry: () => Entry, by: () => string | null, level: () => 'region' | 'district' | 'pre2022') {
  const out = $state({ rows: null as IndicatorRow[] | null, needs: null as string | null, groupLabels: {} as Record<string, string> });
  $effect(() => {
    const [app, e, b, lv] = [appOf(), entry(), by(), level()];
    void app.catalogueVersion;
    const shown = (rows: IndicatorRow[]) => {
      const needs = needsOf(e, rows);
      out.needs = needs ? needs[app.lang] : null;
      out.rows = rows;
    };
    // The start-up results are the demo study's: once an imported dataset stands in for one, the catalogue's rows count.
    const demoOnly = !app.datasets.some((d) => d.role);
    if (e.headline && !b && lv === 'region' && demoOnly) return shown(app.results.filter((r) => r.indicator_id === e.id));
    out.rows = null;
    out.needs = null;
    if (!app.complete) return;
    let live = true;
    void app.entryRows(e, b, lv).then((rows) => live && shown(rows));
    return () => void (live = false);
  });
  $effect(() => {
    const [e, b, lang] = [entry(), by(), appOf().lang];
    out.groupLabels = {};
    if (!b || !e.dataset) return;
    let live = true;
    void codebookOf(e.dataset).then((cb) => live && (out.groupLabels = levelLabels(cb.find((v) => v.name === b)?.values, lang)), () => undefined);
    return () => void (live = false);
  });
  return out;
}
