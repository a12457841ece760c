import type { Lang } from '../core/lang';
import type { T } from '../i18n/t';
import { GROUPS, type Group, type Task } from '../indicators/catalogue/types';
import type { Status } from '../indicators/status';
import type { Tile } from './dashboard-view';

/**
 * The key indicator of each task: the one the strategy's table names for it (spec §2; for I1 the roll-up of the KPI
 * rubric, for P1 trust in civil-society institutions, for P2 proposals adopted, for S3 active NGOs, for S2 the first
 * of its two indicators, neither of which has a source yet).
 */
export const TASK_KEYS: Record<Task, string> = {
  I1: 'kpi_overall_high_pct',
  I2: 'satisfied_services_pct',
  I3: 'csdi',
  P1: 'trust_civil_society',
  P2: 'proposals_adopted',
  P3: 'involved_decisions_pct',
  S1: 'used_centre_services',
  S2: 'partnership_projects',
  S3: 'ngo_active',
  D1: 'sci',
};

/** Which tiles the page shows: every one, those with a national value, those lacking data, those behind target. */
export const SHOWS = ['all', 'computed', 'missing', 'behind'] as const;
export type Show = (typeof SHOWS)[number];

/** A task on the scorecard: its key tile (null when filtered out) and the rest of its tiles that pass the filter. */
export interface TaskCard {
  task: Task;
  key: Tile | null;
  others: Tile[];
}

/** What a tile counts as: computed (it has a national value), needing data not loaded, or why it has no value. */
export type Availability = 'computed' | 'needs_data' | Exclude<Status, 'ok'>;

/** The availability of a tile; every tile has exactly one. */
export function availabilityOf(tile: Tile): Availability {
  if (tile.trend.length) return 'computed';
  if (tile.needs) return 'needs_data';
  return tile.status === 'ok' ? 'no_data' : tile.status;
}

const ORDER: Availability[] = ['computed', 'needs_data', 'no_denominator', 'suppressed', 'not_measured', 'no_data'];

/** How many tiles there are and how many of each availability (non-zero parts only, in a fixed order; they add up). */
export function countTiles(tiles: Tile[]): { total: number; parts: [Availability, number][] } {
  const n = (a: Availability) => tiles.filter((x) => availabilityOf(x) === a).length;
  return { total: tiles.length, parts: ORDER.map((a) => [a, n(a)] as [Availability, number]).filter(([, k]) => k) };
}

/** The count sentence: "86 indicators: 60 computed from the loaded data, 20 need data that is not loaded, …". */
export function countSentence(counts: ReturnType<typeof countTiles>, t: T): string {
  const parts = counts.parts.map(([a, n]) => t(`dash.count.${a}`, { n })).join(', ');
  return t('dash.counts', { total: t('dash.count.total', { n: counts.total }), parts });
}

const fold = (text: string, lang: Lang) => text.toLocaleLowerCase(lang).replaceAll('ё', 'е').replace(/\s+/g, ' ');

/** Does a tile pass the search (its name in the UI language contains the query) and the filter? */
export function passes(tile: Tile, query: string, show: Show, lang: Lang): boolean {
  const q = fold(query.trim(), lang);
  if (q && !fold(tile.entry.name[lang], lang).includes(q)) return false;
  if (show === 'computed') return availabilityOf(tile) === 'computed';
  if (show === 'missing') return availabilityOf(tile) === 'needs_data';
  if (show === 'behind') return tile.standing === 'behind';
  return true;
}

/**
 * The scorecard: the four task groups, each task with its key tile first and its other tiles in catalogue order,
 * keeping only tiles that pass the search and filter (tasks and groups left empty are dropped).
 */
export function scorecard(
  tiles: Tile[],
  { query = '', show = 'all', lang }: { query?: string; show?: Show; lang: Lang },
): { group: Group; tasks: TaskCard[] }[] {
  const ok = (x: Tile) => passes(x, query, show, lang);
  const cardOf = (task: Task): TaskCard => {
    const own = tiles.filter((x) => x.entry.task === task);
    const key = own.find((x) => x.entry.id === TASK_KEYS[task]) ?? null;
    return { task, key: key && ok(key) ? key : null, others: own.filter((x) => x !== key && ok(x)) };
  };
  return (Object.keys(GROUPS) as Group[])
    .map((group) => ({
      group,
      tasks: (GROUPS[group] as readonly Task[]).map(cardOf).filter((c) => c.key || c.others.length),
    }))
    .filter((g) => g.tasks.length);
}

/** How many tiles a scorecard shows. */
export function shownCount(card: ReturnType<typeof scorecard>): number {
  return card.flatMap((g) => g.tasks).reduce((n, c) => n + (c.key ? 1 : 0) + c.others.length, 0);
}
