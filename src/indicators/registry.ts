import type { Connector } from '../data/connector';
import { quoteIdent } from '../stats/design';
import type { IndicatorRow } from './run';
import type { IndicatorSpec } from './spec';

/** A registry loaded as a table, with the reference denominators its indicators need. */
export interface RegistrySource {
  kind: 'registry';
  table: string;
  /** The data year the registry describes. */
  year: number;
  regions: Array<{ code: string; population: number | null }>;
  districts: Array<{ code: string; region: string }>;
}

interface Counts { rows: number; districts: number }

function row(spec: IndicatorSpec, region: string | null, year: number, est: number | null, n: number, dropped: string[]): IndicatorRow {
  return {
    indicator_id: spec.id, unit: spec.unit, region, wave: year, by: {}, estimate: est, se: null, ci_low: null, ci_high: null,
    n, n_eff: null, status: est === null ? 'no_denominator' : 'ok', flags: [], dropped_by: dropped,
  };
}

/** The value of one area: rows per 100,000 residents (none without a population), or the share of districts covered. */
function value(spec: IndicatorSpec, c: Counts, population: number | null, districts: number): number | null {
  if (spec.estimator === 'per_population') return population ? (c.rows / population) * 1e5 : null;
  return districts ? (c.districts / districts) * 100 : null;
}

/**
 * Compute a registry indicator (a census: no sampling error, so se and CI are null) nationally and by region.
 * The national per-population rate needs every region's population: with any missing it has no denominator.
 */
export async function runRegistryIndicator(db: Connector, spec: IndicatorSpec, by: string[], src: RegistrySource): Promise<IndicatorRow[]> {
  const dropped = by.filter((d) => !spec.dimensions.includes(d));
  const got = await db.query<{ region: string; n: number; d: number }>(
    `SELECT region, count(*)::INT AS n, count(DISTINCT district)::INT AS d FROM ${quoteIdent(src.table)} GROUP BY region`,
  );
  const counts = new Map(got.map((g) => [g.region, { rows: g.n, districts: g.d }]));
  const districtsIn = (code: string) => src.districts.filter((d) => d.region === code).length;
  const total = { rows: got.reduce((a, g) => a + g.n, 0), districts: got.reduce((a, g) => a + g.d, 0) };
  const allPopulations = src.regions.every((r) => r.population);
  const nationalPop = allPopulations ? src.regions.reduce((a, r) => a + r.population!, 0) : null;
  const n = (c: Counts) => (spec.estimator === 'per_population' ? c.rows : c.districts);
  const out = [row(spec, null, src.year, value(spec, total, nationalPop, src.districts.length), n(total), dropped)];
  if (!by.includes('region')) return out;
  for (const r of src.regions) {
    const c = counts.get(r.code) ?? { rows: 0, districts: 0 };
    out.push(row(spec, r.code, src.year, value(spec, c, r.population, districtsIn(r.code)), n(c), dropped));
  }
  return out;
}
