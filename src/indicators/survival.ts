import { type Connector, type Row, quoteIdent } from '../core/sql';
import { type KmResult, kaplanMeier } from '../stats/survival';
import type { Entry } from './catalogue/types';
import type { Prepared, Reference } from './prepare';
import { guardPrivacy } from './privacy';
import { type IndicatorRow, emptyRow, expectedKeys, nationalThenRegional, splitKeys } from './rows';
import type { BaseRules } from './status';

/** The start and end date expressions of a Kaplan–Meier entry. */
function datesOf(entry: Entry): { start: string; end: string } {
  if (entry.formula.kind !== 'km_median') throw new Error(`${entry.id}: not a km_median formula`);
  return entry.formula;
}

/**
 * SQL: per group and whole number of days, the rows that ended (events) and those still open (censored at the
 * data's end date: the latest start or end date in the whole table, or `cutoff`, a SQL date, when that is earlier;
 * a row ending after the censoring date is still open then). Only rows matching `where` are counted; rows without a
 * start, starting after the censoring date, or ending before their start are left out.
 */
export function compileSurvivalCounts(
  entry: Entry,
  keys: string[],
  table: string,
  { where = 'TRUE', cutoff }: { where?: string; cutoff?: string } = {},
): string {
  const { start, end } = datesOf(entry);
  const groups = keys.map((k, i) => `${quoteIdent(k)} AS _g${i}, `).join('');
  const last = 'max(greatest(_start, coalesce(_end, _start)))';
  return [
    `WITH _t AS (SELECT *, TRY_CAST((${start}) AS DATE) AS _start, TRY_CAST((${end}) AS DATE) AS _end FROM ${table}),`,
    `_last AS (SELECT ${cutoff ? `least(${last}, ${cutoff})` : last} AS _censor FROM _t)`,
    `SELECT ${groups}date_diff('day', _start, CASE WHEN _end <= _censor THEN _end ELSE _censor END)::DOUBLE AS _time,`,
    'count(*) FILTER (WHERE _end <= _censor)::DOUBLE AS _events,',
    'count(*) FILTER (WHERE _end IS NULL OR _end > _censor)::DOUBLE AS _censored',
    'FROM _t, _last WHERE _start IS NOT NULL AND _start <= _censor AND (_end IS NULL OR _end >= _start)',
    `AND (${where}) GROUP BY ALL`,
  ].join('\n');
}

const plain = (v: unknown) => (typeof v === 'bigint' ? Number(v) : v);

/**
 * Kaplan–Meier curves of a `km_median` entry per group of `keys` (each with its median and interval, as R's
 * survfit): for a district card's curve as much as for the indicator rows.
 */
export async function survivalCurves(
  db: Connector,
  entry: Entry,
  keys: string[],
  src: Prepared,
): Promise<Array<{ key: unknown[]; km: KmResult }>> {
  const found = await db.query<Row>(compileSurvivalCounts(entry, keys, src.table));
  const groups = new Map<string, { key: unknown[]; counts: Row[] }>();
  for (const r of found) {
    const key = keys.map((_, i) => plain(r[`_g${i}`]));
    const id = JSON.stringify(key);
    if (!groups.has(id)) groups.set(id, { key, counts: [] });
    groups.get(id)!.counts.push(r);
  }
  return [...groups.values()].map(({ key, counts }) => ({
    key,
    km: kaplanMeier(
      counts.map((c) => ({ time: Number(c._time), events: Number(c._events), censored: Number(c._censored) })),
    ),
  }));
}

/** A group's row: its median and interval (R's), or no data where it has no rows or never reaches half. */
function toRow(entry: Entry, keys: string[], key: unknown[], km: KmResult | undefined, dropped: string[]) {
  const at = splitKeys(keys, key);
  if (!km || km.median === null) return { ...emptyRow(entry, 'no_data', dropped, at), n: km?.n ?? 0 };
  const { median, ci_low, ci_high, n } = km;
  return { ...emptyRow(entry, 'ok', dropped, at), estimate: median, ci_low, ci_high, n };
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
  const curves = await survivalCurves(db, entry, keys, src);
  const byKey = new Map(curves.map((c) => [JSON.stringify(c.key), c.km]));
  const known = { region: ref.regions.map((r) => r.code), wave: src.waves };
  return expectedKeys(
    keys,
    known,
    curves.map((c) => c.key),
  ).map((key) => {
    const km = byKey.get(JSON.stringify(key));
    return guardPrivacy(entry, toRow(entry, keys, key, km, dropped), [km?.n ?? 0], rules);
  });
}

/**
 * The Kaplan–Meier median time of a `km_median` entry with its 95% interval (R survfit's defaults), nationally and,
 * when asked, by region; always by wave (the start date's year). A group where more than half are still open has
 * no median (`no_data`); an upper bound the curve's band never reaches is null.
 */
export async function runSurvivalEntry(
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
