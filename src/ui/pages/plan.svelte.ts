import { districtFeatures, districtNeighbours } from '../../charts/geo';
import { DEMO } from '../../data/demo';
import { DEFAULT_COVARIATES } from '../../indicators/sae-covariates';
import { NEEDS, type Need, rankCandidates } from '../../reports/plan';
import { planMap, planRecords } from '../../views/plan-view';
import { DISTRICTS, regionNames } from '../reference';
import { indicators } from '../stores/indicators.svelte';
import { latest, tracked } from '../stores/latest.svelte';
import { router } from '../stores/router.svelte';

const waves = DEMO.datasets.find((d) => d.id === 'population')!.waves;
/** The weights a slider offers: 0 leaves a need out. */
export const WEIGHT_STEPS = [0, 1, 2, 3] as const;

/** The "where next?" page (`#/plan`): districts without a centre ranked by need, the weights in the URL. */
export class PlanState {
  #p = $derived(router.view.params);
  wave = $derived(waves.includes(Number(this.#p.wave)) ? Number(this.#p.wave) : waves[waves.length - 1]);
  weights = $derived(
    Object.fromEntries(
      NEEDS.map((n) => {
        const w = Number(this.#p[`w_${n}`]);
        return [n, this.#p[`w_${n}`] !== undefined && WEIGHT_STEPS.includes(w as 0) ? w : 1];
      }),
    ) as Record<Need, number>,
  );
  #topo = latest(
    () => true,
    async () => (await tracked(import('../../../data/reference/kz-districts.topo.json'))).default,
  );
  features = $derived(this.#topo.value ? districtFeatures(this.#topo.value) : null);
  #inputs = latest(
    () => (this.#topo.value ? ([this.wave, indicators.inputs] as const) : null),
    ([wave]) => indicators.plan(wave, DEFAULT_COVARIATES, districtNeighbours(this.#topo.value)),
  );
  inputs = $derived(this.#inputs.value);
  error = $derived(this.#inputs.error);
  rows = $derived(this.inputs ? rankCandidates(this.inputs.candidates, this.weights) : null);
  said = $derived({
    t: router.t,
    lang: router.lang,
    names: Object.fromEntries(DISTRICTS.map((d) => [d.code, d.name[router.lang]])),
    regionNames: regionNames(router.lang),
  });
  map = $derived(
    this.rows && this.features && this.inputs
      ? planMap(this.rows, this.inputs.candidates, this.features, this.said)
      : null,
  );
  records = $derived(this.rows ? planRecords(this.rows, this.said) : []);

  /** Set one need's weight. */
  weigh = (n: Need, w: number) => router.setParams({ [`w_${n}`]: String(w) });
}
