import type { Component } from './catalogue/types';
import { aggregate, normalise } from './composite';
import type { IndicatorRow } from './rows';

/** One way of building the index: weights per component and how they are aggregated. */
export interface Scenario {
  id: string;
  weights: number[];
  method: 'arithmetic' | 'geometric';
}

/** The regions' component values (in the components' own units), in component order. */
export interface RegionValues {
  code: string;
  values: number[];
}

/** How one scenario moves the ranking against the first (the published definition). */
export interface ScenarioResult {
  id: string;
  spearman: number | null;
  maxShift: number;
  scores: Record<string, number>;
}

export interface Sensitivity {
  scenarios: ScenarioResult[];
  /** Rank of each region under each scenario (1 = highest). */
  ranks: Record<string, Record<string, number>>;
  /** The ranking holds when no alternative moves any region by more than `tolerance` places. */
  holds: boolean;
  tolerance: number;
}

/** The published weights, each component doubled in turn, and the geometric mean with the published weights. */
export function defaultScenarios(components: Component[]): Scenario[] {
  const base = components.map((c) => c.weight);
  return [
    { id: 'published', weights: base, method: 'arithmetic' },
    ...components.map((c, i) => ({
      id: `double:${c.id}`,
      weights: base.map((w, j) => (j === i ? w * 2 : w)),
      method: 'arithmetic' as const,
    })),
    { id: 'geometric', weights: base, method: 'geometric' },
  ];
}

/** Ranks, 1 = highest, ties sharing their mean rank. */
export function rank(scores: number[]): number[] {
  const order = scores.map((s, i) => ({ s, i })).sort((a, b) => b.s - a.s);
  const out = new Array<number>(scores.length);
  for (let a = 0; a < order.length;) {
    let b = a;
    while (b + 1 < order.length && order[b + 1].s === order[a].s) b++;
    for (let k = a; k <= b; k++) out[order[k].i] = (a + b) / 2 + 1;
    a = b + 1;
  }
  return out;
}

/** Spearman's rank correlation: Pearson's correlation of the ranks. */
export function spearman(a: number[], b: number[]): number | null {
  const n = a.length;
  if (n < 2) return null;
  const ra = rank(a),
    rb = rank(b);
  const m = (n + 1) / 2;
  let num = 0,
    da = 0,
    db = 0;
  for (let i = 0; i < n; i++) {
    num += (ra[i] - m) * (rb[i] - m);
    da += (ra[i] - m) ** 2;
    db += (rb[i] - m) ** 2;
  }
  return da && db ? num / Math.sqrt(da * db) : null;
}

/**
 * Recompute the index for every region under each scenario (components min–max normalised on their fixed
 * bounds) and compare the rankings with the first scenario's.
 */
export function sensitivity(
  regions: RegionValues[],
  components: Component[],
  scenarios = defaultScenarios(components),
  tolerance = 2,
): Sensitivity {
  const scored = scenarios.map((s) =>
    regions.map(
      (r) =>
        aggregate(
          r.values.map((v, i) => normalise(v, components[i])),
          s.weights,
          s.method,
        ) ?? NaN,
    ),
  );
  const ranked = scored.map(rank);
  const results = scenarios.map((s, k) => ({
    id: s.id,
    spearman: spearman(scored[0], scored[k]),
    maxShift: Math.max(0, ...ranked[k].map((r, i) => Math.abs(r - ranked[0][i]))),
    scores: Object.fromEntries(regions.map((r, i) => [r.code, scored[k][i]])),
  }));
  const ranks = Object.fromEntries(
    regions.map((r, i) => [r.code, Object.fromEntries(scenarios.map((s, k) => [s.id, ranked[k][i]]))]),
  );
  return { scenarios: results, ranks, holds: results.every((r) => r.maxShift <= tolerance), tolerance };
}

/** The regions of one wave where every component has a value, with those values in component order. */
export function regionValues(rows: IndicatorRow[], components: Component[], wave: number) {
  const byRegion = new Map<string, number[]>();
  const regions = [...new Set(rows.filter((r) => r.region && r.wave === wave).map((r) => r.region!))];
  for (const code of regions) {
    const values = components.map((c) =>
      rows.find((r) => r.indicator_id === c.id && r.region === code && r.wave === wave && !Object.keys(r.by).length),
    );
    if (values.every((v) => v?.status === 'ok'))
      byRegion.set(
        code,
        values.map((v) => v!.estimate!),
      );
  }
  return [...byRegion].map(([code, values]) => ({ code, values }));
}

/**
 * Sensitivity of a composite's regional ranking in one wave, from its components' region rows
 * (and a user's weights).
 */
export function rankingSensitivity(
  rows: IndicatorRow[],
  components: Component[],
  wave: number,
  userWeights: number[] | null = null,
): Sensitivity {
  const yours: Scenario[] =
    userWeights && userWeights.length === components.length
      ? [{ id: 'yours', weights: userWeights, method: 'arithmetic' }]
      : [];
  return sensitivity(regionValues(rows, components, wave), components, [...defaultScenarios(components), ...yours]);
}
