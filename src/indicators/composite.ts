import { type Combined, deltaMethod } from '../stats/joint';
import type { Component, Entry } from './catalogue/types';
import { type IndicatorRow, emptyRow } from './rows';
import type { Flag } from './status';

/** A component's value rescaled to 0–100 on its fixed bounds (clamped), reversed when lower is better. */
export function normalise(x: number, c: Component, lowerIsBetter = false): number {
  const v = Math.min(100, Math.max(0, ((x - c.min) / (c.max - c.min)) * 100));
  return lowerIsBetter ? 100 - v : v;
}

/**
 * Aggregate normalised components: the weighted arithmetic mean, or the weighted geometric mean (a 0 in any
 * component gives 0: no compensation). Weights need not sum to 1.
 */
export function aggregate(
  values: number[],
  weights: number[],
  method: 'arithmetic' | 'geometric' = 'arithmetic',
): number | null {
  const total = weights.reduce((a, w) => a + w, 0);
  if (!(total > 0) || values.length !== weights.length) return null;
  if (method === 'arithmetic') return values.reduce((a, v, i) => a + v * weights[i], 0) / total;
  if (values.some((v, i) => v <= 0 && weights[i] > 0)) return 0;
  return Math.exp(values.reduce((a, v, i) => a + (weights[i] ? weights[i] * Math.log(v) : 0), 0) / total);
}

/** The derivative of `normalise` in x: 0 where the bounds clamp it. */
function normaliseSlope(x: number, c: Component, lowerIsBetter = false): number {
  if (x < c.min || x > c.max) return 0;
  return ((lowerIsBetter ? -1 : 1) * 100) / (c.max - c.min);
}

/** The gradient of `aggregate` in its values (0 where the geometric mean is 0 and has none). */
export function aggregateGradient(
  values: number[],
  weights: number[],
  method: 'arithmetic' | 'geometric' = 'arithmetic',
): number[] {
  const total = weights.reduce((a, w) => a + w, 0);
  if (method === 'arithmetic') return weights.map((w) => w / total);
  const g = aggregate(values, weights, method) ?? 0;
  return values.map((v, i) => (g > 0 && weights[i] ? (g * weights[i]) / total / v : 0));
}

/** Where a composite's components come from a design: their covariance (in their own units), df, base. */
export interface CompositeUncertainty {
  cov: number[][];
  df: number | null;
  /** Unweighted n and Kish n_eff of the smallest survey component (null without one). */
  n: number | null;
  n_eff: number | null;
}

/** How a composite is built: weights and method, components with fixed bounds and directions. */
export interface CompositeSpec {
  components: Component[];
  weights: number[];
  method: 'arithmetic' | 'geometric';
  lower: boolean[];
}

/** A composite of component values (their own units) with its delta-method SE and t interval. */
export function combine(x: number[], spec: CompositeSpec, u: CompositeUncertainty | undefined): Combined | null {
  const c = spec.components;
  const values = x.map((v, i) => normalise(v, c[i], spec.lower[i]));
  const estimate = aggregate(values, spec.weights, spec.method);
  if (estimate === null) return null;
  if (!u) return { estimate, se: null, ci_low: null, ci_high: null, df: null };
  const outer = aggregateGradient(values, spec.weights, spec.method);
  const gradient = x.map((v, i) => outer[i] * normaliseSlope(v, c[i], spec.lower[i]));
  return deltaMethod(estimate, gradient, u.cov, u.df);
}

const cell = (r: IndicatorRow) => `${r.region}|${r.wave}`;
const STATUS_ORDER = ['not_measured', 'no_denominator', 'suppressed', 'no_data'] as const;

/** The key of a region × wave cell of a composite (region null: national). */
export const cellKey = (region: string | null, wave: number | null) => `${region}|${wave}`;

/**
 * The rows of a composite entry from its components' rows (same region × wave cells, those of the first
 * component). A cell has a value only when every component has one; otherwise it takes the weightiest reason.
 * With the survey components' covariance by cell (`uncertainty`), each value gets its SE and t interval; the
 * base is the smallest survey component's; status and flags are the worst of the parts'.
 */
export function compositeRows(
  entry: Entry,
  components: IndicatorRow[],
  dropped: string[],
  directions: Record<string, Entry['direction']> = {},
  uncertainty: Map<string, CompositeUncertainty> = new Map(),
): IndicatorRow[] {
  if (entry.formula.kind !== 'composite') throw new Error(`${entry.id}: not a composite`);
  const of = entry.formula.of;
  const byId = new Map(
    of.map((c) => [
      c.id,
      new Map(components.filter((r) => r.indicator_id === c.id && !Object.keys(r.by).length).map((r) => [cell(r), r])),
    ]),
  );
  const cells = [...(byId.get(of[0].id)?.values() ?? [])];
  return cells.map((first) => {
    const parts = of.map((c) => byId.get(c.id)!.get(cell(first)));
    const at = { region: first.region, wave: first.wave };
    const bad = STATUS_ORDER.find((s) => parts.some((p) => (p?.status ?? 'no_data') === s));
    if (bad || parts.some((p) => p?.status !== 'ok')) return emptyRow(entry, bad ?? 'no_data', dropped, at);
    const spec = {
      components: of,
      weights: of.map((c) => c.weight),
      method: 'arithmetic' as const,
      lower: of.map((c) => directions[c.id] === 'lower'),
    };
    const u = uncertainty.get(cellKey(at.region, at.wave));
    const value = combine(
      parts.map((p) => p!.estimate!),
      spec,
      u,
    );
    const flags = [...new Set(parts.flatMap((p) => p!.flags))] as Flag[];
    return {
      ...emptyRow(entry, 'ok', dropped, at),
      estimate: value?.estimate ?? null,
      se: value?.se ?? null,
      ci_low: value?.ci_low ?? null,
      ci_high: value?.ci_high ?? null,
      df: value?.df ?? null,
      n: u?.n ?? Math.min(...parts.map((p) => p!.n)),
      n_eff: u?.n_eff ?? null,
      flags,
    };
  });
}

/**
 * The entries with a user's weights put into their composites
 * (ids without weights, or of the wrong length, unchanged).
 */
export function withWeights(entries: Entry[], weights: Record<string, number[]>): Entry[] {
  return entries.map((e) => {
    const w = weights[e.id];
    if (e.formula.kind !== 'composite' || !w || w.length !== e.formula.of.length) return e;
    return { ...e, formula: { ...e.formula, of: e.formula.of.map((c, i) => ({ ...c, weight: w[i] })) } };
  });
}
