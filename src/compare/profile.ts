import { type TrendPoint, type RegionLine, isAdditive, regionLines } from './rows';
import type { Entry } from '../indicators/catalogue/types';
import type { IndicatorRow } from '../indicators/rows';

/**
 * One indicator in a region's profile: the region's line in its latest wave with a value, the national row
 * and the trend.
 */
export interface ProfileLine {
  entry: Entry;
  wave: number;
  line: RegionLine;
  national: IndicatorRow | null;
  /** Regions ranked in that wave. */
  of: number;
  trend: TrendPoint[];
}

const plain = (r: IndicatorRow) => !Object.keys(r.by).length;

/**
 * A region against the national value on every entry with a value for it: the latest wave in which the region
 * has an estimate (or a status, if it never has one), rank interval among the regions, and its trend.
 */
export function profileLines(
  entries: Entry[],
  rows: IndicatorRow[],
  code: string,
  names: Record<string, string>,
): ProfileLine[] {
  const byEntry = new Map<string, IndicatorRow[]>();
  for (const r of rows.filter(plain)) byEntry.set(r.indicator_id, [...(byEntry.get(r.indicator_id) ?? []), r]);
  return entries.flatMap((entry) => {
    const own = byEntry.get(entry.id) ?? [];
    const mine = own.filter((r) => r.region === code && r.wave !== null).sort((a, b) => a.wave! - b.wave!);
    const latest = [...mine].reverse().find((r) => r.status === 'ok') ?? null;
    if (!latest) return [];
    const wave = latest.wave!;
    const regional = own.filter((r) => r.wave === wave && r.region !== null);
    const national = own.filter((r) => r.wave === wave && r.region === null);
    const line = regionLines(regional, national, names, null, isAdditive(entry, 'none')).find((l) => l.code === code)!;
    const trend = mine
      .filter((r) => r.status === 'ok' && r.estimate !== null)
      .map((r) => ({ wave: r.wave!, estimate: r.estimate!, ci_low: r.ci_low, ci_high: r.ci_high }));
    return [
      {
        entry,
        wave,
        line,
        national: national.find((r) => r.status === 'ok') ?? null,
        of: regional.filter((r) => r.status === 'ok').length,
        trend,
      },
    ];
  });
}
