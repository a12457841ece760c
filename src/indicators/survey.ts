import { type Connector, quoteIdent } from '../core/sql';
import { type Estimate, estimate } from '../stats/estimate';
import { type EstimateSpec, compileEstimate } from '../stats/estimate-sql';
import type { Entry } from './catalogue/types';
import type { Prepared, Reference } from './prepare';
import { type IndicatorRow, emptyRow, expectedKeys, splitKeys } from './rows';
import { type BaseRules, DEFAULT_RULES, type Status, judgeBase } from './status';

/** A survey entry as the estimator's spec: a share is the mean of a 0/1 that is NULL outside its base. */
export function toEstimateSpec(entry: Entry, by: string[]): EstimateSpec {
  const f = entry.formula;
  if (f.kind === 'survey_share')
    return {
      statistic: 'proportion',
      y: `CASE WHEN ${f.valid} THEN (${f.yes})::INT END`,
      domain: f.domain,
      by: by.map(quoteIdent),
    };
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

function toRow(
  entry: Entry,
  keys: string[],
  values: unknown[],
  e: Estimate | undefined,
  src: Prepared,
  rules: BaseRules,
  dropped: string[],
): IndicatorRow {
  const at = splitKeys(keys, values);
  const measured = !notMeasured(entry, src, at.wave);
  const judged =
    measured && e ? judgeBase(e, rules) : { status: (measured ? 'no_data' : 'not_measured') as Status, flags: [] };
  const ok = judged.status === 'ok' && e;
  const scale = entry.unit === 'percent' ? 100 : 1;
  const s = (x: number | null | undefined) => (ok && x !== null && x !== undefined ? x * scale : null);
  return {
    ...emptyRow(entry, judged.status, dropped, at),
    estimate: s(e?.estimate),
    se: s(e?.se),
    ci_low: s(e?.ci_low),
    ci_high: s(e?.ci_high),
    df: ok && e.se !== null ? e.df : null,
    n: measured && e ? e.n : 0,
    n_eff: measured && e ? e.n_eff : null,
    flags: judged.flags,
  };
}

async function runGrouping(
  db: Connector,
  entry: Entry,
  keys: string[],
  src: Prepared,
  ref: Reference,
  rules: BaseRules,
  dropped: string[],
) {
  const found = await estimate(db, src.table, src.design, toEstimateSpec(entry, keys));
  const byKey = new Map(found.map((e) => [JSON.stringify(e.by), e]));
  const known = { region: ref.regions.map((r) => r.code), wave: src.waves };
  return expectedKeys(
    keys,
    known,
    found.map((f) => f.by),
  ).map((key) => toRow(entry, keys, key, byKey.get(JSON.stringify(key)), src, rules, dropped));
}

/**
 * Estimate one survey entry: the national rows (region null) always, and the region rows when `keys` include
 * region. `keys` are the requested breakdowns the entry allows; `dropped` the others.
 */
export async function runSurveyEntry(
  db: Connector,
  entry: Entry,
  keys: string[],
  dropped: string[],
  src: Prepared,
  ref: Reference,
  rules: BaseRules = DEFAULT_RULES,
): Promise<IndicatorRow[]> {
  const national = keys.filter((k) => k !== 'region');
  const rows = await runGrouping(db, entry, national, src, ref, rules, dropped);
  if (national.length === keys.length) return rows;
  return [...rows, ...(await runGrouping(db, entry, keys, src, ref, rules, dropped))];
}
