import type { Connector } from '../core/sql';
import { CATALOGUE } from './catalogue';
import type { Entry } from './catalogue/types';
import { runCensusEntry } from './census';
import { compositeRows } from './composite';
import { compositeUncertainty } from './composite-design';
import type { Sources } from './prepare';
import { type IndicatorRow, emptyRow } from './rows';
import { runSurveyEntry } from './survey';
import { runSurvivalEntry } from './survival';
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

async function runEntry(
  db: Connector,
  entry: Entry,
  by: string[],
  sources: Sources,
  components: IndicatorRow[],
  entries: Entry[],
): Promise<IndicatorRow[]> {
  const keys = by.filter((d) => (entry.breakdowns as string[]).includes(d));
  const dropped = by.filter((d) => !(entry.breakdowns as string[]).includes(d));
  if (entry.formula.kind === 'composite') {
    const directions = Object.fromEntries(entries.map((e) => [e.id, e.direction]));
    const uncertainty = await compositeUncertainty(db, entry, entries, sources, keys);
    return compositeRows(entry, components, dropped, directions, uncertainty);
  }
  if (missingFor(entry, sources)) return [emptyRow(entry, 'no_data', dropped)];
  const src = sources.datasets[entry.dataset!];
  if (entry.formula.kind.startsWith('survey_'))
    return runSurveyEntry(db, entry, keys, dropped, src, sources.ref, sources.rules ?? DEFAULT_RULES);
  if (entry.formula.kind === 'km_median')
    return runSurvivalEntry(db, entry, keys, dropped, src, sources.ref, sources.rules);
  return runCensusEntry(db, entry, keys, dropped, src, sources.ref, sources.rules);
}

/** The ids of the components of the composites among `ids`. */
function componentsOf(ids: Set<string>, entries: Entry[]): Set<string> {
  return new Set(
    entries.flatMap((e) => (ids.has(e.id) && e.formula.kind === 'composite' ? e.formula.of.map((c) => c.id) : [])),
  );
}

/**
 * Run catalogue entries (all, or the given ids) on the loaded sources: one set of contract rows per entry, in
 * catalogue order; an entry nothing feeds gets a single national `no_data` row. Composites are computed from
 * their components' rows by region and wave (computed apart when the breakdowns asked for are others).
 */
export async function runIndicators(
  db: Connector,
  sources: Sources,
  by: string[],
  ids?: string[],
  entries: Entry[] = CATALOGUE,
): Promise<IndicatorRow[]> {
  const shown = new Set(ids ?? entries.map((e) => e.id));
  const needed = componentsOf(shown, entries);
  const compositeBy = by.filter((b) => b === 'region' || b === 'wave');
  const out: IndicatorRow[] = [];
  const components: IndicatorRow[] = [];
  const composites = entries.filter((e) => e.formula.kind === 'composite');
  for (const entry of [...entries.filter((e) => !composites.includes(e)), ...composites]) {
    if (!shown.has(entry.id) && !needed.has(entry.id)) continue;
    const rows = shown.has(entry.id) ? await runEntry(db, entry, by, sources, components, entries) : [];
    out.push(...rows);
    if (!needed.has(entry.id)) continue;
    components.push(
      ...(shown.has(entry.id) && compositeBy.length === by.length
        ? rows
        : await runEntry(db, entry, compositeBy, sources, [], entries)),
    );
  }
  const order = new Map(entries.map((e, i) => [e.id, i]));
  return out.sort((a, b) => order.get(a.indicator_id)! - order.get(b.indicator_id)!);
}
