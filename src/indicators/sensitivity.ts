import type { Combined } from '../stats/joint';
import type { Component } from './catalogue/types';
import { type CompositeUncertainty, cellKey, combine } from './composite';
import type { IndicatorRow } from './rows';

/** One way of building the index: weights per component and how they are aggregated. */
export interface Scenario {
  id: string;
  weights: number[];
  method: 'arithmetic' | 'geometric';
}

/** One region's value under one scenario, with its design-based SE and interval (null for exact figures). */
export type ScenarioScore = Combined;

/** A region's values under each scenario, in scenario order. */
export interface RegionScores {
  code: string;
  scores: ScenarioScore[];
}

/** How one scenario moves the ranking against the first (the published definition). */
export interface ScenarioResult {
  id: string;
  spearman: number | null;
  maxShift: number;
  scores: Record<string, ScenarioScore>;
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

/** The published scenarios and, when given (one weight per component), the user's own weights. */
export function scenariosFor(components: Component[], userWeights: number[] | null = null): Scenario[] {
  const yours: Scenario[] =
    userWeights && userWeights.length === components.length
      ? [{ id: 'yours', weights: userWeights, method: 'arithmetic' }]
      : [];
  return [...defaultScenarios(components), ...yours];
}

/** Rank the regions under each scenario and compare each ranking with the first scenario's. */
export function sensitivity(regions: RegionScores[], scenarios: Scenario[], tolerance = 2): Sensitivity {
  const scored = scenarios.map((_, k) => regions.map((r) => r.scores[k]?.estimate ?? NaN));
  const ranked = scored.map(rank);
  const results = scenarios.map((s, k) => ({
    id: s.id,
    spearman: spearman(scored[0], scored[k]),
    maxShift: Math.max(0, ...ranked[k].map((r, i) => Math.abs(r - ranked[0][i]))),
    scores: Object.fromEntries(regions.map((r) => [r.code, r.scores[k]])),
  }));
  const ranks = Object.fromEntries(
    regions.map((r, i) => [r.code, Object.fromEntries(scenarios.map((s, k) => [s.id, ranked[k][i]]))]),
  );
  return { scenarios: results, ranks, holds: results.every((r) => r.maxShift <= tolerance), tolerance };
}

const regionRow = (rows: IndicatorRow[], id: string, code: string, wave: number) =>
  rows.find((r) => r.indicator_id === id && r.region === code && r.wave === wave && !Object.keys(r.by).length);

/**
 * A composite of indicators under each scenario, region by region in one wave: each a function of the components'
 * values (regions where every one is computed), its SE from their covariance at the respondent level.
 */
export function compositeScenarioScores(
  rows: IndicatorRow[],
  uncertainty: Map<string, CompositeUncertainty>,
  components: Component[],
  lower: boolean[],
  wave: number,
  scenarios: Scenario[],
): RegionScores[] {
  const regions = [...new Set(rows.filter((r) => r.region && r.wave === wave).map((r) => r.region!))];
  return regions.flatMap((code) => {
    const parts = components.map((c) => regionRow(rows, c.id, code, wave));
    if (!parts.every((p) => p?.status === 'ok')) return [];
    const x = parts.map((p) => p!.estimate!);
    const u = uncertainty.get(cellKey(code, wave));
    const scores = scenarios.map((s) => combine(x, { components, weights: s.weights, method: s.method, lower }, u));
    return scores.every((v) => v !== null) ? [{ code, scores: scores as ScenarioScore[] }] : [];
  });
}
