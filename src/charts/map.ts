import type { Feature, Geometry } from 'geojson';
import type { Classes } from './classing';
import type { Lang } from '../core/lang';
import { type ChartSpec, HATCH, HATCH_GREY } from './spec';

/** A region boundary with its code (names for display come from the reference table). */
export type RegionFeature = Feature<Geometry, { code: string; name_ru: string; name_kk: string; name_en: string }>;

/** What a shape shows: its value (null: none), how it looks (flagged/suppressed are hatched) and its tooltip. */
export interface Shade {
  code: string;
  value: number | null;
  look: 'solid' | 'flagged' | 'suppressed' | 'missing';
  tip: string[];
}

/** The values drawn in colour (flagged ones too, hatched over their class colour), which the classes are made from. */
export function drawnValues(shades: Pick<Shade, 'value' | 'look'>[]): number[] {
  return shades.filter((s) => s.look === 'solid' || s.look === 'flagged').map((s) => s.value!);
}

/** The widest a map is drawn: at 1,100 px it is about 620 px high, within a laptop's or a projector's screen. */
export const MAP_MAX_WIDTH = 1100;

export const MISSING_FILL = '#d9d9d9';

/** Plot's projection of every map: conic equal-area (as `src/core/projection.ts`), fitted to `features`. */
export function kazakhstanProjection(features: Feature[]): Record<string, unknown> {
  return {
    type: 'conic-equal-area',
    parallels: [44, 52],
    rotate: [-67, 0],
    domain: { type: 'FeatureCollection', features },
  };
}
export const SELECTED_STROKE = '#111';

/**
 * The colour scale of a classed choropleth
 * (Plot's threshold scale: a value on a threshold goes to the class above).
 */
export function classScale(classes: Classes | null): Record<string, unknown> {
  if (!classes) return { type: 'ordinal', range: [MISSING_FILL], unknown: MISSING_FILL, legend: false };
  return { type: 'threshold', domain: classes.thresholds, range: classes.colors, unknown: MISSING_FILL, legend: false };
}

/**
 * Overlays shared by the map and the tile grid: hatching for flagged and suppressed shapes,
 * an outline for the selected one.
 */
export function overlays<T extends { code: string }>(
  data: (T & { look: Shade['look'] })[],
  type: 'geo' | 'cell',
  base: Record<string, unknown>,
  selected: string | null,
): ChartSpec['marks'] {
  const pick = (look: Shade['look']) => data.filter((d) => d.look === look);
  return [
    { type, data: pick('flagged'), options: { ...base, fill: HATCH, stroke: 'none', pointerEvents: 'none' } },
    { type, data: pick('suppressed'), options: { ...base, fill: HATCH_GREY, stroke: 'none', pointerEvents: 'none' } },
    {
      type,
      data: data.filter((d) => d.code === selected),
      options: { ...base, fill: 'none', stroke: SELECTED_STROKE, strokeWidth: 2.5, pointerEvents: 'none' },
    },
  ];
}

/**
 * A classed choropleth of regions or districts: every shape drawn and tagged `data-region`, grey without a value,
 * hatched when flagged (grey hatched when suppressed), the selected one outlined; conic equal-area for Kazakhstan.
 */
export function choropleth(
  features: Feature<Geometry, { code: string }>[],
  shades: Shade[],
  classes: Classes | null,
  opts: { lang: Lang; ariaLabel: string; selected?: string | null; level?: 'region' | 'district' },
): ChartSpec {
  const byCode = new Map(shades.map((s) => [s.code, s]));
  const data = features.map((f) => {
    const s = byCode.get(f.properties.code);
    return { ...f, code: f.properties.code, value: s?.value ?? NaN, look: s?.look ?? 'missing' };
  });
  const thin = opts.level === 'district' ? 0.3 : 0.8;
  return {
    kind: 'map',
    level: opts.level ?? 'region',
    lang: opts.lang,
    ariaLabel: opts.ariaLabel,
    aspect: 0.56,
    maxWidth: MAP_MAX_WIDTH,
    plot: {
      projection: kazakhstanProjection(features),
      color: classScale(classes),
    },
    marks: [
      {
        type: 'geo',
        data,
        options: { fill: 'value', stroke: 'white', strokeWidth: thin },
        attr: { name: 'region', field: 'code' },
      },
      ...overlays(data, 'geo', {}, opts.selected ?? null),
    ],
    tips: Object.fromEntries(shades.map((s) => [s.code, s.tip])),
  };
}
