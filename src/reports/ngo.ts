import type { Connector } from '../data/connector';
import { quoteIdent, quoteLiteral } from '../stats/design';

/** Measures published by legal form × field of activity; the others only by legal form. */
export const COUNT_MEASURES = ['registered', 'active'];

/** What the NGO page shows: one year, one measure, broken down by legal form or field of activity. */
export interface NgoQuery { year: number; measure: string; by: 'legal_form' | 'activity' }

/** A region's row: a value per category and the total. */
export interface NgoRow { region: string; values: Record<string, number>; total: number }

/** The table behind the NGO page: categories present, a row per region, the national row, and the unit. */
export interface NgoTable { categories: string[]; rows: NgoRow[]; national: NgoRow; unit: string }

/** Sum the NGO statistics of one year and measure by region and the chosen breakdown. */
export async function loadNgoTable(db: Connector, q: NgoQuery): Promise<NgoTable> {
  const by = COUNT_MEASURES.includes(q.measure) ? q.by : 'legal_form';
  const got = await db.query<{ region: string; cat: string; value: number; unit: string }>(
    `SELECT region, ${quoteIdent(by)} AS cat, sum(value)::DOUBLE AS value, any_value(unit) AS unit FROM ngo_stats
     WHERE year = ${Number(q.year)} AND measure = ${quoteLiteral(q.measure)} GROUP BY ALL ORDER BY region, cat`,
  );
  const categories = [...new Set(got.map((g) => g.cat))];
  const byRegion = new Map<string, NgoRow>();
  const national: NgoRow = { region: '', values: {}, total: 0 };
  for (const g of got) {
    const row = byRegion.get(g.region) ?? { region: g.region, values: {}, total: 0 };
    row.values[g.cat] = g.value;
    row.total += g.value;
    byRegion.set(g.region, row);
    national.values[g.cat] = (national.values[g.cat] ?? 0) + g.value;
    national.total += g.value;
  }
  return { categories, rows: [...byRegion.values()], national, unit: got[0]?.unit ?? 'count' };
}

/** A value per 10,000 residents, or null where the region has no official population. */
export function per10k(value: number, population: number | null): number | null {
  return population ? (value / population) * 1e4 : null;
}
