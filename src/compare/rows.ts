import type { Key } from '../i18n/t';
import type { Entry } from '../indicators/catalogue/types';
import type { IndicatorRow } from '../indicators/rows';
import type { Flag, Status } from '../indicators/status';
import { type RankInterval, indistinguishableGroups, rankIntervals, versusNational } from '../stats/ranks';
import type { Per } from './state';

/** One wave's value with its interval (null where it has none): a point of a trend. */
export interface TrendPoint {
  wave: number;
  estimate: number;
  ci_low: number | null;
  ci_high: number | null;
}

/** One region's line in every comparison view and export: the same numbers in the map, ranking and table. */
export interface RegionLine {
  code: string;
  name: string;
  /** The breakdown level (urban/rural, sex…), '' without a breakdown. */
  group: string;
  estimate: number | null;
  ci_low: number | null;
  ci_high: number | null;
  n: number;
  status: Status;
  flags: Flag[];
  rank: number | null;
  rank_low: number | null;
  rank_high: number | null;
  /** Indistinguishable group (1 = the top group), null where not ranked. */
  rank_group: number | null;
  vs_national: 'above' | 'below' | 'same' | null;
}

/** An estimate shown as drawn: flagged values hatched everywhere, suppressed ones hatched grey, never a bare number. */
export type Look = 'solid' | 'flagged' | 'suppressed' | 'missing';
export function lookOf(line: { status: Status; flags: Flag[] }): Look {
  if (line.status === 'suppressed') return 'suppressed';
  if (line.status !== 'ok') return 'missing';
  return line.flags.length ? 'flagged' : 'solid';
}

/**
 * The text key of a line's comparison with the national value: "significantly" for estimates,
 * plain for exact figures.
 */
export function vsKey(line: { vs_national: RegionLine['vs_national']; ci_low: number | null }): Key | null {
  if (!line.vs_national) return null;
  return line.ci_low === null ? `cmp.vsExact.${line.vs_national}` : `cmp.vs.${line.vs_national}`;
}

const isCount = (e: Entry) => e.formula.kind === 'count' || e.formula.kind === 'sum';
/** Counts and sums shown as they are: a region's part of the national total, not comparable with it. */
export const isAdditive = (e: Entry, per: Per) => isCount(e) && per === 'none';
/** Whether an entry's values can be shown per 100,000 or 10,000 people. */
export const perCapitaAllowed = isCount;

/** A row per head of population (per 100,000 or 10,000); a region without a population gets no value. */
export function perCapita(row: IndicatorRow, per: Per, population: number | null): IndicatorRow {
  if (per === 'none') return row;
  if (population === null || !population || row.estimate === null)
    return {
      ...row,
      estimate: null,
      ci_low: null,
      ci_high: null,
      se: null,
      status: row.status === 'ok' ? 'no_denominator' : row.status,
    };
  const k = (per === '100k' ? 100_000 : 10_000) / population;
  const s = (x: number | null) => (x === null ? null : x * k);
  return { ...row, estimate: s(row.estimate), ci_low: s(row.ci_low), ci_high: s(row.ci_high), se: s(row.se) };
}

/**
 * Every row per head when `per` asks for it: regional rows by their region's population,
 * national ones by the country's.
 */
export function perHeadRows(rows: IndicatorRow[], per: Per, population: Populations): IndicatorRow[] {
  if (per === 'none') return rows;
  return rows.map((r) =>
    perCapita(r, per, r.region === null ? population.national : (population.byRegion[r.region] ?? null)),
  );
}

/** The unit values are shown in: the entry's own, or a rate when counts are shown per head. */
export const shownUnit = (e: Entry, per: Per): string => (per === 'none' ? e.unit : 'per_100k');

/** The unit of a difference between two values of `unit`: percentage points for percentages. */
export const changeUnit = (unit: string): string => (unit === 'percent' ? 'points' : unit);

export interface Populations {
  byRegion: Record<string, number | null>;
  national: number | null;
}

/** Population of each region and of the country (null where any region lacks one). */
export function populations(regions: { code: string; population: number | null }[]): Populations {
  const byRegion = Object.fromEntries(regions.map((r) => [r.code, r.population]));
  const all = regions.map((r) => r.population);
  return { byRegion, national: all.every((p) => p !== null) ? all.reduce((a, b) => a! + b!, 0) : null };
}

/** Rows of one entry in one wave: regional (region set) and national (region null), optionally one breakdown level. */
export function waveRows(rows: IndicatorRow[], id: string, wave: number, by: string | null) {
  const here = rows.filter(
    (r) => r.indicator_id === id && r.wave === wave && (by ? by in r.by : !Object.keys(r.by).length),
  );
  return { regional: here.filter((r) => r.region !== null), national: here.filter((r) => r.region === null) };
}

const groupOf = (r: IndicatorRow, by: string | null) => (by ? String(r.by[by] ?? '') : '');
const rankable = (r: IndicatorRow) => ({ key: r.region!, estimate: r.estimate!, se: r.se, df: r.df });

function ranked(ok: IndicatorRow[]): { intervals: Map<string, RankInterval>; groups: Map<string, number> } {
  const items = ok.map(rankable);
  const intervals = new Map(rankIntervals(items).map((x) => [x.key, x]));
  const groups = new Map(indistinguishableGroups(items).flatMap((g, i) => g.map((k) => [k, i + 1] as const)));
  return { intervals, groups };
}

/**
 * Region lines for a wave (and breakdown): ranks with rank intervals and indistinguishable groups among the regions
 * with an estimate, and each region against the national value of its group (not for `additive` figures — counts and
 * sums, where the national value is the total of the regions').
 */
export function regionLines(
  regional: IndicatorRow[],
  national: IndicatorRow[],
  names: Record<string, string>,
  by: string | null,
  additive = false,
): RegionLine[] {
  const groups = [...new Set(regional.map((r) => groupOf(r, by)))];
  return groups.flatMap((g) => {
    const rows = regional.filter((r) => groupOf(r, by) === g);
    const nat = national.find((r) => groupOf(r, by) === g && r.status === 'ok' && r.estimate !== null);
    const ok = rows.filter((r) => r.status === 'ok' && r.estimate !== null);
    const { intervals, groups: tiers } = ranked(ok);
    return rows
      .map((r) => {
        const iv = intervals.get(r.region!);
        const share = nat && nat.n ? r.n / nat.n : 0;
        const vs = nat && iv && !additive ? versusNational(rankable(r), rankable(nat), share).direction : null;
        return {
          code: r.region!,
          name: names[r.region!] ?? r.region!,
          group: g,
          estimate: r.estimate,
          ci_low: r.ci_low,
          ci_high: r.ci_high,
          n: r.n,
          status: r.status,
          flags: r.flags,
          rank: iv?.rank ?? null,
          rank_low: iv?.low ?? null,
          rank_high: iv?.high ?? null,
          rank_group: tiers.get(r.region!) ?? null,
          vs_national: vs,
        };
      })
      .sort(
        (a, b) => a.group.localeCompare(b.group) || (a.rank ?? 99) - (b.rank ?? 99) || a.name.localeCompare(b.name),
      );
  });
}
