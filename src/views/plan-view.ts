import type { Feature, Geometry } from 'geojson';
import { classLabels, classify } from '../charts/classing';
import { type Shade, choropleth } from '../charts/map';
import type { ChartSpec } from '../charts/spec';
import type { Lang } from '../core/lang';
import { formatCount, formatNumber, formatValue } from '../i18n/format';
import type { T } from '../i18n/t';
import { type Candidate, type Measured, NEEDS, type Need, type PlanRow } from '../reports/plan';
import type { LegendItem } from './compare-view';

/** What the planner's views are worded with. */
export interface PlanSaid {
  t: T;
  lang: Lang;
  names: Record<string, string>;
  regionNames: Record<string, string>;
}

export const CENTRE_STROKE = '#d7301f';

/** A point to mark a district by: the mean vertex of its largest outer ring (inside for compact shapes). */
export function pointIn(g: Geometry): { lon: number; lat: number } {
  const rings =
    g.type === 'Polygon' ? [g.coordinates[0]] : g.type === 'MultiPolygon' ? g.coordinates.map((p) => p[0]) : [];
  const ring = rings.reduce((a, b) => (b.length > a.length ? b : a), rings[0] ?? []);
  const sum = ring.reduce((acc, [x, y]) => [acc[0] + x, acc[1] + y], [0, 0]);
  return { lon: sum[0] / (ring.length || 1), lat: sum[1] / (ring.length || 1) };
}

/** One need's value in words (population as a count, distance in hops, survey measures with their interval). */
export function needText(n: Need, m: Measured, lang: Lang): string {
  if (m.value === null) return '—';
  if (n === 'population' || n === 'distance') return formatCount(m.value, lang);
  const unit = n === 'sci' ? 'index_0_100' : 'percent';
  const f = (x: number) => formatValue(x, unit, lang);
  return m.ci ? `${f(m.value)} (${formatNumber(m.ci[0], lang, 1)}–${formatNumber(m.ci[1], lang, 1)})` : f(m.value);
}

function tipOf(r: PlanRow, said: PlanSaid): string[] {
  const { t, lang, names } = said;
  return [
    names[r.district] ?? r.district,
    t('plan.rankTip', { rank: r.rank, low: r.rank_low, high: r.rank_high }),
    ...NEEDS.map((n) => `${t(`plan.need.${n}`)}: ${needText(n, r.measures[n], lang)}`),
  ];
}

/**
 * Districts without a centre coloured by need (quantile classes of the score), districts with a centre outlined
 * in red with no fill.
 */
export function planMap(
  rows: PlanRow[],
  candidates: Candidate[],
  features: Feature<Geometry, { code: string }>[],
  said: PlanSaid,
): { spec: ChartSpec; legend: { title: string; items: LegendItem[] } } {
  const { t, lang } = said;
  const shades: Shade[] = rows.map((r) => ({ code: r.district, value: r.score, look: 'solid', tip: tipOf(r, said) }));
  const classes = classify(
    rows.map((r) => r.score),
    'quantile',
  );
  const spec = choropleth(features, shades, classes, { lang, ariaLabel: t('plan.map'), level: 'district' });
  const centres = new Set(candidates.filter((c) => c.hasCentre).map((c) => c.district));
  const marked = features.filter((f) => centres.has(f.properties.code));
  spec.marks.push({
    type: 'geo',
    data: marked.map((f) => ({ ...f, code: f.properties.code })),
    options: { fill: '#ffffff', stroke: '#bbbbbb', strokeWidth: 0.3, pointerEvents: 'none' },
  });
  spec.marks.push({
    type: 'dot',
    data: marked.map((f) => ({ code: f.properties.code, ...pointIn(f.geometry) })),
    options: { x: 'lon', y: 'lat', r: 2.5, fill: CENTRE_STROKE, pointerEvents: 'none' },
  });
  for (const code of centres) spec.tips[code] = [said.names[code] ?? code, t('plan.hasCentre')];
  const f = (x: number) => formatNumber(x, lang, 2);
  const items: LegendItem[] = classes
    ? classLabels(classes, f).map((label, i) => ({ fill: classes.colors[i], label }))
    : [];
  items.push({ fill: '#ffffff', label: t('plan.legend.centre') });
  return { spec, legend: { title: t('plan.legend.title'), items } };
}

/** The ranked list as table and export rows. */
export function planRecords(rows: PlanRow[], said: PlanSaid) {
  return rows.map((r) => ({
    rank: r.rank,
    rank_low: r.rank_low,
    rank_high: r.rank_high,
    district: r.district,
    district_name: said.names[r.district] ?? r.district,
    region: said.regionNames[r.region] ?? r.region,
    score: r.score,
    score_se: r.score_se,
    population: r.measures.population.value,
    aware_centre: r.measures.aware_centre.value,
    aware_centre_se: r.measures.aware_centre.se,
    used_centre_services: r.measures.used_centre_services.value,
    used_centre_services_se: r.measures.used_centre_services.se,
    sci: r.measures.sci.value,
    sci_se: r.measures.sci.se,
    hops_to_centre: r.measures.distance.value,
    unknown: r.unknown.join(' '),
  }));
}
