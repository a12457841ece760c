import { type Connector, quoteIdent } from '../core/sql';
import { deltaMethod, jointMeans } from '../stats/joint';
import type { Component, Entry } from './catalogue/types';
import { compositeUncertainty } from './composite-design';
import type { Sources } from './prepare';
import type { IndicatorRow } from './rows';
import {
  type RegionScores,
  type Scenario,
  type Sensitivity,
  compositeScenarioScores,
  scenariosFor,
  sensitivity,
} from './sensitivity';
import { SCI_COMPONENTS } from './social-capital';

/**
 * A respondent's score under a scenario, from the components' score columns: the weighted arithmetic or geometric
 * mean (0 in a weighted component gives 0), NULL unless every component is valid (the index's own base).
 */
export function scenarioScoreSql(columns: string[], s: Scenario): string {
  const c = columns.map(quoteIdent);
  const total = s.weights.reduce((a, w) => a + w, 0);
  const used = c.filter((_, i) => s.weights[i] > 0);
  const value =
    s.method === 'arithmetic'
      ? `(${c.map((x, i) => `${s.weights[i]} * ${x}`).join(' + ')}) / ${total}`
      : `CASE WHEN least(${used.join(', ')}) <= 0 THEN 0.0 ELSE exp((${used
          .map((x) => `${s.weights[c.indexOf(x)]} * ln(${x})`)
          .join(' + ')}) / ${total}) END`;
  return `CASE WHEN ${c.map((x) => `${x} IS NOT NULL`).join(' AND ')} THEN ${value} END`;
}

/**
 * The social capital index under each scenario, recombined at the respondent level: each scenario's respondent
 * score averaged by region in one wave on the survey's design (so the published scenario is the index itself).
 */
export async function respondentScenarioScores(
  db: Connector,
  sources: Sources,
  rows: IndicatorRow[],
  entry: Entry,
  components: Component[],
  wave: number,
  scenarios: Scenario[],
): Promise<RegionScores[]> {
  const src = sources.datasets[entry.dataset ?? ''];
  if (!src || !components.every((c) => src.columns.has(c.id))) return [];
  const parts = scenarios.map((s) => ({
    y: scenarioScoreSql(
      components.map((c) => c.id),
      s,
    ),
    domain: `wave = ${Number(wave)}`,
  }));
  const found = await jointMeans(db, src.table, src.design, parts, [quoteIdent('region')]);
  const ok = (code: string) =>
    rows.some((r) => r.indicator_id === entry.id && r.region === code && r.wave === wave && r.status === 'ok');
  return found
    .filter((j) => ok(String(j.by[0])) && j.estimates.every((e) => e !== null))
    .map((j) => ({
      code: String(j.by[0]),
      scores: scenarios.map((_, k) =>
        deltaMethod(
          j.estimates[k]!,
          scenarios.map((__, m) => (m === k ? 1 : 0)),
          j.cov,
          j.df,
        ),
      ),
    }));
}

/** The components the sensitivity view recombines: the SCI's sub-indices, or a composite's indicators. */
export function sensitivityComponents(entry: Entry): Component[] | null {
  if (entry.id === 'sci') return SCI_COMPONENTS;
  return entry.formula.kind === 'composite' ? entry.formula.of : null;
}

/**
 * How the regional ranking of a composite holds in one wave under each scenario (and a user's weights), every
 * region's value with its design-based SE: respondents recombined for the SCI, the components' respondent-level
 * covariance for a composite of indicators (registry components fixed).
 */
export async function rankingSensitivity(
  db: Connector,
  entry: Entry,
  entries: Entry[],
  sources: Sources,
  rows: IndicatorRow[],
  wave: number,
  userWeights: number[] | null = null,
): Promise<Sensitivity | null> {
  const components = sensitivityComponents(entry);
  if (!components) return null;
  const scenarios = scenariosFor(components, userWeights);
  if (entry.formula.kind !== 'composite') {
    const regions = await respondentScenarioScores(db, sources, rows, entry, components, wave, scenarios);
    return sensitivity(regions, scenarios);
  }
  const uncertainty = await compositeUncertainty(db, entry, entries, sources, ['region', 'wave']);
  const lower = components.map((c) => entries.find((e) => e.id === c.id)?.direction === 'lower');
  return sensitivity(compositeScenarioScores(rows, uncertainty, components, lower, wave, scenarios), scenarios);
}
