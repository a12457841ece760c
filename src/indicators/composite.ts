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

const cell = (r: IndicatorRow) => `${r.region}|${r.wave}`;
const STATUS_ORDER = ['not_measured', 'no_denominator', 'suppressed', 'no_data'] as const;

/**
 * The rows of a composite entry from its components' rows (same region × wave cells, those of the first
 * component). A cell has a value only when every component has one; otherwise it takes the weightiest reason.
 */
export function compositeRows(
  entry: Entry,
  components: IndicatorRow[],
  dropped: string[],
  directions: Record<string, Entry['direction']> = {},
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
    const values = of.map((c, i) => normalise(parts[i]!.estimate!, c, directions[c.id] === 'lower'));
    const flags = [...new Set(parts.flatMap((p) => p!.flags))] as Flag[];
    return {
      ...emptyRow(entry, 'ok', dropped, at),
      estimate: aggregate(
        values,
        of.map((c) => c.weight),
      ),
      n: Math.min(...parts.map((p) => p!.n)),
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
