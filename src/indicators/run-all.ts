import type { Connector } from '../data/connector';
import { CATALOGUE } from './catalogue';
import type { Entry } from './catalogue/types';
import { runCensusEntry } from './census';
import { compositeRows } from './composite';
import type { Sources } from './prepare';
import { type IndicatorRow, emptyRow, runSurveyEntry } from './run';
import { DEFAULT_RULES } from './status';

/** Why an entry cannot be computed from the loaded sources: no dataset, or the columns it lacks; null if it can. */
export function missingFor(entry: Entry, sources: Sources): { dataset: boolean; columns: string[] } | null {
  const f = entry.formula.kind;
  if (f === 'composite') return null;
  if (f === 'unavailable') return { dataset: true, columns: [] };
  const src = entry.dataset ? sources.datasets[entry.dataset] : undefined;
  if (!src) return { dataset: true, columns: entry.columns };
  const columns = entry.columns.filter((c) => !src.columns.has(c));
  return columns.length ? { dataset: false, columns } : null;
}

async function runEntry(db: Connector, entry: Entry, by: string[], sources: Sources, done: IndicatorRow[], entries: Entry[]): Promise<IndicatorRow[]> {
  const keys = by.filter((d) => (entry.breakdowns as string[]).includes(d));
  const dropped = by.filter((d) => !(entry.breakdowns as string[]).includes(d));
  if (entry.formula.kind === 'composite') {
    const directions = Object.fromEntries(entries.map((e) => [e.id, e.direction]));
    return compositeRows(entry, done, dropped, directions);
  }
  if (missingFor(entry, sources)) return [emptyRow(entry, 'no_data', dropped)];
  const src = sources.datasets[entry.dataset!];
  if (entry.formula.kind.startsWith('survey_')) return runSurveyEntry(db, entry, keys, dropped, src, sources.ref, sources.rules ?? DEFAULT_RULES);
  return runCensusEntry(db, entry, keys, dropped, src, sources.ref);
}

/** The ids an entry needs computed first (a composite's components), then itself. */
function withComponents(ids: string[], entries: Entry[]): Set<string> {
  const out = new Set<string>();
  const add = (id: string) => {
    const e = entries.find((x) => x.id === id);
    if (e?.formula.kind === 'composite') e.formula.of.forEach((c) => add(c.id));
    out.add(id);
  };
  ids.forEach(add);
  return out;
}

/**
 * Run catalogue entries (all, or the given ids) on the loaded sources: one set of contract rows per entry, in
 * catalogue order; an entry nothing feeds gets a single national `no_data` row. Composites see their components
 * computed with the region and wave breakdowns requested.
 */
export async function runIndicators(
  db: Connector, sources: Sources, by: string[], ids?: string[], entries: Entry[] = CATALOGUE,
): Promise<IndicatorRow[]> {
  const wanted = ids ? withComponents(ids, entries) : new Set(entries.map((e) => e.id));
  const done: IndicatorRow[] = [];
  const composites = entries.filter((e) => e.formula.kind === 'composite');
  for (const entry of [...entries.filter((e) => !composites.includes(e)), ...composites]) {
    if (!wanted.has(entry.id)) continue;
    const compositeBy = by.filter((b) => b === 'region' || b === 'wave');
    const forComposite = composites.some((c) => wanted.has(c.id) && c.formula.kind === 'composite' && c.formula.of.some((x) => x.id === entry.id));
    done.push(...(await runEntry(db, entry, by, sources, done, entries)));
    if (forComposite && compositeBy.length !== by.length) done.push(...(await runEntry(db, entry, compositeBy, sources, [], entries)).map((r) => ({ ...r, _component: true })));
  }
  const order = new Map(entries.map((e, i) => [e.id, i]));
  const shown = done.filter((r) => !('_component' in r) && (!ids || ids.includes(r.indicator_id)));
  return shown.sort((a, b) => order.get(a.indicator_id)! - order.get(b.indicator_id)!);
}
