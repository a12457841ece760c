import type { Lang, Localized } from '../core/lang';
import type { TrendPoint } from '../compare/rows';
import { type Entry, GROUPS, type Group, groupOf } from '../indicators/catalogue/types';
import type { IndicatorRow } from '../indicators/rows';
import type { Status } from '../indicators/status';

/** A region at one end of the spread. */
export interface SpreadEnd {
  region: string;
  estimate: number;
}

/** What a dashboard tile shows for one indicator. */
export interface Tile {
  entry: Entry;
  /** The latest national row with a value, else the latest national row (with its status). */
  latest: IndicatorRow | null;
  status: Status;
  trend: TrendPoint[];
  spread: { low: SpreadEnd; high: SpreadEnd; regions: number; of: number } | null;
  target: number | null;
  /**
   * Share of the way from the first value to the target that the latest value has gone
   * (may exceed 1 or be negative).
   */
  progress: number | null;
  /** Where the latest national value stands against the target (see `standingOf`). */
  standing: Standing;
  /** What data would feed the entry, when nothing does. */
  needs: Localized | null;
}

const national = (rows: IndicatorRow[]) => rows.filter((r) => r.region === null && !Object.keys(r.by).length);
const byWave = (a: IndicatorRow, b: IndicatorRow) => (a.wave ?? 0) - (b.wave ?? 0);

/** Progress from a starting value towards a target, as a share of the distance (null when there is no distance). */
export function progressTo(first: number, latest: number, target: number): number | null {
  return target === first ? null : (latest - first) / (target - first);
}

/** Where an indicator stands against its target. */
export type Standing = 'on_track' | 'behind' | 'no_target' | 'unknown';

/**
 * Where a series of national values (oldest first) stands against a target. On track: the latest value has reached
 * the target (it is at it, or past it as seen from the first value), or it is closer to the target than the value
 * before it. Behind: neither. No target: none set. Unknown: a target but no value, or one value short of it.
 * Point estimates only: a move inside the 95% intervals counts.
 */
export function standingOf(values: number[], target: number | null): Standing {
  if (target === null) return 'no_target';
  if (!values.length) return 'unknown';
  const latest = values[values.length - 1];
  if (latest === target || (progressTo(values[0], latest, target) ?? 0) >= 1) return 'on_track';
  if (values.length < 2) return 'unknown';
  const previous = values[values.length - 2];
  return Math.abs(target - latest) < Math.abs(target - previous) ? 'on_track' : 'behind';
}

function spreadOf(rows: IndicatorRow[], wave: number | null): Tile['spread'] {
  const regional = rows.filter((r) => r.region !== null && r.wave === wave && !Object.keys(r.by).length);
  const ok = regional.filter((r) => r.status === 'ok' && r.estimate !== null).sort((a, b) => a.estimate! - b.estimate!);
  if (ok.length < 2) return null;
  const end = (r: IndicatorRow) => ({ region: r.region!, estimate: r.estimate! });
  return { low: end(ok[0]), high: end(ok[ok.length - 1]), regions: ok.length, of: regional.length };
}

/** What data an entry would need when none feeds it: its own text, or its kind of data and columns. */
export function needsOf(entry: Entry, rows: IndicatorRow[]): Localized | null {
  if (entry.formula.kind === 'unavailable') return entry.needs ?? null;
  if (rows.length !== 1 || rows[0].status !== 'no_data' || rows[0].wave !== null) return null;
  const cols = entry.columns.join(', ');
  return { ru: `${entry.dataset}: ${cols}`, kk: `${entry.dataset}: ${cols}`, en: `${entry.dataset}: ${cols}` };
}

/** One tile: latest national value, trend over waves, regional spread in the latest wave, progress to target. */
export function tileOf(entry: Entry, rows: IndicatorRow[], target: number | null): Tile {
  const own = rows.filter((r) => r.indicator_id === entry.id);
  const nat = national(own).sort(byWave);
  const ok = nat.filter((r) => r.status === 'ok' && r.estimate !== null);
  const latest = ok[ok.length - 1] ?? nat[nat.length - 1] ?? null;
  const trend = ok.map((r) => ({ wave: r.wave!, estimate: r.estimate!, ci_low: r.ci_low, ci_high: r.ci_high }));
  const progress =
    target !== null && ok.length >= 2 ? progressTo(ok[0].estimate!, ok[ok.length - 1].estimate!, target) : null;
  const lastWave =
    [...own]
      .filter((r) => r.wave !== null)
      .sort(byWave)
      .pop()?.wave ?? null;
  return {
    entry,
    latest,
    status: latest?.status ?? 'no_data',
    trend,
    target,
    progress,
    standing: standingOf(
      trend.map((p) => p.estimate),
      target,
    ),
    spread: spreadOf(own, ok.length ? latest!.wave : lastWave),
    needs: needsOf(entry, own),
  };
}

/** The dashboard: every entry as a tile, in the strategy's four task groups, by task within each. */
export function dashboardTiles(
  entries: Entry[],
  rows: IndicatorRow[],
  targets: Record<string, number>,
): Record<Group, Tile[]> {
  const out = Object.fromEntries(Object.keys(GROUPS).map((g) => [g, [] as Tile[]])) as Record<Group, Tile[]>;
  const order = Object.values(GROUPS).flat() as string[];
  const sorted = [...entries].sort((a, b) => order.indexOf(a.task) - order.indexOf(b.task));
  for (const e of sorted) out[groupOf(e.task)].push(tileOf(e, rows, targets[e.id] ?? null));
  return out;
}

/** Rows for export: the contract's columns with the indicator's name and task, `by` flattened by the exporter. */
export function exportRecords(rows: IndicatorRow[], entries: Entry[], lang: Lang): Record<string, unknown>[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return rows.map(({ indicator_id, ...rest }) => {
    const e = byId.get(indicator_id);
    return { indicator_id, name: e?.name[lang] ?? indicator_id, task: e?.task ?? null, ...rest };
  });
}
