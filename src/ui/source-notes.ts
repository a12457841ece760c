import { sourceOf } from '../compare/source';
import { DEMO } from '../data/demo';
import { router } from './stores/router.svelte';
import { workspace } from './stores/workspace.svelte';

/** The source line of figures from these datasets, and "synthetic demo data" when any of them is the demo's. */
export function sourceNotes(datasets: (string | null | undefined)[]): string[] {
  const t = router.t;
  const sources = datasets.map((d) => sourceOf(workspace.datasets, d ?? null, DEMO.source[router.lang]));
  const names = [...new Set(sources.map((s) => s.source))];
  return [
    t('base.source', { source: names.join('; ') }),
    sources.some((s) => s.synthetic) ? t('badge.synthetic') : '',
  ].filter(Boolean);
}
