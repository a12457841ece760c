import type { Lang } from '../core/lang';
import { translator } from '../i18n/t';
import { CATALOGUE } from '../indicators/catalogue';
import { COVARIATES, COVARIATE_SOURCE, type Covariate, DEFAULT_COVARIATES } from '../indicators/sae-covariates';
import { MODELLED, NEEDS } from '../reports/plan';
import type { ViewCell } from './from-view';
import { type Options, WAVES, datasetsOf, fenced } from './view-parts';

type Params = Record<string, string>;

/** Survey entries a district model can be fitted for (the `#/districts` page offers these). */
const MODELLABLE = CATALOGUE.filter((e) => e.formula.kind.startsWith('survey_') && e.breakdowns.includes('district'));
const pick = (xs: readonly string[], v: string | undefined): string | null => (v && xs.includes(v) ? v : null);
/** The wave a page shows: the URL's when the survey has it, else the latest. */
const waveOf = (v: string | undefined) => (WAVES.includes(Number(v)) ? Number(v) : WAVES[WAVES.length - 1]);
const isCovariate = (c: string): c is Covariate => (COVARIATES as readonly string[]).includes(c);

/** The covariates a page fits with: the URL's known ones, or the page's default when the URL names none. */
const covariatesOf = (v: string | undefined): string[] =>
  v === undefined ? DEFAULT_COVARIATES : v.split(',').filter(isCovariate);

/** The datasets the district covariates are read from (services per head also need the district frame). */
function covariateDatasets(covariates: string[]): string[] {
  return covariates.flatMap((c) => [
    ...(isCovariate(c) && COVARIATE_SOURCE[c] ? [COVARIATE_SOURCE[c]!] : []),
    ...(c === 'services_per_10k' ? ['district_frame'] : []),
  ]);
}

const unique = (xs: string[]) => [...new Set(xs)];

/**
 * `#/districts`: the `sae` cell of the page's entry, wave, covariates, method, MSE and benchmark and a district map
 * of it; with `estimate=direct`, the entry's direct estimates by district (an `indicator` cell) and their map.
 */
export function districtsCell(p: Params, lang: Lang): ViewCell {
  const t = translator(lang);
  const entry = MODELLABLE.find((e) => e.id === p.indicator) ?? MODELLABLE.find((e) => e.id === 'aware_centre')!;
  const wave = waveOf(p.wave);
  if (p.estimate === 'direct') {
    const id = `direct_${entry.id}_${wave}`;
    const title = `${entry.name[lang]} — ${t('sae.direct')}, ${wave}`;
    const text = [
      fenced(`indicator id=${id}`, { entry: entry.id, by: ['district'], wave }),
      fenced('chart kind=map', { data: id, level: 'district', title }),
    ].join('\n');
    return { text, datasets: datasetsOf(entry) };
  }
  const id = `districts_${entry.id}_${wave}`;
  const covariates = covariatesOf(p.covariates);
  const benchmark = pick(['ratio', 'difference'], p.benchmark);
  const options: Options = {
    indicator: entry.id,
    wave,
    covariates: covariates.length ? covariates : null,
    method: pick(['ML', 'FH'], p.method),
    mse: pick(['bootstrap'], p.mse),
    benchmark,
  };
  const title = `${entry.name[lang]} — ${t('sae.modelBased')}, ${wave}`;
  const text = [fenced(`sae id=${id}`, options), fenced('chart kind=map', { data: id, level: 'district', title })];
  const frame = benchmark ? ['district_frame'] : [];
  return {
    text: text.join('\n'),
    datasets: unique([...datasetsOf(entry), ...covariateDatasets(covariates), ...frame]),
  };
}

/** The columns of the ranked list `#/plan` shows. */
const PLAN_TABLE = [
  ...['rank', 'rank_low', 'rank_high', 'district_name', 'region_name', 'population'],
  ...[...MODELLED, 'hops_to_centre', 'score'],
];
/** A need's weight as the page reads it: 0–3, else 1. */
const weightOf = (v: string | undefined) => (v !== undefined && [0, 1, 2, 3].includes(Number(v)) ? Number(v) : 1);

/**
 * `#/plan`: the `plan` cell of the page's wave and weights, fitted on the page's covariates (`DEFAULT_COVARIATES`),
 * a district map of its score and the ranked list.
 */
export function planCell(p: Params, lang: Lang): ViewCell {
  const t = translator(lang);
  const wave = waveOf(p.wave);
  const id = `where_next_${wave}`;
  const weights = Object.fromEntries(NEEDS.map((n) => [`w_${n}`, weightOf(p[`w_${n}`])]));
  const text = [
    fenced(`plan id=${id}`, { wave, covariates: DEFAULT_COVARIATES, ...weights }),
    fenced('chart kind=map', { data: id, level: 'district', value: 'score', title: `${t('plan.map')}, ${wave}` }),
    fenced('table', { data: id, columns: PLAN_TABLE, title: t('plan.heading') }),
  ];
  const models = MODELLED.flatMap((m) => {
    const entry = CATALOGUE.find((e) => e.id === m);
    return entry ? datasetsOf(entry) : [];
  });
  const datasets = unique([...models, 'centres', 'district_frame', ...covariateDatasets(DEFAULT_COVARIATES)]);
  return { text: text.join('\n'), datasets };
}
