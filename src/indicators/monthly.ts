import type { Connector } from '../core/sql';
import { CATALOGUE, entryById } from './catalogue';
import type { Entry } from './catalogue/types';
import type { Sources } from './prepare';
import type { IndicatorRow } from './rows';
import { runIndicators } from './run';
import type { Status } from './status';

/** One month of a series: its period (`2024-03`), year and month, region (null: national), value and status. */
export interface MonthPoint {
  period: string;
  wave: number;
  month: number;
  region: string | null;
  estimate: number | null;
  n: number;
  status: Status;
}

/**
 * Turn an entry's rows by `month` (with the wave, as the runner always adds it) into a monthly series: every
 * month of every year present, in time order per region. A month without rows is 0 for a count and has no data
 * otherwise; withheld months (privacy) stay withheld.
 */
export function toMonthly(entry: Entry, rows: IndicatorRow[]): MonthPoint[] {
  const found = new Map(rows.map((r) => [`${r.region}|${r.wave}|${r.by.month}`, r]));
  const regions = [...new Set(rows.map((r) => r.region))];
  const waves = [...new Set(rows.map((r) => r.wave).filter((w): w is number => w !== null))].sort((a, b) => a - b);
  const zero = entry.formula.kind === 'count';
  return regions.flatMap((region) =>
    waves.flatMap((wave) =>
      Array.from({ length: 12 }, (_, i) => {
        const r = found.get(`${region}|${wave}|${i + 1}`);
        return {
          period: `${wave}-${String(i + 1).padStart(2, '0')}`,
          wave,
          month: i + 1,
          region,
          estimate: r ? r.estimate : zero ? 0 : null,
          n: r?.n ?? 0,
          status: r?.status ?? (zero ? 'ok' : 'no_data'),
        };
      }),
    ),
  );
}

/**
 * The monthly series of a dated entry (one that allows the `month` breakdown, e.g. `reports_filed`), nationally
 * and, with `byRegion`, for every region: for a line chart of the dynamics, or a seasonal view (by `month`).
 */
export async function monthlySeries(
  db: Connector,
  sources: Sources,
  id: string,
  { byRegion = false, entries = CATALOGUE }: { byRegion?: boolean; entries?: Entry[] } = {},
): Promise<MonthPoint[]> {
  const entry = entryById(id, entries);
  if (!entry || !entry.breakdowns.includes('month')) throw new Error(`${id}: not an entry with a monthly series`);
  const rows = await runIndicators(db, sources, byRegion ? ['region', 'month'] : ['month'], [id], entries);
  return toMonthly(entry, rows);
}
