import { type Connector, quoteIdent } from '../core/sql';
import { type AlphaResult, cronbachAlpha } from '../stats/alpha';
import type { Component } from './catalogue/types';
import { SCI_SUBINDICES } from './defs/social-capital';
import type { Prepared } from './prepare';
import type { IndicatorRow } from './run';
import { type Scenario, type Sensitivity, defaultScenarios, sensitivity } from './sensitivity';

/** The social capital index's definition as components: four sub-indices, 0–100 bounds, equal weights. */
export const SCI_COMPONENTS: Component[] = Object.keys(SCI_SUBINDICES).map((id) => ({ id, weight: 1, min: 0, max: 100 }));

/** Cronbach's alpha of each sub-index's item scores in one wave (weighted covariances, complete cases). */
export async function subIndexAlphas(db: Connector, src: Prepared, wave: number): Promise<Record<string, AlphaResult>> {
  const out: Record<string, AlphaResult> = {};
  for (const [id, items] of Object.entries(SCI_SUBINDICES)) {
    out[id] = await cronbachAlpha(db, src.scores ?? src.table, items.map(quoteIdent), { weight: src.design.weights ?? undefined, domain: `wave = ${Number(wave)}`, names: items });
  }
  return out;
}

/** The regions of one wave where every component has a value, with those values in component order. */
export function regionValues(rows: IndicatorRow[], components: Component[], wave: number) {
  const byRegion = new Map<string, number[]>();
  const regions = [...new Set(rows.filter((r) => r.region && r.wave === wave).map((r) => r.region!))];
  for (const code of regions) {
    const values = components.map((c) => rows.find((r) => r.indicator_id === c.id && r.region === code && r.wave === wave && !Object.keys(r.by).length));
    if (values.every((v) => v?.status === 'ok')) byRegion.set(code, values.map((v) => v!.estimate!));
  }
  return [...byRegion].map(([code, values]) => ({ code, values }));
}

/** Sensitivity of a composite's regional ranking in one wave, from its components' region rows (and a user's weights). */
export function rankingSensitivity(rows: IndicatorRow[], components: Component[], wave: number, userWeights: number[] | null = null): Sensitivity {
  const yours: Scenario[] = userWeights && userWeights.length === components.length ? [{ id: 'yours', weights: userWeights, method: 'arithmetic' }] : [];
  return sensitivity(regionValues(rows, components, wave), components, [...defaultScenarios(components), ...yours]);
}
