import tilegridCsv from '../../../data/reference/kz-tilegrid.csv?raw';
import type { DistrictFeature } from '../../charts/district-map';
import { type Pre2022Feature, districtFeatures } from '../../charts/geo';
import { parseTilegrid } from '../../charts/tilegrid';
import { COMPARABLE, facetsOf, levelsOf, wavesOf } from '../../compare/choices';
import { populations } from '../../compare/rows';
import { VIEWS, decodeState, encodeState } from '../../compare/state';
import { DEMO } from '../../data/demo';
import { compareView } from '../../views/compare-view';
import { unitsView, wavesCodedIn } from '../../views/units-view';
import { entryRows } from '../compare/entry-rows.svelte';
import { DISTRICTS, FEATURES, REGIONS, regionNames } from '../reference';
import { indicators } from '../stores/indicators.svelte';
import { tracked } from '../stores/latest.svelte';
import { sourceNotes } from '../source-notes';
import { router } from '../stores/router.svelte';

const tiles = parseTilegrid(tilegridCsv);
const population = populations(REGIONS);
const regionCodes = REGIONS.map((r) => r.code);
const demoWaves = DEMO.datasets[0].waves;

/** The region comparison page (`#/regions`): the state in the URL, the rows of the chosen entry, and its views. */
export class RegionsState {
  /** The entry the URL asks for (the first comparable one when it names none we know). */
  asked = $derived(COMPARABLE.find((e) => e.id === router.view.params.indicator) ?? COMPARABLE[0]);
  #choices = $derived({
    indicators: COMPARABLE.map((e) => e.id),
    regions: regionCodes,
    facets: facetsOf(this.asked),
    levels: levelsOf(this.asked),
  });
  #base = $derived(decodeState(router.view.params, { ...this.#choices, waves: demoWaves }));
  data = entryRows(
    () => this.asked,
    () => this.#base.by,
    () => 'region',
  );
  units = entryRows(
    () => this.asked,
    () => null,
    () => this.#base.level,
  );
  waves = $derived(wavesOf(this.data.rows, demoWaves));
  /** The comparison state: the URL's, with waves the entry has. */
  cs = $derived(decodeState(router.view.params, { ...this.#choices, waves: this.waves }));
  entry = $derived(COMPARABLE.find((e) => e.id === this.cs.indicator)!);
  names = $derived(regionNames(router.lang));
  regionList = $derived(
    REGIONS.map((r) => ({ code: r.code, name: r.name[router.lang] })).sort((a, b) => a.name.localeCompare(b.name)),
  );
  /** What the views are worded and judged with: the entry, the state, the language and the small-base rules. */
  #said = $derived({ entry: this.entry, state: this.cs, t: router.t, lang: router.lang, rules: indicators.rules });
  view = $derived(
    this.data.rows
      ? compareView({
          ...this.#said,
          rows: this.data.rows,
          names: this.names,
          population,
          features: FEATURES,
          tiles,
          groupLabels: this.data.groupLabels,
        })
      : null,
  );
  #districtShapes = $state<DistrictFeature[] | null>(null);
  #oldShapes = $state<Pre2022Feature[] | null>(null);
  #unitNames = $derived(
    this.cs.level === 'district'
      ? Object.fromEntries(DISTRICTS.map((d) => [d.code, d.name[router.lang]]))
      : Object.fromEntries(
          (this.#oldShapes ?? []).map((f) => [f.properties.code, f.properties[`name_${router.lang}`]]),
        ),
  );
  /** The map on other units (districts, the 17 pre-2022 units), once its shapes and rows are in. */
  unitsMap = $derived.by(() => {
    const rows = this.units.rows;
    if (!rows) return null;
    if (this.cs.level === 'district' && this.#districtShapes) {
      return unitsView(rows, 'district', this.#said, this.#districtShapes, this.#unitNames);
    }
    if (this.cs.level === 'pre2022' && this.#oldShapes) {
      return unitsView(rows, 'region_source', this.#said, this.#oldShapes, this.#unitNames);
    }
    return null;
  });
  /** Waves fielded in the pre-2022 units. */
  oldWaves = $derived.by(() => {
    const [rows, shapes] = [this.units.rows, this.#oldShapes];
    if (this.cs.level !== 'pre2022' || !rows || !shapes) return [];
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup made and read here, not state
    return wavesCodedIn(rows, 'region_source', new Set(shapes.map((f) => f.properties.code)));
  });
  fileBase = $derived.by(() => {
    const { by, per, wave } = this.cs;
    return `${this.entry.id}-${wave}${by ? `-by-${by}` : ''}${per !== 'none' ? `-per-${per}` : ''}`;
  });
  /** What exports carry under the chart: the base, the source and, for demo figures, the synthetic label. */
  notes = $derived([this.view?.base ?? '', ...sourceNotes([this.entry.dataset])].filter(Boolean));
  title = $derived(`${this.entry.name[router.lang]} — ${this.cs.wave}`);

  constructor() {
    $effect(() => {
      const level = this.cs.level;
      if (level === 'district' && !this.#districtShapes) {
        void tracked(import('../../../data/reference/kz-districts.topo.json')).then(
          (m) => (this.#districtShapes = districtFeatures(m.default)),
        );
      }
      if (level === 'pre2022' && !this.#oldShapes) {
        void tracked(import('../../../data/reference/kz-regions-17-pre2022.geojson?raw')).then(
          (m) => (this.#oldShapes = JSON.parse(m.default).features),
        );
      }
    });
  }

  /** Change the view; the rest of the comparison state stays as it is. */
  set = (p: Record<string, string>) => router.setParams({ ...encodeState(this.cs), ...p });

  /** Choose a region, or clear it when it is already chosen. */
  select = (code: string) => this.set({ region: this.cs.region === code ? '' : code });

  /** The tab Arrow keys, Home and End move to (the WAI-ARIA tabs pattern), or null for other keys. */
  tabAfter(key: string): (typeof VIEWS)[number] | null {
    const i = VIEWS.indexOf(this.cs.view);
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1 + VIEWS.length, Home: 0, End: VIEWS.length - 1 }[key];
    return next === undefined ? null : VIEWS[next % VIEWS.length];
  }
}
