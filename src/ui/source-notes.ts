import { sourceOf } from '../compare/source';
import { DEMO } from '../data/demo';
import { router } from './stores/router.svelte';
import { workspace } from './stores/workspace.svelte';

/** The source lines of figures from these datasets (one per source); "synthetic demo data" if any is the demo. */
export function sourceNotes(datasets: (string | null | undefined)[]): string[] {
  const t = router.t;
  const sources = datasets.map((d) => sourceOf(workspace.datasets, d ?? null, DEMO.source[router.lang]));
  const lines = [...new Set(sources.map((s) => t('base.source', { source: s.source })))];
  return [...lines, ...(sources.some((s) => s.synthetic) ? [t('badge.synthetic')] : [])];
}
