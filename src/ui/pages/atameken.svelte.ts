import { districtFeatures } from '../../charts/geo';
import { oneOf } from '../../compare/state';
import type { CodebookVariable } from '../../data/study';
import { codebookOf } from '../../data/demo';
import { PRIVACY_MIN } from '../../indicators/status';
import { districtCard } from '../../reports/atameken/card';
import { type MapData, type MapRequest, VIEWS, mapData } from '../../reports/atameken/draw';
import { LAYERS, type MapWindow, monthRange } from '../../reports/atameken/layers';
import { layerMonths } from '../../reports/atameken/map-data';
import { indicators } from '../stores/indicators.svelte';
import { latest, tracked } from '../stores/latest.svelte';
import { router } from '../stores/router.svelte';
import { untrack } from 'svelte';
import { formatMonth } from '../../i18n/format';
import {
  type AtamekenSaid,
  countRecords,
  hexView,
  monthlyView,
  pointsView,
  shadingView,
} from '../../views/atameken-view';
import { DISTRICTS, regionNames } from '../reference';

export const SPANS = ['1', '3', '12', 'all'] as const;
export const HEX_KM = ['15', '30', '60'] as const;
const LAYER_IDS = ['initiatives', 'reports'] as const;
const CODEBOOKS = ['initiatives', 'civic_control', 'generous_heart'];

/** The Atameken map page (`#/atameken`): a layer by month on points, hexagons or districts, and a district's card. */
export class AtamekenState {
  #p = $derived(router.view.params);
  layer = $derived(LAYERS[oneOf(LAYER_IDS, this.#p.layer, 'initiatives')]);
  view = $derived(oneOf(VIEWS, this.#p.view, 'auto'));
  span = $derived(oneOf(SPANS, this.#p.span, '12'));
  hexKm = $derived(oneOf(HEX_KM, this.#p.hex, '60'));
  category = $derived(this.#p.cat || null);
  district = $derived(DISTRICTS.some((d) => d.code === this.#p.district) ? this.#p.district! : null);
  min = $derived(indicators.rules.minCount ?? PRIVACY_MIN);
  shapes = latest(
    () => true,
    async () => districtFeatures((await tracked(import('../../../data/reference/kz-districts.topo.json'))).default),
  );
  /** The Atameken codebooks' variables (their value labels name codes on the map and the card). */
  codebook = latest(
    () => true,
    async () => (await Promise.all(CODEBOOKS.map((id) => codebookOf(id).catch(() => [])))).flat() as CodebookVariable[],
  );
  #months = latest(
    () => [this.layer.id, indicators.inputs] as const,
    ([id]) =>
      indicators.onTables(async (db, t) =>
        t[LAYERS[id].dataset] ? layerMonths(db, t[LAYERS[id].dataset]!, LAYERS[id]) : null,
      ),
  );
  months = $derived(this.#months.value ? monthRange(this.#months.value.first, this.#months.value.last) : []);
  month = $derived(this.months.includes(this.#p.month ?? '') ? this.#p.month! : (this.months.at(-1) ?? null));
  window: MapWindow | null = $derived(
    this.month
      ? { end: this.month, span: this.span === 'all' ? null : Number(this.span), category: this.category }
      : null,
  );
  #request = $derived(
    this.window
      ? JSON.stringify({
          layer: this.layer.id,
          view: this.view,
          window: this.window,
          hexKm: Number(this.hexKm),
          min: this.min,
        } satisfies MapRequest)
      : null,
  );
  #data = latest(
    () => (this.#request ? ([this.#request, indicators.inputs] as const) : null),
    ([req]) => {
      const r = JSON.parse(req) as MapRequest;
      return indicators.onTables((db, t) => mapData(db, t[LAYERS[r.layer].dataset]!, r));
    },
  );
  /** The last map drawn stays on screen while the next month's loads (the slider plays without flicker). */
  #last = $state<{ layer: string; data: MapData } | null>(null);
  shown = $derived(this.#data.value ?? (this.#last?.layer === this.layer.id ? this.#last.data : null));
  said: AtamekenSaid = $derived({
    t: router.t,
    lang: router.lang,
    names: Object.fromEntries(DISTRICTS.map((d) => [d.code, d.name[router.lang]])),
    label: (column: string, code: string) =>
      this.codebook.value?.find((v) => v.name === column)?.values?.[code]?.[router.lang] ?? code,
    min: this.min,
  });
  map = $derived.by(() => {
    const [data, features] = [this.shown, this.shapes.value];
    if (!data || !features) return null;
    const frame = { features, lang: router.lang, ariaLabel: this.label, selected: this.district };
    if (data.view === 'points') return pointsView(frame, this.layer, data.points, data.counts, this.said);
    if (data.view === 'hex') return hexView(frame, this.layer, data.bins, data.size, data.counts, this.said);
    return shadingView(frame, this.layer, data.counts, this.said);
  });
  records = $derived(
    this.shown ? countRecords(this.layer, this.shown.counts, this.said, regionNames(router.lang)) : [],
  );
  label = $derived(
    `${router.t(`atk.layer.${this.layer.id}`)} — ${this.month ? formatMonth(this.month, router.lang) : ''}`,
  );
  #card = latest(
    () =>
      this.district && this.window
        ? ([this.district, JSON.stringify(this.window), this.min, indicators.inputs] as const)
        : null,
    ([d, w, min]) => indicators.onTables((db, t) => districtCard(db, t, d, JSON.parse(w) as MapWindow, min)),
  );
  card = $derived(this.#card.value);
  /** The dynamics under the map: every month in order, or the months of each year overlaid. */
  dynamics = $derived(this.#p.dynamics === 'seasonal' ? ('seasonal' as const) : ('series' as const));
  #monthly = latest(
    () => [this.layer.entry, indicators.inputs] as const,
    ([id]) => indicators.monthly(id),
  );
  monthly = $derived(
    this.#monthly.value ? monthlyView(this.#monthly.value, this.layer, this.dynamics, this.month, this.said) : null,
  );
  cardLoading = $derived(this.#card.loading);
  /** The workspace has no rows of the layer's dataset with a date. */
  empty = $derived(!this.#months.loading && !this.#months.error && this.#months.value === null);
  error = $derived(this.#months.error || this.#data.error || this.#card.error);
  loading = $derived(this.#data.loading || !this.shapes.value);

  constructor() {
    $effect(() => {
      const data = this.#data.value;
      if (data) this.#last = { layer: untrack(() => this.layer.id), data };
    });
  }

  /** Change the view's parameters (the URL holds them all). */
  set = (p: Record<string, string>) => router.setParams(p);
}
