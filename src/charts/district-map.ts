import type { Feature, Geometry } from 'geojson';
import type { Lang } from '../core/lang';
import { formatCount } from '../i18n/format';
import { MAP_MAX_WIDTH, kazakhstanProjection } from './map';
import type { ChartSpec } from './spec';

/** A district boundary with its code and region. */
export type DistrictFeature = Feature<Geometry, { code: string; region: string }>;

const LEVEL_COLORS = ['#08306b', '#2171b5', '#6baed6', '#c6dbef'];
const NONE_COLOR = '#eeeeee';

/**
 * The network on a district map: each district coloured by the highest level of centre in it (or none), with
 * `data-region` on every district shape; the projection fits the districts given (a region or the country).
 */
export function districtMap(
  features: DistrictFeature[],
  levelOf: Map<string, string>,
  counts: Map<string, number>,
  opts: {
    names: Record<string, string>;
    levelLabels: Record<string, string>;
    levels: readonly string[];
    none: string;
    countLabel: string;
    ariaLabel: string;
    lang: Lang;
  },
): ChartSpec {
  const { names, levelLabels, levels, none } = opts;
  const data = features.map((f) => {
    const level = levelOf.get(f.properties.code);
    return { ...f, code: f.properties.code, level: level ? levelLabels[level] : none };
  });
  const tips = Object.fromEntries(
    features.map(({ properties: { code } }) => {
      const level = levelOf.get(code);
      return [
        code,
        [
          names[code] ?? code,
          level ? levelLabels[level] : none,
          `${opts.countLabel}: ${formatCount(counts.get(code) ?? 0, opts.lang)}`,
        ],
      ];
    }),
  );
  return {
    kind: 'map',
    level: 'district',
    lang: opts.lang,
    ariaLabel: opts.ariaLabel,
    aspect: 0.56,
    maxWidth: MAP_MAX_WIDTH,
    plot: {
      projection: kazakhstanProjection(features),
      color: {
        type: 'ordinal',
        domain: [...levels.map((l) => levelLabels[l]), none],
        range: [...LEVEL_COLORS, NONE_COLOR],
        legend: true,
      },
    },
    marks: [
      {
        type: 'geo',
        data,
        options: { fill: 'level', stroke: '#fff', strokeWidth: 0.5 },
        attr: { name: 'region', field: 'code' },
      },
    ],
    tips,
  };
}
