import type { IndicatorRow } from '../indicators/run';
import { type BaseRules, DEFAULT_RULES } from '../indicators/status';
import type { Entry } from '../indicators/catalogue/types';
import type { RegionFeature } from '../charts/map';
import { regionMap } from '../charts/map';
import { rankingChart } from '../charts/ranking';
import { DIGITS } from '../charts/labels';
import type { ChartSpec } from '../charts/spec';
import { formatCount, formatNumber } from '../i18n/format';
import type { Key, Lang, T } from '../i18n/t';

/** Everything the region comparison page shows, derived from results and the chosen view. */
export interface RegionsView {
  map: ChartSpec;
  ranking: ChartSpec;
  reading: string;
  base: string;
  missing: string | null;
}

/** Inputs of the region comparison page. */
export interface RegionsInput {
  rows: IndicatorRow[];
  spec: Entry;
  wave: number;
  features: RegionFeature[];
  /** Region names in the UI language, from the reference table, by code. */
  names: Record<string, string>;
  t: T;
  lang: Lang;
  rules?: BaseRules;
}

function nationalPart(national: IndicatorRow | undefined, input: RegionsInput): string {
  const { t, lang, rules = DEFAULT_RULES } = input;
  const f = (x: number | null) => formatNumber(x, lang, DIGITS);
  if (!national || national.status !== 'ok') {
    return t('reading.nationalMissing', { status: t(`status.${national?.status ?? 'no_data'}`, { minN: rules.minN }) });
  }
  if (national.ci_low === null) return t('reading.nationalNoCi', { value: f(national.estimate) });
  return t('reading.national', { value: f(national.estimate), low: f(national.ci_low), high: f(national.ci_high) });
}

function reading(ok: IndicatorRow[], national: IndicatorRow | undefined, input: RegionsInput): string {
  const { t, lang, wave, names } = input;
  if (national?.status === 'not_measured') return t('reading.notMeasured', { wave });
  const years = [...new Set(input.rows.filter((r) => r.indicator_id === input.spec.id).map((r) => r.wave))].filter((y) => y !== null);
  if (!national && years.length) return t('reading.noDataYear', { wave, years: years.join(', ') });
  if (!ok.length) return t('reading.none');
  const sorted = [...ok].sort((a, b) => b.estimate! - a.estimate!);
  const f = (x: number | null) => formatNumber(x, lang, DIGITS);
  const [top, bottom] = [sorted[0], sorted[sorted.length - 1]];
  return t('reading.text', {
    top: names[top.region!], topValue: f(top.estimate), bottom: names[bottom.region!], bottomValue: f(bottom.estimate),
    national: nationalPart(national, input),
  });
}

const isSurvey = (spec: Entry) => spec.formula.kind.startsWith('survey_');

/** Build the map, the ranking, the one-line reading, the base and the list of regions without an estimate. */
export function regionsView(input: RegionsInput): RegionsView {
  const { rows, spec, wave, features, names, t, lang, rules = DEFAULT_RULES } = input;
  const here = rows.filter((r) => r.indicator_id === spec.id && r.wave === wave && !Object.keys(r.by).length);
  const regional = here.filter((r) => r.region);
  const national = here.find((r) => r.region === null);
  const label = t(`ind.${spec.id}.short` as Key);
  const ok = regional.filter((r) => r.status === 'ok');
  const without = regional.filter((r) => r.status !== 'ok' && r.status !== 'not_measured');
  return {
    map: regionMap(features, regional, { t, lang, label, names, rules }),
    ranking: rankingChart(regional, national, names, { t, lang, label, rules }),
    reading: reading(ok, national, input),
    base: t(isSurvey(spec) ? 'base.text' : 'base.registry', { n: formatCount(national?.n ?? 0, lang), wave }),
    missing: without.length
      ? t('missing.list', { list: without.map((r) => `${names[r.region!]} (${t(`status.${r.status}`, { minN: rules.minN })})`).join(', ') })
      : null,
  };
}
