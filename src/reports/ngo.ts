import { type Connector, quoteIdent } from '../core/sql';

/** The measures of the `ngo_stats` table (one column each) and their units; money is in thousand tenge. */
export const NGO_UNITS: Record<string, string> = {
  registered: 'count',
  active: 'count',
  employees: 'persons',
  volunteers: 'persons',
  wage_fund: 'thousand_kzt',
  output: 'thousand_kzt',
  sponsorship: 'thousand_kzt',
  taxes: 'thousand_kzt',
  foreign_funding: 'thousand_kzt',
  state_order_contracts: 'count',
  state_order_amount: 'thousand_kzt',
};

/** Measures counted in NGOs, for which a rate per 10,000 residents is shown. */
export const COUNT_MEASURES = ['registered', 'active'];

/** What the NGO page shows: one year, one measure, broken down by legal form or field of activity. */
export interface NgoQuery {
  year: number;
  measure: string;
  by: 'legal_form' | 'activity';
}

/** A region's row: a value per category and the total. */
export interface NgoRow {
  region: string;
  values: Record<string, number>;
  total: number;
}

/** The table behind the NGO page: categories present, a row per region, the national row, and the unit. */
export interface NgoTable {
  categories: string[];
  rows: NgoRow[];
  national: NgoRow;
  unit: string;
}

/** Sum the NGO statistics of one year and measure by region and the chosen breakdown. */
export async function loadNgoTable(db: Connector, q: NgoQuery): Promise<NgoTable> {
  if (!NGO_UNITS[q.measure]) throw new Error(`unknown NGO measure: ${q.measure}`);
  const by = q.by === 'activity' ? 'activity' : 'legal_form';
  const got = await db.query<{ region: string; cat: string; value: number }>(
    `SELECT region, ${quoteIdent(by)} AS cat, sum(${quoteIdent(q.measure)})::DOUBLE AS value FROM ngo_stats
     WHERE year = ${Number(q.year)} GROUP BY ALL ORDER BY region, cat`,
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
  return { categories, rows: [...byRegion.values()], national, unit: NGO_UNITS[q.measure] };
}

/** A value per 10,000 residents, or null where the region has no official population. */
export function per10k(value: number, population: number | null): number | null {
  return population ? (value / population) * 1e4 : null;
}
