/** An estimate to rank: its key, value and standard error (null: an exact figure, e.g. a registry count). */
export interface Rankable {
  key: string;
  estimate: number;
  se: number | null;
}

/** A unit's place in a ranking: its rank by point estimate and the ranks it could hold given sampling error. */
export interface RankInterval {
  key: string;
  rank: number;
  low: number;
  high: number;
}

const Z95 = 1.959963984540054;

/** Whether `a` differs from `b` at the 5% level (independent estimates; exact figures differ whenever unequal). */
export function differs(a: Rankable, b: Rankable, z = Z95): boolean {
  const se = Math.hypot(a.se ?? 0, b.se ?? 0);
  return se === 0 ? a.estimate !== b.estimate : Math.abs(a.estimate - b.estimate) / se > z;
}

/**
 * Rank intervals from pairwise comparisons (rank 1 = highest): a unit ranks no better than 1 + the units
 * significantly above it and no worse than n − the units significantly below it. Regions in a stratified design
 * are independent samples, so each pair is compared with √(se₁² + se₂²).
 */
export function rankIntervals(items: Rankable[], z = Z95): RankInterval[] {
  const sorted = [...items].sort((a, b) => b.estimate - a.estimate);
  return sorted.map((a, i) => {
    const above = sorted.filter((b) => b.estimate > a.estimate && differs(a, b, z)).length;
    const below = sorted.filter((b) => b.estimate < a.estimate && differs(a, b, z)).length;
    return { key: a.key, rank: i + 1, low: above + 1, high: sorted.length - below };
  });
}

/**
 * Groups of units that cannot be told apart, in ranked order: each group starts at the highest unit not yet
 * grouped and takes every following unit not significantly below it.
 */
export function indistinguishableGroups(items: Rankable[], z = Z95): string[][] {
  const sorted = [...items].sort((a, b) => b.estimate - a.estimate);
  const groups: string[][] = [];
  for (let i = 0; i < sorted.length;) {
    const head = sorted[i];
    let j = i + 1;
    while (j < sorted.length && !differs(head, sorted[j], z)) j++;
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
 * Var(r − N) = Var(r)(1 − 2·share) + Var(N). Exact figures (no SE) differ whenever unequal.
 */
export function versusNational(region: Rankable, national: Rankable, share: number, z = Z95): VersusNational {
  const difference = region.estimate - national.estimate;
  const exact = region.se === null && national.se === null;
  const v = (region.se ?? 0) ** 2 * (1 - 2 * share) + (national.se ?? 0) ** 2;
  const se = exact ? null : Math.sqrt(Math.max(v, 0));
  const significant = se === null || se === 0 ? difference !== 0 : Math.abs(difference) / se > z;
  return { difference, se, significant, direction: !significant ? 'same' : difference > 0 ? 'above' : 'below' };
}
