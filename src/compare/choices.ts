import type { Lang, Localized } from '../core/lang';
import { CATALOGUE } from '../indicators/catalogue';
import { type Entry, GROUPS, type Group, groupOf } from '../indicators/catalogue/types';
import type { IndicatorRow } from '../indicators/rows';
import { FACETS, type Facet, type Level } from './state';

/** Entries that can be compared across regions: they allow a regional breakdown and some data could feed them. */
export const COMPARABLE: Entry[] = CATALOGUE.filter(
  (e) => e.breakdowns.includes('region') && e.formula.kind !== 'unavailable',
);

/** The comparable entries in the strategy's task groups, for a grouped indicator picker. */
export function comparableByGroup(): { group: Group; entries: Entry[] }[] {
  return (Object.keys(GROUPS) as Group[])
    .map((group) => ({ group, entries: COMPARABLE.filter((e) => groupOf(e.task) === group) }))
    .filter((g) => g.entries.length);
}

/** Waves (or years) in which an entry has rows, ascending; `fallback` while none are known. */
export function wavesOf(rows: IndicatorRow[] | null, fallback: number[]): number[] {
  const ws = [...new Set((rows ?? []).map((r) => r.wave).filter((w): w is number => w !== null))].sort((a, b) => a - b);
  return ws.length ? ws : fallback;
}

/** The breakdowns an entry allows among those the comparison offers (urban/rural, sex, age group, language). */
export function facetsOf(entry: Entry): Facet[] {
  return FACETS.filter((f) => (entry.breakdowns as string[]).includes(f));
}

/** Labels of a breakdown's codes from a codebook variable's value labels (the code itself where unlabelled). */
export function levelLabels(values: Record<string, Localized> | undefined, lang: Lang): Record<string, string> {
  return Object.fromEntries(Object.entries(values ?? {}).map(([code, l]) => [code, l[lang] ?? code]));
}

/** Map levels an entry has data for: today's regions always, districts and the pre-2022 units where it allows them. */
export function levelsOf(entry: Entry): Level[] {
  const b = entry.breakdowns as string[];
  return [
    'region',
    ...(b.includes('district') ? ['district' as const] : []),
    ...(b.includes('region_source') ? ['pre2022' as const] : []),
  ];
}
