import type { Feature, Geometry } from 'geojson';
import type { IndicatorRow } from '../indicators/run';
import { type BaseRules, DEFAULT_RULES } from '../indicators/status';
import type { Lang, T } from '../i18n/t';
import { tipLines } from './labels';
import type { ChartSpec } from './spec';

/** A region boundary with its code (names for display come from the reference table). */
export type RegionFeature = Feature<Geometry, { code: string; name_ru: string; name_kk: string; name_en: string }>;

/**
 * A choropleth of region estimates. Every region is drawn (regions without an estimate in grey) and carries
 * `data-region`; the projection is conic equal-area fitted to Kazakhstan.
 */
export function regionMap(
  features: RegionFeature[], rows: IndicatorRow[],
  opts: { t: T; lang: Lang; label: string; names: Record<string, string>; rules?: BaseRules },
): ChartSpec {
  const { t, lang, label, names, rules = DEFAULT_RULES } = opts;
  const byCode = new Map(rows.map((r) => [r.region, r]));
  const data = features.map((f) => {
    const r = byCode.get(f.properties.code);
    return { ...f, code: f.properties.code, value: r?.status === 'ok' ? r.estimate : NaN };
  });
  const tips = Object.fromEntries(features.map(({ properties: { code } }) => [code, tipLines(names[code] ?? code, byCode.get(code), t, lang, rules)]));
  return {
    kind: 'map',
    level: 'region',
    ariaLabel: t('chart.map'),
    aspect: 0.56,
    plot: {
      projection: { type: 'conic-equal-area', parallels: [44, 52], rotate: [-67, 0], domain: { type: 'FeatureCollection', features } },
      color: { type: 'linear', range: ['#cfe1f2', '#08306b'], interpolate: 'hcl', legend: true, label, unknown: '#d9d9d9' },
    },
    marks: [{ type: 'geo', data, options: { fill: 'value', stroke: 'white', strokeWidth: 0.8 }, attr: { name: 'region', field: 'code' } }],
    tips,
  };
}
