import { criticalValue } from './ci';
import { welchDf } from './change';

/**
 * An estimate to rank: its key, value, standard error (null: an exact figure, e.g. a registry count) and the design
 * df of its interval (missing or null: normal).
 */
export interface Rankable {
  key: string;
  estimate: number;
  se: number | null;
  df?: number | null;
}

/** A unit's place in a ranking: its rank by point estimate and the ranks it could hold given sampling error. */
export interface RankInterval {
  key: string;
  rank: number;
  low: number;
  high: number;
}

const LEVEL = 0.95;
const part = (x: Rankable) => ({ v: (x.se ?? 0) ** 2, df: x.df ?? Infinity });

/**
 * Whether `a` differs from `b` at `level` (independent estimates): the difference over √(se₁² + se₂²) against t on
 * the Welch–Satterthwaite df of the two design dfs, as the Waves page compares waves. Exact figures differ whenever
 * unequal.
 */
export function differs(a: Rankable, b: Rankable, level = LEVEL): boolean {
  const se = Math.hypot(a.se ?? 0, b.se ?? 0);
  if (se === 0) return a.estimate !== b.estimate;
  return Math.abs(a.estimate - b.estimate) / se > criticalValue(level, welchDf(part(a), part(b)));
}

/**
 * Rank intervals from pairwise comparisons (rank 1 = highest): a unit ranks no better than 1 + the units
 * significantly above it and no worse than n − the units significantly below it. Regions in a stratified design
 * are independent samples, so each pair is compared with √(se₁² + se₂²).
 */
export function rankIntervals(items: Rankable[], level = LEVEL): RankInterval[] {
  const sorted = [...items].sort((a, b) => b.estimate - a.estimate);
  return sorted.map((a, i) => {
    const above = sorted.filter((b) => b.estimate > a.estimate && differs(a, b, level)).length;
    const below = sorted.filter((b) => b.estimate < a.estimate && differs(a, b, level)).length;
    return { key: a.key, rank: i + 1, low: above + 1, high: sorted.length - below };
  });
}

/**
 * Groups of units that cannot be told apart, in ranked order: each group starts at the highest unit not yet
 * grouped and takes every following unit not significantly below it.
 */
export function indistinguishableGroups(items: Rankable[], level = LEVEL): string[][] {
  const sorted = [...items].sort((a, b) => b.estimate - a.estimate);
  const groups: string[][] = [];
  for (let i = 0; i < sorted.length;) {
    const head = sorted[i];
    let j = i + 1;
    while (j < sorted.length && !differs(head, sorted[j], level)) j++;
    groups.push(sorted.slice(i, j).map((x) => x.key));
    i = j;
  }
  return groups;
}

/** A region against the national value: the difference, its SE and whether it is significant at 5%. */
export interface VersusNational {
  difference: number;
  se: number | null;
  significant: boolean;
  direction: 'above' | 'below' | 'same';
}

/**
 * Region minus national when the region is a stratum (or a union of strata) of the national sample: the national
 * estimate includes the region with weight `share` (its weighted share of the base), so
 * Var(r − N) = Var(r)(1 − 2·share) + Var(N), tested on t with the national design's df (the contrast lives in that
 * design). Exact figures (no SE) differ whenever unequal.
 */
export function versusNational(region: Rankable, national: Rankable, share: number, level = LEVEL): VersusNational {
  const difference = region.estimate - national.estimate;
  const exact = region.se === null && national.se === null;
  const v = (region.se ?? 0) ** 2 * (1 - 2 * share) + (national.se ?? 0) ** 2;
  const se = exact ? null : Math.sqrt(Math.max(v, 0));
  const q = criticalValue(level, national.df ?? Infinity);
  const significant = se === null || se === 0 ? difference !== 0 : Math.abs(difference) / se > q;
  return { difference, se, significant, direction: !significant ? 'same' : difference > 0 ? 'above' : 'below' };
}
