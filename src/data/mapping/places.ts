import { type Connector, quoteIdent, quoteLiteral } from '../../core/sql';
import { type DistrictMatch, matchDistricts } from '../district-match';
import type { District, Region } from '../reference';
import { distinctValues } from '../region-apply';
import { type RegionMatch, matchRegions } from '../region-match';
import { lookupCase } from './convert';
import type { MappingChoice } from './memory';

/** The reference a region or district column is matched to. */
export interface PlaceRef {
  regions: Region[];
  districts: District[];
  /** Pre-2022 alpha codes → today's codes (`pre2022Codes`). */
  pre2022?: Record<string, string[]>;
}

/** Every distinct value of the mapped region and district columns, with its rows and the code it was given. */
export interface PlaceMatches {
  /** The file's region column (null: none mapped). */
  regionColumn: string | null;
  districtColumn: string | null;
  regions: (RegionMatch & { n: number })[];
  districts: (DistrictMatch & { n: number })[];
}

/** The key of a district value in `MappingChoice.districts`: its row's region code and the value. */
export const districtKey = (region: string | null, value: string) => `${region ?? ''}|${value}`;

/** Unmatched first, then the most rows. */
const order = (a: { code: string | null; n: number }, b: { code: string | null; n: number }) =>
  Number(!!a.code) - Number(!!b.code) || b.n - a.n;

/** SQL: the district code of a row, looked up by its region code and its district value as written. */
export function districtCase(region: string, value: string, matches: DistrictMatch[]): string {
  const byRegion = new Map<string | null, Record<string, string | null>>();
  for (const m of matches) byRegion.set(m.region, { ...byRegion.get(m.region), [m.value]: m.code });
  const inner = (r: string | null) => lookupCase(value, byRegion.get(r) ?? {});
  const named = [...byRegion.keys()].filter((r): r is string => r !== null);
  if (!named.length) return inner(null);
  const whens = named.map((r) => `WHEN ${quoteLiteral(r)} THEN ${inner(r)}`).join(' ');
  return `CASE ${region} ${whens} ELSE ${inner(null)} END`;
}

/** The region codes of a column's values: matched as for surveys, then the codes chosen by hand. */
export async function matchRegionColumn(
  db: Connector,
  table: string,
  column: string,
  ref: PlaceRef,
  chosen: MappingChoice['regions'],
): Promise<(RegionMatch & { n: number })[]> {
  const values = (await distinctValues(db, table, column)).filter((v) => v.value.trim() !== '');
  const found = matchRegions(
    values.map((v) => v.value),
    ref.regions,
    ref.pre2022,
  );
  return found
    .map((m, i) => ({
      ...m,
      n: Number(values[i].n),
      ...(Object.hasOwn(chosen, m.value) ? { code: chosen[m.value] } : {}),
    }))
    .sort(order);
}

/**
 * The district codes of a column's values, each matched within the region its row was given (`region`: the SQL
 * of the row's region code, or NULL), then the codes chosen by hand.
 */
export async function matchDistrictColumn(
  db: Connector,
  table: string,
  column: string,
  region: string,
  ref: PlaceRef,
  chosen: MappingChoice['districts'],
): Promise<(DistrictMatch & { n: number })[]> {
  const q = `CAST(${quoteIdent(column)} AS VARCHAR)`;
  const pairs = await db.query<{ r: string | null; v: string; n: number }>(
    `SELECT ${region} AS r, ${q} AS v, count(*) AS n FROM ${quoteIdent(table)} ` +
      `WHERE ${q} IS NOT NULL AND trim(${q}) <> '' GROUP BY 1, 2 ORDER BY n DESC, v`,
  );
  const found = matchDistricts(
    pairs.map((p) => ({ region: p.r, value: p.v })),
    ref.districts,
  );
  return found
    .map((m, i) => {
      const key = districtKey(m.region, m.value);
      return { ...m, n: Number(pairs[i].n), ...(Object.hasOwn(chosen, key) ? { code: chosen[key] } : {}) };
    })
    .sort(order);
}
