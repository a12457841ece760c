import type { Feature, Geometry } from 'geojson';
import { classify } from '../charts/classing';
import { type RegionFeature, type Shade, choropleth, drawnValues } from '../charts/map';
import type { ChartSpec } from '../charts/spec';
import { tipLines } from '../charts/labels';
import type { IndicatorRow } from '../indicators/rows';
import { lookOf } from '../compare/rows';
import { type CompareInput, type CompareView, legendOf, valueLabel } from './compare-view';

type Said = Pick<CompareInput, 't' | 'lang' | 'rules'>;

/** A shape's shade from its row: value, look (hatched when flagged, grey-hatched when suppressed) and tooltip. */
export function shadeOf(code: string, row: IndicatorRow, name: string, { t, lang, rules }: Said): Shade {
  return { code, value: row.estimate, look: lookOf(row), tip: tipLines(name, row, t, lang, rules) };
}

/**
 * The map of an entry in one wave on other units: districts, or the 17 pre-2022 units of data fielded before the
 * reform (the unit's code is in `by[key]`), classed and hatched like the region map.
 */
export function unitsView(
  rows: IndicatorRow[],
  key: 'district' | 'region_source',
  input: Pick<CompareInput, 'entry' | 'state' | 't' | 'lang' | 'rules'>,
  features: Feature<Geometry, { code: string }>[],
  names: Record<string, string>,
): { spec: ChartSpec; legend: CompareView['legend']; shown: number } {
  const { entry, state, t, lang } = input;
  const known = new Set(features.map((f) => f.properties.code));
  const here = rows.filter((r) => r.indicator_id === entry.id && r.wave === state.wave && known.has(String(r.by[key])));
  const shades = here.map((r) => shadeOf(String(r.by[key]), r, names[String(r.by[key])] ?? String(r.by[key]), input));
  const ok = drawnValues(shades);
  const national = rows.find(
    (r) => r.indicator_id === entry.id && r.wave === state.wave && r.region === null && r.by[key] === undefined,
  );
  const classes = classify(ok, state.classing, national?.estimate ?? 0);
  const label = valueLabel(entry, state, t, lang);
  const level = key === 'district' ? 'district' : 'region';
  return {
    spec: choropleth(features, shades, classes, {
      lang,
      ariaLabel: `${t('chart.map')} — ${t(`cmp.level.${state.level}`)}`,
      level,
    }),
    legend: legendOf(classes, ok, label, entry.unit, input),
    shown: here.filter((r) => r.n > 0).length,
  };
}

/** Waves in which an entry has rows coded in the given units (e.g. the waves fielded in the pre-2022 units). */
export function wavesCodedIn(rows: IndicatorRow[], key: string, codes: Set<string>): number[] {
  return [
    ...new Set(rows.filter((r) => codes.has(String(r.by[key])) && r.wave !== null && r.n > 0).map((r) => r.wave!)),
  ].sort((a, b) => a - b);
}

/**
 * A quantile-classed map of region rows of one wave (user-built indices): the same looks and legend
 * as the comparison.
 */
export function regionRowsMap(
  rows: IndicatorRow[],
  features: RegionFeature[],
  label: string,
  opts: Pick<CompareInput, 'names' | 't' | 'lang' | 'rules'> & { unit: string },
) {
  const { names, t } = opts;
  const regional = rows.filter((r) => r.region !== null && !Object.keys(r.by).length);
  const shades = regional.map((r) => shadeOf(r.region!, r, names[r.region!] ?? r.region!, opts));
  const ok = drawnValues(shades);
  const classes = classify(ok, 'quantile');
  return {
    spec: choropleth(features, shades, classes, { lang: opts.lang, ariaLabel: t('chart.map') }),
    legend: legendOf(classes, ok, label, opts.unit, opts),
  };
}
