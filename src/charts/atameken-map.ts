import type { Lang } from '../core/lang';
import { type HexCount } from '../reports/atameken/map-data';
import { hexRing } from '../reports/atameken/hex';
import type { Classes } from './classing';
import type { DistrictFeature } from './district-map';
import { MAP_MAX_WIDTH, classScale, kazakhstanProjection } from './map';
import { type ChartSpec, HATCH_GREY, type MarkSpec } from './spec';

/** What every Atameken map is drawn with: the districts it fits, the UI language, a label for screen readers. */
export interface MapFrame {
  features: DistrictFeature[];
  lang: Lang;
  ariaLabel: string;
  /** The district outlined (its card is open), if any. */
  selected: string | null;
}

const BASE_FILL = '#f1f3f5';

/** A map of the districts in the app's projection, as wide as the other maps. */
function frame(f: MapFrame, kind: ChartSpec['kind'], plot: Record<string, unknown>, marks: MarkSpec[]): ChartSpec {
  return {
    kind,
    level: 'district',
    lang: f.lang,
    ariaLabel: f.ariaLabel,
    aspect: 0.56,
    maxWidth: MAP_MAX_WIDTH,
    plot: {
      projection: kazakhstanProjection(f.features),
      ...plot,
    },
    marks,
    tips: {},
  };
}

/** The districts under the bins or points: light, each tagged with its code so a click opens its card. */
function districtsUnder(f: MapFrame): MarkSpec[] {
  const data = f.features.map((d) => ({ ...d, code: d.properties.code }));
  return [
    {
      type: 'geo',
      data,
      options: { fill: BASE_FILL, stroke: '#fff', strokeWidth: 0.6 },
      attr: { name: 'region', field: 'code' },
    },
    {
      type: 'geo',
      data: data.filter((d) => d.code === f.selected),
      options: { fill: 'none', stroke: '#111', strokeWidth: 2, pointerEvents: 'none' },
    },
  ];
}

/** The key of a hexagon (`data-key`, tooltips). */
export const hexKey = (h: { q: number; r: number }) => `hex:${h.q},${h.r}`;

/**
 * Hexagonal bins of equal area on the districts, classed by count; withheld bins (privacy) grey-hatched without a
 * count. `tips` gives each bin's tooltip lines.
 */
export function hexMap(
  f: MapFrame,
  bins: HexCount[],
  size: number,
  classes: Classes | null,
  tips: (b: HexCount) => string[],
): ChartSpec {
  const data = bins.map((b) => ({
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: [hexRing(b, size)] },
    properties: {},
    key: hexKey(b),
    value: b.count ?? NaN,
    withheld: b.withheld,
  }));
  const spec = frame(f, 'hexbin', { color: classScale(classes) }, [
    ...districtsUnder(f),
    {
      type: 'geo',
      data: data.filter((d) => !d.withheld),
      options: { fill: 'value', stroke: '#fff', strokeWidth: 0.4 },
      attr: { name: 'key', field: 'key' },
    },
    {
      type: 'geo',
      data: data.filter((d) => d.withheld),
      options: { fill: HATCH_GREY, stroke: '#fff', strokeWidth: 0.4 },
      attr: { name: 'key', field: 'key' },
    },
  ]);
  spec.tips = Object.fromEntries(bins.map((b) => [hexKey(b), tips(b)]));
  return spec;
}

/** A located row as a dot: its key, place, and the label and colour of its state. */
export interface Dot {
  key: string;
  lon: number;
  lat: number;
  state: string;
  tip: string[];
}

/** Dots on the districts, one per row, coloured by state (`colors` in the order of `states`). */
export function pointMap(f: MapFrame, dots: Dot[], states: string[], colors: string[]): ChartSpec {
  const spec = frame(f, 'points', { color: { type: 'ordinal', domain: states, range: colors, legend: false } }, [
    ...districtsUnder(f),
    {
      type: 'dot',
      data: dots as unknown as Record<string, unknown>[],
      options: { x: 'lon', y: 'lat', fill: 'state', r: 3.2, stroke: '#fff', strokeWidth: 0.6 },
      attr: { name: 'key', field: 'key' },
    },
  ]);
  spec.tips = Object.fromEntries(dots.map((d) => [d.key, d.tip]));
  return spec;
}
