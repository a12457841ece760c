import type { Connector } from '../data/connector';
import { type Design, quoteIdent } from '../stats/design';
import { type Estimate, estimate } from '../stats/estimate';
import type { EstimateSpec } from '../stats/estimate-sql';
import type { IndicatorSpec, Unit } from './spec';
import { type BaseRules, DEFAULT_RULES, type Flag, type Status, judgeBase } from './status';

/** One row of `indicators` output (the CLI contract). */
export interface IndicatorRow {
  indicator_id: string;
  unit: Unit;
  region: string | null;
  wave: number | null;
  by: Record<string, unknown>;
  estimate: number | null;
  se: number | null;
  ci_low: number | null;
  ci_high: number | null;
  n: number;
  n_eff: number | null;
  status: Status;
  flags: Flag[];
  dropped_by: string[];
}

/** What the runner needs to know about a loaded survey dataset. */
export interface SurveySource {
  table: string;
  design: Design;
  /** Waves in which each variable was asked (absent: every wave). */
  askedWaves: Record<string, number[] | undefined>;
  waves: number[];
  regions: string[];
}

/** Turn an indicator into the estimator's spec: a proportion is the mean of a 0/1 that is NULL outside its base. */
export function toEstimateSpec(spec: IndicatorSpec, by: string[]): EstimateSpec {
  if (spec.estimator !== 'mean' && spec.estimator !== 'proportion') throw new Error(`not a survey estimator: ${spec.estimator}`);
  const y = spec.estimator === 'proportion'
    ? `CASE WHEN ${spec.valid ?? 'true'} THEN (${spec.value})::INT END`
    : spec.value;
  return { statistic: spec.estimator, y, by: by.map(quoteIdent) };
}

function notMeasured(spec: IndicatorSpec, src: SurveySource, wave: number | null): boolean {
  if (wave === null) return false;
  return spec.variables.some((v) => src.askedWaves[v] && !src.askedWaves[v]!.includes(wave));
}

function toRow(
  spec: IndicatorSpec, keys: string[], values: unknown[], e: Estimate | undefined, src: SurveySource, rules: BaseRules, dropped: string[],
): IndicatorRow {
  const k = Object.fromEntries(keys.map((key, i) => [key, values[i] ?? null]));
  const { region = null, wave = null, ...by } = k as { region?: string | null; wave?: number | null };
  const measured = !notMeasured(spec, src, wave);
  const judged = measured && e ? judgeBase(e, rules) : { status: (measured ? 'no_data' : 'not_measured') as Status, flags: [] };
  const ok = judged.status === 'ok' && e;
  const scale = spec.unit === 'percent' ? 100 : 1;
  const s = (x: number | null | undefined) => (ok && x !== null && x !== undefined ? x * scale : null);
  return {
    indicator_id: spec.id, unit: spec.unit, region, wave, by,
    estimate: s(e?.estimate), se: s(e?.se), ci_low: s(e?.ci_low), ci_high: s(e?.ci_high),
    n: measured && e ? e.n : 0, n_eff: measured && e ? e.n_eff : null,
    status: judged.status, flags: judged.flags, dropped_by: dropped,
  };
}

/** Every combination of the known values of region and wave, so that missing cells show as rows. */
function expectedKeys(keys: string[], src: SurveySource, found: Estimate[]): unknown[][] {
  const known: Record<string, unknown[]> = { region: src.regions, wave: src.waves };
  const values = keys.map((k, i) => known[k] ?? [...new Set(found.map((e) => e.by[i]))]);
  return values.reduce<unknown[][]>((acc, vs) => acc.flatMap((a) => vs.map((v) => [...a, v])), [[]]);
}

async function runGrouping(db: Connector, spec: IndicatorSpec, keys: string[], src: SurveySource, rules: BaseRules, dropped: string[]) {
  const found = await estimate(db, src.table, src.design, toEstimateSpec(spec, keys));
  const byKey = new Map(found.map((e) => [JSON.stringify(e.by), e]));
  return expectedKeys(keys, src, found).map((key) => toRow(spec, keys, key, byKey.get(JSON.stringify(key)), src, rules, dropped));
}

/**
 * Compute one survey indicator for the requested breakdowns: the national rows (region null) always, and the
 * region rows when `by` includes region. Breakdowns the indicator does not support are dropped and named.
 */
export async function runIndicator(
  db: Connector, spec: IndicatorSpec, by: string[], src: SurveySource, rules: BaseRules = DEFAULT_RULES,
): Promise<IndicatorRow[]> {
  const keys = by.filter((d) => spec.dimensions.includes(d));
  const dropped = by.filter((d) => !spec.dimensions.includes(d));
  const national = keys.filter((k) => k !== 'region');
  const rows = await runGrouping(db, spec, national, src, rules, dropped);
  if (national.length === keys.length) return rows;
  return [...rows, ...(await runGrouping(db, spec, keys, src, rules, dropped))];
}
