import type { DistrictFeature } from '../../charts/district-map';
import { districtFeatures } from '../../charts/geo';
import { type CompareState, decodeState, oneOf } from '../../compare/state';
import { DEMO } from '../../data/demo';
import { CATALOGUE } from '../../indicators/catalogue';
import { COVARIATES, DEFAULT_COVARIATES } from '../../indicators/sae-covariates';
import { SaeRequestError } from '../../indicators/sae-run';
import { modelCharts, saeMap, saeRecords } from '../../views/sae-view';
import { unitsView } from '../../views/units-view';
import { entryRows } from '../compare/entry-rows.svelte';
import { DISTRICTS, REGIONS, regionNames } from '../reference';
import { indicators } from '../stores/indicators.svelte';
import { latest, tracked } from '../stores/latest.svelte';
import { router } from '../stores/router.svelte';

/** Survey entries a district model can be fitted for. */
export const MODELLABLE = CATALOGUE.filter(
  (e) => e.formula.kind.startsWith('survey_') && e.breakdowns.includes('district'),
);
/** The waves of the population survey (the page's choices). */
export const WAVES = DEMO.datasets.find((d) => d.id === 'population')!.waves;

const METHODS = ['REML', 'ML', 'FH'] as const;
const MSES = ['prasad-rao', 'bootstrap'] as const;
const BENCHMARKS = ['', 'ratio', 'difference'] as const;

/** The district estimates page (`#/districts`): direct or model-based district maps of a survey entry. */
export class DistrictsState {
  #p = $derived(router.view.params);
  entry = $derived(
    MODELLABLE.find((e) => e.id === this.#p.indicator) ?? MODELLABLE.find((e) => e.id === 'aware_centre')!,
  );
  wave = $derived(WAVES.includes(Number(this.#p.wave)) ? Number(this.#p.wave) : WAVES[WAVES.length - 1]);
  estimate = $derived(this.#p.estimate === 'direct' ? 'direct' : 'model');
  covariates = $derived(
    this.#p.covariates === undefined
      ? DEFAULT_COVARIATES
      : this.#p.covariates.split(',').filter((c) => (COVARIATES as readonly string[]).includes(c)),
  );
  method = $derived(oneOf(METHODS, this.#p.method, 'REML'));
  mse = $derived(oneOf(MSES, this.#p.mse, 'prasad-rao'));
  benchmark = $derived(oneOf(BENCHMARKS, this.#p.benchmark, ''));
  said = $derived({
    t: router.t,
    lang: router.lang,
    names: Object.fromEntries(DISTRICTS.map((d) => [d.code, d.name[router.lang]])),
  });
  #shapes = latest(
    () => true,
    async () => districtFeatures((await tracked(import('../../../data/reference/kz-districts.topo.json'))).default),
  );
  #model = latest(
    () =>
      this.estimate === 'model'
        ? ([
            this.entry.id,
            this.wave,
            this.covariates.join(','),
            this.method,
            this.mse,
            this.benchmark,
            indicators.inputs,
          ] as const)
        : null,
    ([indicator, wave, covariates, method, mse, benchmark]) =>
      indicators
        .sae({
          indicator,
          wave,
          covariates: covariates ? covariates.split(',') : [],
          method,
          mse,
          benchmark: benchmark || null,
          seed: 1,
        })
        .catch((e) => {
          throw e instanceof SaeRequestError ? new Error(router.t(`sae.error.${e.code}`, e.params)) : e;
        }),
  );
  #direct = entryRows(
    () => this.entry,
    () => null,
    () => 'district',
  );
  result = $derived(this.#model.value);
  loading = $derived(
    this.estimate === 'model' ? this.#model.loading || !this.#shapes.value : !this.#direct.rows || !this.#shapes.value,
  );
  /** The model's error in words: a request it cannot fit (no wave, missing covariates) or a failure. */
  error = $derived(this.#model.error);
  label = $derived(`${this.entry.name[router.lang]} — ${this.wave}`);
  map = $derived.by(() => {
    const features = this.#shapes.value;
    if (!features) return null;
    if (this.estimate === 'model') return this.result ? saeMap(this.result, features, this.label, this.said) : null;
    const rows = this.#direct.rows;
    return rows
      ? unitsView(
          rows,
          'district',
          { ...this.#said(), state: this.#state() },
          features as DistrictFeature[],
          this.said.names,
        )
      : null;
  });
  charts = $derived(this.result ? modelCharts(this.result, this.said) : null);
  records = $derived(this.result ? saeRecords(this.result, this.said, regionNames(router.lang)) : []);
  /** Districts with a direct estimate shown (not suppressed) on the direct map. */
  directShown = $derived(
    (this.#direct.rows ?? []).filter((r) => r.wave === this.wave && r.by.district && r.status === 'ok').length,
  );

  #said() {
    return { entry: this.entry, t: router.t, lang: router.lang, rules: indicators.rules };
  }

  #state(): CompareState {
    return decodeState(
      { indicator: this.entry.id, wave: String(this.wave), level: 'district' },
      {
        indicators: [this.entry.id],
        waves: WAVES,
        regions: REGIONS.map((r) => r.code),
        levels: ['region', 'district'],
      },
    );
  }

  /** Change the view's parameters (the URL holds them all). */
  set = (p: Record<string, string>) => router.setParams(p);

  /** Add or remove one covariate. */
  toggle = (c: string) =>
    this.set({
      covariates: (this.covariates.includes(c as never)
        ? this.covariates.filter((x) => x !== c)
        : [...this.covariates, c]
      ).join(','),
    });
}
