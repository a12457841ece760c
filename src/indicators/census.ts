import { type Connector, type Row, quoteIdent } from '../core/sql';
import type { Entry } from './catalogue/types';
import type { Prepared, Reference } from './prepare';
import { guardPrivacy, shownCounts } from './privacy';
import { type IndicatorRow, emptyRow, expectedKeys, nationalThenRegional, splitKeys } from './rows';
import type { BaseRules, Status } from './status';

const num = (e: string) => `sum((${e})::DOUBLE)`;

/** The aggregate columns of a census formula: `_num`, `_den` (when the formula has one) and the base `_n`. */
function aggregates(entry: Entry): string {
  const f = entry.formula;
  switch (f.kind) {
    case 'count': {
      const matching = `count(*) FILTER (WHERE ${f.where ?? 'true'})`;
      return `${matching} AS _num, NULL AS _den, ${matching} AS _n`;
    }
    case 'sum':
      return `${num(f.value)} * ${f.scale ?? 1} AS _num, NULL AS _den, count(${f.value}) AS _n`;
    case 'rate':
      return `${f.value ? num(f.value) : 'count(*)'} AS _num, NULL AS _den, count(*) AS _n`;
    case 'row_share': {
      const valid = f.valid ?? 'true';
      const validCount = `count(*) FILTER (WHERE ${valid})`;
      return `count(*) FILTER (WHERE (${valid}) AND (${f.yes})) AS _num, ${validCount} AS _den, ${validCount} AS _n`;
    }
    case 'row_mean':
      return `${num(f.value)} AS _num, count(${f.value}) AS _den, count(${f.value}) AS _n`;
    case 'ratio_of_sums':
      return `${num(f.num)} AS _num, ${num(f.den)} AS _den, count(*) AS _n`;
    case 'district_share':
    case 'district_population_share':
      return 'count(DISTINCT district) AS _num, NULL AS _den, count(DISTINCT district) AS _n';
    default:
      throw new Error(`${entry.id}: not a census formula (${f.kind})`);
  }
}

/** The SQL of a census entry for one grouping: exact aggregates over every row, no sampling error. */
export function compileCensusEntry(entry: Entry, keys: string[], src: Prepared): string {
  const groups = keys.map((k, i) => `${quoteIdent(k)} AS _g${i}`);
  const select = [...groups, aggregates(entry)].join(', ');
  return `SELECT ${select} FROM ${src.table}${keys.length ? ` GROUP BY ${keys.map((_, i) => i + 1).join(', ')}` : ''}`;
}

/** The population of a region, or of the country when every region's is known; null otherwise. */
function population(ref: Reference, region: string | null): number | null {
  if (region !== null) return ref.regions.find((r) => r.code === region)?.population ?? null;
  return ref.regions.every((r) => r.population) ? ref.regions.reduce((a, r) => a + r.population!, 0) : null;
}

const districtCount = (ref: Reference, region: string | null) =>
  ref.districts.filter((d) => region === null || d.region === region).length;

/** The value of one group, or why it has none. */
function valueOf(
  entry: Entry,
  g: Row | undefined,
  region: string | null,
  ref: Reference,
): { value: number | null; status: Status } {
  const f = entry.formula;
  const n = g ? Number(g._num ?? 0) : 0;
  const den = g?._den === null || g?._den === undefined ? null : Number(g._den);
  const value = (v: number | null, missing: Status = 'no_data') => ({
    value: v,
    status: v === null ? missing : ('ok' as Status),
  });
  switch (f.kind) {
    case 'count':
      return value(n);
    case 'sum':
      return value(g ? n : null);
    case 'rate': {
      const pop = population(ref, region);
      return value(pop ? (n / pop) * f.per : null, 'no_denominator');
    }
    case 'district_share': {
      const d = districtCount(ref, region);
      return value(d ? (n / d) * 100 : null, 'no_denominator');
    }
    case 'district_population_share':
      return value(null, 'no_denominator');
    case 'row_mean':
      return value(den ? n / den : null);
    default:
      return value(den ? (n / den) * 100 : null);
  }
}

function toRow(
  entry: Entry,
  keys: string[],
  key: unknown[],
  g: Row | undefined,
  ref: Reference,
  dropped: string[],
  rules?: BaseRules,
): IndicatorRow {
  const at = splitKeys(keys, key);
  const { value, status } = valueOf(entry, g, at.region, ref);
  const n = g ? Number(g._n) : 0;
  const row = { ...emptyRow(entry, status, dropped, at), estimate: value, n, flags: [] };
  return guardPrivacy(entry, row, shownCounts(entry, g), rules);
}

async function runGrouping(
  db: Connector,
  entry: Entry,
  keys: string[],
  src: Prepared,
  ref: Reference,
  dropped: string[],
  rules?: BaseRules,
) {
  const found = await db.query(compileCensusEntry(entry, keys, src));
  const keyOf = (r: Row) => keys.map((_, i) => (typeof r[`_g${i}`] === 'bigint' ? Number(r[`_g${i}`]) : r[`_g${i}`]));
  const byKey = new Map(found.map((r) => [JSON.stringify(keyOf(r)), r]));
  const known = { region: ref.regions.map((r) => r.code), wave: src.waves };
  return expectedKeys(keys, known, found.map(keyOf)).map((key) =>
    toRow(entry, keys, key, byKey.get(JSON.stringify(key)), ref, dropped, rules),
  );
}

/**
 * Compute a census entry nationally and, when `keys` include region, for every reference region. Always by data
 * year (summing stocks over years would mean nothing), so `wave` is the year even when not asked for. Under the
 * privacy rule a group with a count below the minimum is withheld (`rules.minCount`, else the entry's own).
 */
export async function runCensusEntry(
  db: Connector,
  entry: Entry,
  asked: string[],
  dropped: string[],
  src: Prepared,
  ref: Reference,
  rules?: BaseRules,
): Promise<IndicatorRow[]> {
  return nationalThenRegional(asked, (keys) => runGrouping(db, entry, keys, src, ref, dropped, rules));
}
