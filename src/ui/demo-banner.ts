import { sourceOf } from '../compare/source';
import { DEMO } from '../data/demo';
import { CATALOGUE, HEADLINE } from '../indicators/catalogue';
import type { View } from './url';

type Imported = { id: string; title: string; role?: string | null }[];

const isDemo = (dataset: string, imported: Imported) => sourceOf(imported, dataset, '').synthetic;

/** The datasets whose figures a view shows (null: a page of every strategy indicator). */
function datasetsOf(view: View, imported: Imported): string[] | null {
  const { route, id, params } = view;
  switch (route) {
    case 'regions':
    case 'waves':
      return [(CATALOGUE.find((e) => e.id === params.indicator) ?? HEADLINE[0]).dataset ?? ''];
    case 'centres':
    case 'centre':
      return ['centres'];
    case 'needs':
      return ['needs_2019', 'needs_2024'];
    case 'ngo':
      return ['ngo_stats'];
    case 'analyse':
      return imported.some((d) => d.id === params.dataset) ? [] : [params.dataset ?? 'population'];
    case 'data':
      return id && DEMO.datasets.some((d) => d.id === id) ? [id] : [];
    case 'about':
      return [];
    case 'measures':
      return params.view === 'report' ? null : [];
    default:
      return null;
  }
}

/**
 * Whether a view shows demo figures, so the "synthetic demo data" banner belongs on it: not on a user's own
 * dataset, not on the pages without figures, and on a page of every indicator while any demo dataset still feeds it.
 */
export function showsDemo(view: View, imported: Imported): boolean {
  const datasets = datasetsOf(view, imported) ?? DEMO.datasets.map((d) => d.id);
  return datasets.some((d) => d && isDemo(d, imported));
}
