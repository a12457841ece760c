import { type Dot, type MapFrame, hexMap, pointMap } from '../charts/atameken-map';
import { type Classes, classLabels, classOf, classify } from '../charts/classing';
import { type Shade, choropleth } from '../charts/map';
import { type MonthDatum, monthlyChart } from '../charts/monthly';
import type { ChartSpec } from '../charts/spec';
import type { Lang } from '../core/lang';
import { formatCount, formatMonth } from '../i18n/format';
import type { T } from '../i18n/t';
import type { MonthPoint } from '../indicators/monthly';
import type { MapLayer } from '../reports/atameken/layers';
import type { DistrictCount, HexCount, MapPoint } from '../reports/atameken/map-data';
import type { LegendItem } from './compare-view';

/** What the map's words come from: the translator, the language, district names, codebook labels, the minimum. */
export interface AtamekenSaid {
  t: T;
  lang: Lang;
  names: Record<string, string>;
  /** A code of a column in words (the codebook's label, else the code). */
  label: (column: string, code: string) => string;
  /** The privacy minimum in force. */
  min: number;
}

/** A drawn map with its legend. */
export interface MapView {
  spec: ChartSpec;
  legend: { title: string; items: LegendItem[] };
}

/** Colours of the states, first (open) to last (finished): red → green for reports, as the project's own map. */
const STATE_COLORS: Record<MapLayer['id'], string[]> = {
  initiatives: ['#f29e2e', '#2c7bb6', '#1a9850'],
  reports: ['#d7301f', '#1a9850'],
};

const countOf = (layer: MapLayer, n: number, s: AtamekenSaid) => s.t(`atk.count.${layer.id}`, { n });

function countTip(layer: MapLayer, d: DistrictCount | undefined, s: AtamekenSaid): string {
  if (!d) return countOf(layer, 0, s);
  return d.withheld ? s.t('status.withheld', { min: s.min }) : countOf(layer, d.count!, s);
}

/** Tooltips of the districts under the bins or points: name and count. */
function districtTips(frame: MapFrame, layer: MapLayer, counts: DistrictCount[], s: AtamekenSaid) {
  const by = new Map(counts.map((c) => [c.district, c]));
  return Object.fromEntries(
    frame.features.map(({ properties: { code } }) => [code, [s.names[code] ?? code, countTip(layer, by.get(code), s)]]),
  );
}

function legendItems(classes: Classes | null, values: number[], s: AtamekenSaid, layer: MapLayer): LegendItem[] {
  const items: LegendItem[] = classes
    ? classLabels(classes, (x) => formatCount(x, s.lang)).map((range, i) => ({
        fill: classes.colors[i],
        label: s.t('cmp.legend.count', { range, count: values.filter((v) => classOf(classes, v) === i).length }),
      }))
    : [];
  if (layer.private)
    items.push({ fill: '#e0e0e0', pattern: 'hatch-grey', label: s.t('atk.legend.withheld', { min: s.min }) });
  return items;
}

/** Districts shaded by their count in the window (quantile classes; withheld ones grey-hatched). */
export function shadingView(frame: MapFrame, layer: MapLayer, counts: DistrictCount[], s: AtamekenSaid): MapView {
  const shades: Shade[] = counts.map((c) => ({
    code: c.district,
    value: c.count,
    look: c.withheld ? 'suppressed' : 'solid',
    tip: [s.names[c.district] ?? c.district, countTip(layer, c, s)],
  }));
  const values = counts.filter((c) => c.count !== null && c.count > 0).map((c) => c.count!);
  const classes = classify(values, 'quantile');
  const spec = choropleth(frame.features, shades, classes, {
    lang: frame.lang,
    ariaLabel: frame.ariaLabel,
    selected: frame.selected,
    level: 'district',
  });
  spec.tips = { ...districtTips(frame, layer, counts, s), ...spec.tips };
  const items = [...legendItems(classes, values, s, layer), { fill: '#d9d9d9', label: s.t('atk.legend.none') }];
  return { spec, legend: { title: s.t(`atk.legend.${layer.id}`), items } };
}

