import type { Connector } from '../core/sql';
import type { SaeMethod } from '../stats/sae-fit';
import { CATALOGUE } from './catalogue';
import type { Entry } from './catalogue/types';
import type { Sources } from './prepare';
import type { IndicatorRow } from './rows';
import { runIndicators } from './run';
import { type DistrictFacts, designRows, districtFacts, unavailableCovariates } from './sae-covariates';
import {
  type BenchmarkKind,
  type MseMethod,
  type SaeModelReport,
  type SaeRow,
  type VarianceChoice,
  modelAreas,
} from './sae-model';
import { DEFAULT_RULES } from './status';

/** A district model asked for: the entry, the wave, the covariates and how to fit it. */
export interface SaeRequest {
  indicator: string;
  wave: number;
  covariates: string[];
  method?: SaeMethod;
  mse?: MseMethod;
  variance?: VarianceChoice;
  benchmark?: BenchmarkKind | null;
  level?: number;
  replicates?: number;
  seed?: number;
}

/** What a district model gives: the model, one row per district, and what its facts came from. */
export interface SaeResult {
  indicator: string;
  unit: Entry['unit'];
  wave: number;
  model: SaeModelReport & { covariates: string[]; services_year: number | null };
  rows: SaeRow[];
}

/** Why a district model cannot be fitted, as a code and its parameters (ui and cli word it). */
export class SaeRequestError extends Error {
  constructor(
    readonly code:
      'unknown_indicator' | 'not_survey' | 'no_district' | 'covariates' | 'no_wave' | 'too_few_areas' | 'no_population',
    readonly params: Record<string, string> = {},
  ) {
    super(`${code}: ${JSON.stringify(params)}`);
  }
}

/** Rules that suppress nothing: the model needs every district's direct estimate, however small its base. */
const RAW = { minN: 1, minNeff: 0, maxRse: Infinity };

/** The survey entry a district model can be fitted for, or the reason it cannot. */
export function saeEntry(sources: Sources, id: string, entries: Entry[] = CATALOGUE): Entry {
  const entry = entries.find((e) => e.id === id);
  if (!entry) throw new SaeRequestError('unknown_indicator', { id });
  if (!entry.formula.kind.startsWith('survey_')) throw new SaeRequestError('not_survey', { id });
  const src = entry.dataset ? sources.datasets[entry.dataset] : undefined;
  if (!entry.breakdowns.includes('district') || (src && !src.columns.has('district')))
    throw new SaeRequestError('no_district', { id });
  return entry;
}

/** The direct estimates by district (unsuppressed) and by region (the benchmark's targets) of one wave. */
async function directEstimates(db: Connector, sources: Sources, entry: Entry, wave: number, entries: Entry[]) {
  const raw = { ...sources, rules: RAW };
  const rows = await runIndicators(db, raw, ['district', 'wave'], [entry.id], entries);
  const regions = await runIndicators(db, raw, ['region', 'wave'], [entry.id], entries);
  const here = (r: IndicatorRow) => r.wave === wave && r.status === 'ok';
  const byDistrict = new Map(rows.filter((r) => here(r) && r.by.district).map((r) => [String(r.by.district), r]));
  const regional = regions.filter((r) => here(r) && r.region);
  const targets = new Map(regional.map((r) => [r.region!, r.estimate!]));
  const gvfFrom = regional.map((r) => ({ n: r.n, v: r.se === null ? null : r.se ** 2 }));
  return { byDistrict, targets, gvfFrom, measured: rows.some((r) => r.wave === wave && r.status !== 'not_measured') };
}

function areaInputs(facts: DistrictFacts[], x: Map<string, number[] | null>, direct: Map<string, IndicatorRow>) {
  return facts.map((f) => {
    const d = direct.get(f.district);
    return {
      area: f.district,
      region: f.region,
      n: d?.n ?? 0,
      direct: d?.estimate ?? null,
      direct_se: d?.se ?? null,
      x: x.get(f.district) ?? null,
      weight: f.population,
    };
  });
}

/**
 * Model-based estimates of a survey entry for every reference district in one wave (a Fay–Herriot model on the
 * districts' direct estimates and covariates from the reference data and registries); districts with no
 * respondents get the synthetic part alone. Small districts' sampling variances come from a GVF fitted on the
 * regions' direct estimates: a district inside one or two PSUs has a design-based variance of about zero.
 * `known`: the districts' facts in that wave when the caller has read them already (the planner fits three models).
 */
export async function runSae(
  db: Connector,
  sources: Sources,
  req: SaeRequest,
  entries: Entry[] = CATALOGUE,
  known?: Awaited<ReturnType<typeof districtFacts>>,
): Promise<SaeResult> {
  const entry = saeEntry(sources, req.indicator, entries);
  const missing = unavailableCovariates(sources, req.covariates);
  if (missing.length)
    throw new SaeRequestError('covariates', { missing: missing.map(([c, d]) => `${c} (${d})`).join(', ') });
  if (req.benchmark && !sources.datasets.district_frame) throw new SaeRequestError('no_population');
  const { byDistrict, targets, gvfFrom, measured } = await directEstimates(db, sources, entry, req.wave, entries);
  if (!measured || !byDistrict.size) throw new SaeRequestError('no_wave', { id: entry.id, wave: String(req.wave) });
  const { facts, servicesYear } = known ?? (await districtFacts(db, sources, req.wave));
  const { terms, x } = designRows(facts, req.covariates);
  const inputs = areaInputs(facts, x, byDistrict);
  const fitted = inputs.filter((a) => a.x && a.direct !== null).length;
  if (fitted < terms.length + 3) throw new SaeRequestError('too_few_areas', { areas: String(fitted) });
  const bounded = entry.unit === 'percent' || entry.unit === 'index_0_100';
  const { model, rows } = modelAreas(inputs, terms, {
    ...req,
    targets,
    gvfFrom,
    rules: sources.rules ?? DEFAULT_RULES,
    bounds: bounded ? [0, 100] : null,
  });
  return {
    indicator: entry.id,
    unit: entry.unit,
    wave: req.wave,
    model: { ...model, covariates: req.covariates, services_year: servicesYear },
    rows,
  };
}
