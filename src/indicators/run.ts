import { type Connector, quoteIdent } from '../core/sql';
import { type Estimate, estimate } from '../stats/estimate';
import { type EstimateSpec, compileEstimate } from '../stats/estimate-sql';
import type { Entry } from './catalogue/types';
import type { Prepared, Reference } from './prepare';
import type { Unit } from './spec';
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

/** A row without a value: the whole entry (national, undated) when nothing can feed it. */
export function emptyRow(entry: Entry, status: Status, dropped: string[], at: { region?: string | null; wave?: number | null; by?: Record<string, unknown> } = {}): IndicatorRow {
  return {
    indicator_id: entry.id, unit: entry.unit, region: at.region ?? null, wave: at.wave ?? null, by: at.by ?? {},
    estimate: null, se: null, ci_low: null, ci_high: null, n: 0, n_eff: null, status, flags: [], dropped_by: dropped,
  };
}

/** A survey entry as the estimator's spec: a share is the mean of a 0/1 that is NULL outside its base. */
export function toEstimateSpec(entry: Entry, by: string[]): EstimateSpec {
  const f = entry.formula;
  if (f.kind === 'survey_share') return { statistic: 'proportion', y: `CASE WHEN ${f.valid} THEN (${f.yes})::INT END`, domain: f.domain, by: by.map(quoteIdent) };
  if (f.kind === 'survey_mean') return { statistic: 'mean', y: f.value, domain: f.domain, by: by.map(quoteIdent) };
  throw new Error(`${entry.id}: not a survey formula (${f.kind})`);
}

/** The SQL a survey entry compiles to for a breakdown and design (through `src/stats`). */
export function compileSurveyEntry(entry: Entry, by: string[], src: Prepared): string {
  return compileEstimate(src.table, src.design, toEstimateSpec(entry, by));
}

function notMeasured(entry: Entry, src: Prepared, wave: number | null): boolean {
  if (wave === null) return false;
  return entry.columns.some((v) => src.askedWaves[v] && !src.askedWaves[v]!.includes(wave));
}

/** Split a group's key values into the contract's region, wave and `by`. */
export function splitKeys(keys: string[], values: unknown[]) {
  const k = Object.fromEntries(keys.map((key, i) => [key, values[i] ?? null]));
  const { region = null, wave = null, ...by } = k as { region?: string | null; wave?: number | null };
  return { region, wave: wave === null ? null : Number(wave), by };
}

function toRow(entry: Entry, keys: string[], values: unknown[], e: Estimate | undefined, src: Prepared, rules: BaseRules, dropped: string[]): IndicatorRow {
  const at = splitKeys(keys, values);
  const measured = !notMeasured(entry, src, at.wave);
  const judged = measured && e ? judgeBase(e, rules) : { status: (measured ? 'no_data' : 'not_measured') as Status, flags: [] };
  const ok = judged.status === 'ok' && e;
  const scale = entry.unit === 'percent' ? 100 : 1;
  const s = (x: number | null | undefined) => (ok && x !== null && x !== undefined ? x * scale : null);
  return {
    ...emptyRow(entry, judged.status, dropped, at),
    estimate: s(e?.estimate), se: s(e?.se), ci_low: s(e?.ci_low), ci_high: s(e?.ci_high),
    n: measured && e ? e.n : 0, n_eff: measured && e ? e.n_eff : null, flags: judged.flags,
  };
}

/** Every combination of the known regions and waves (and the values found for other keys), so empty cells show. */
export function expectedKeys(keys: string[], known: Record<string, unknown[]>, found: unknown[][]): unknown[][] {
  const values = keys.map((k, i) => known[k] ?? [...new Set(found.map((f) => f[i]))].filter((v) => v !== null).sort());
  return values.reduce<unknown[][]>((acc, vs) => acc.flatMap((a) => vs.map((v) => [...a, v])), [[]]);
}

async function runGrouping(db: Connector, entry: Entry, keys: string[], src: Prepared, ref: Reference, rules: BaseRules, dropped: string[]) {
  const found = await estimate(db, src.table, src.design, toEstimateSpec(entry, keys));
  const byKey = new Map(found.map((e) => [JSON.stringify(e.by), e]));
  const known = { region: ref.regions.map((r) => r.code), wave: src.waves };
  return expectedKeys(keys, known, found.map((f) => f.by)).map((key) => toRow(entry, keys, key, byKey.get(JSON.stringify(key)), src, rules, dropped));
}

/**
 * Estimate one survey entry: the national rows (region null) always, and the region rows when `keys` include
 * region. `keys` are the requested breakdowns the entry allows; `dropped` the others.
 */
export async function runSurveyEntry(
  db: Connector, entry: Entry, keys: string[], dropped: string[], src: Prepared, ref: Reference, rules: BaseRules = DEFAULT_RULES,
): Promise<IndicatorRow[]> {
  const national = keys.filter((k) => k !== 'region');
  const rows = await runGrouping(db, entry, national, src, ref, rules, dropped);
  if (national.length === keys.length) return rows;
  return [...rows, ...(await runGrouping(db, entry, keys, src, ref, rules, dropped))];
}