/** Hexagons of equal area, classed by count; withheld ones grey-hatched without a count. */
export function hexView(
  frame: MapFrame,
  layer: MapLayer,
  bins: HexCount[],
  size: number,
  counts: DistrictCount[],
  s: AtamekenSaid,
): MapView {
  const values = bins.filter((b) => b.count !== null).map((b) => b.count!);
  const classes = classify(values, 'quantile');
  const tip = (b: HexCount) => [
    s.t('atk.hex'),
    b.withheld ? s.t('status.withheld', { min: s.min }) : countOf(layer, b.count!, s),
  ];
  const spec = hexMap(frame, bins, size, classes, tip);
  spec.tips = { ...districtTips(frame, layer, counts, s), ...spec.tips };
  return { spec, legend: { title: s.t(`atk.legend.${layer.id}`), items: legendItems(classes, values, s, layer) } };
}

/** One dot per row, coloured by its state, with its id, category, state and district in the tooltip. */
export function pointsView(
  frame: MapFrame,
  layer: MapLayer,
  points: MapPoint[],
  counts: DistrictCount[],
  s: AtamekenSaid,
): MapView {
  const states = layer.states.map((v) => s.label(layer.state, v));
  const dots: Dot[] = points.map((p) => ({
    key: `pt:${p.id}`,
    lon: p.lon,
    lat: p.lat,
    state: p.state === null ? '' : s.label(layer.state, p.state),
    tip: [
      p.id,
      p.category === null ? '' : s.label(layer.category, p.category),
      p.state === null ? '' : s.label(layer.state, p.state),
      s.names[p.district] ?? p.district,
    ].filter(Boolean),
  }));
  const spec = pointMap(frame, dots, states, STATE_COLORS[layer.id]);
  spec.tips = { ...districtTips(frame, layer, counts, s), ...spec.tips };
  const items = states.map((label, i) => ({ fill: STATE_COLORS[layer.id][i], label }));
  return { spec, legend: { title: s.t(`atk.legend.${layer.id}`), items } };
}

/** The counts by district as records, for the table and the CSV/XLSX (withheld counts empty, never a number). */
export function countRecords(
  layer: MapLayer,
  counts: DistrictCount[],
  s: AtamekenSaid,
  regionNames: Record<string, string>,
): Record<string, unknown>[] {
  const [open, finished] = [layer.states[0], layer.states[layer.states.length - 1]];
  return counts.map((c) => ({
    region: regionNames[c.region] ?? c.region,
    district: c.district,
    district_name: s.names[c.district] ?? c.district,
    count: c.count,
    [open]: c.open,
    [finished]: c.finished,
    withheld: c.withheld,
  }));
}

/** The layer's count by month nationally: the whole series (the page's month marked) or one line per year. */
export function monthlyView(
  points: MonthPoint[],
  layer: MapLayer,
  view: 'series' | 'seasonal',
  marked: string | null,
  s: AtamekenSaid,
): ChartSpec {
  const national = points.filter((p) => p.region === null);
  const data: MonthDatum[] = national.map((p) => ({
    key: `m:${p.period}`,
    year: p.wave,
    month: p.month,
    value: p.status === 'ok' ? p.estimate : null,
  }));
  const spec = monthlyChart(data, {
    view,
    marked: marked && `m:${marked}`,
    lang: s.lang,
    ariaLabel: s.t(`atk.monthly.${view}`),
    yLabel: s.t(`atk.legend.${layer.id}`),
  });
  const tip = (p: MonthPoint) =>
    p.status === 'ok' ? countOf(layer, p.estimate ?? 0, s) : s.t('status.withheld', { min: s.min });
  spec.tips = Object.fromEntries(national.map((p) => [`m:${p.period}`, [formatMonth(p.period, s.lang), tip(p)]]));
  return spec;
}
