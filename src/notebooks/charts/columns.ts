import { type Classes, classify } from '../../charts/classing';
import { distributionChart } from '../../charts/distribution';
import { type Shade, choropleth, drawnValues } from '../../charts/map';
import { rankedBars } from '../../charts/ranked-bars';
import { type RankedLine, rankingChart } from '../../charts/ranking';
import { dumbbellChart } from '../../charts/slope';
import type { ChartSpec } from '../../charts/spec';
import { tileLabels, tilegridChart } from '../../charts/tilegrid';
import { trendChart } from '../../charts/trend';
import { lookOf } from '../../compare/rows';
import type { Row } from '../../core/sql';
import { formatNumber } from '../../i18n/format';
import { translator } from '../../i18n/t';
import type { Status } from '../../indicators/status';
import { placeNamer } from '../cells/shared';
import { CellFailure } from '../cells/types';
import type { NotebookEnv } from '../env';
import type { ChartKind } from '../types';
import { type ChartOptions, flagsOf, waveOption } from './source';

const num = (v: unknown): number | null => (v === null || v === undefined || v === '' ? null : Number(v));

/** The columns a chart of any result reads: region (or x), value (or y), label, group, wave, and the CI if present. */
interface Columns {
  key: string;
  value: string;
  label: string | null;
  group: string | null;
}

function columnsOf(kind: ChartKind, opts: ChartOptions, rows: Row[]): Columns {
  const s = (v: unknown) => (typeof v === 'string' ? v : null);
  const x = s(opts.x) ?? (kind === 'trend' ? 'wave' : opts.level === 'district' ? 'district' : 'region');
  const value = s(opts.value) ?? s(opts.y) ?? 'estimate';
  const cols = { key: x, value, label: s(opts.label), group: s(opts.group) };
  const have = new Set(rows.flatMap((r) => Object.keys(r)));
  const keyed = kind !== 'distribution' || typeof opts.x === 'string';
  for (const c of [keyed ? cols.key : null, cols.value, cols.label, cols.group])
    if (c && rows.length && !have.has(c)) throw new CellFailure('unknown_column', c);
  return cols;
}

/**
 * How a row is drawn: hatched when flagged or synthetic (a model's prediction alone), grey hatched when suppressed
 * (columns `status`, `flags`, `synthetic`).
 */
function lookOfRow(r: Row, value: number | null) {
  if (value === null && r.status === undefined) return 'missing';
  const look = lookOf({ status: (r.status ?? 'ok') as Status, flags: flagsOf(r.flags) });
  return look === 'solid' && r.synthetic === true ? 'flagged' : look;
}

/**
 * A choropleth of the regions, or with `level=district` of the districts (when the env has their boundaries) of
 * every region the rows have a district in: a region's districts fill the map.
 */
function mapOf(env: NotebookEnv, opts: ChartOptions, shades: Shade[], classes: Classes | null, ariaLabel: string) {
  const o = { lang: env.lang, ariaLabel };
  if (opts.level !== 'district') {
    if (!env.shapes) throw new CellFailure('no_shapes', 'the environment has no region boundaries');
    return choropleth(env.shapes.features, shades, classes, o);
  }
  const all = env.shapes?.districts;
  if (!all) throw new CellFailure('no_shapes', 'the environment has no district boundaries');
  const codes = new Set(shades.map((x) => x.code));
  const regions = new Set(all.filter((f) => codes.has(f.properties.code)).map((f) => f.properties.region));
  const features = regions.size ? all.filter((f) => regions.has(f.properties.region)) : all;
  return choropleth(features, shades, classes, { ...o, level: 'district' });
}

/**
 * A chart of any named result (e.g. an SQL cell's), drawn by the same builders as the app's charts: `x`/`region`
 * names the region or category column, `value`/`y` the values, `label` their names, `group` a breakdown.
 */
export function columnsChart(kind: ChartKind, rows: Row[], opts: ChartOptions, env: NotebookEnv): ChartSpec | null {
  const c = columnsOf(kind, opts, rows);
  const { lang } = env;
  const t = translator(lang);
  const title = typeof opts.title === 'string' ? opts.title : null;
  const names = Object.fromEntries(env.regions.map((r) => [r.code, r.name[lang]]));
  const place = placeNamer(env);
  const nameOf = (r: Row, i: number) =>
    String(c.label ? r[c.label] : r[c.key] === null || r[c.key] === undefined ? i + 1 : place(String(r[c.key])));
  const f = (x: number | null) => formatNumber(x, lang, 1);
  const items = rows.map((r, i) => {
    const value = num(r[c.value]);
    const look = lookOfRow(r, value);
    const shown = look === 'suppressed' || look === 'missing' ? null : value;
    return {
      r,
      code: String(r[c.key]),
      name: nameOf(r, i),
      value: shown,
      look,
      group: c.group ? String(r[c.group]) : '',
    };
  });
  const tip = (d: (typeof items)[number]) => [d.name, f(d.value)];
  const shades: Shade[] = items.map((d) => ({ code: d.code, value: d.value, look: d.look, tip: tip(d) }));
  const drawn = drawnValues(shades);
  const classes = classify(drawn, 'quantile', drawn.reduce((a, b) => a + b, 0) / (drawn.length || 1));
  switch (kind) {
    case 'map':
      return mapOf(env, opts, shades, classes, title ?? t('chart.map'));
    case 'tilegrid': {
      if (!env.shapes) throw new CellFailure('no_shapes', 'the environment has no region boundaries');
      const short = tileLabels(names, lang);
      const tiles = env.shapes.tiles.map((x) => ({ ...x, label: short[x.code] ?? x.code }));
      return tilegridChart(tiles, shades, classes, { lang, ariaLabel: title ?? t('cmp.tab.tilegrid') });
    }
    case 'ranking': {
      const ok = items.filter((d) => d.value !== null).sort((a, b) => b.value! - a.value!);
      const lines: RankedLine[] = ok.map((d, i) => ({
        code: d.code,
        name: d.name,
        group: d.group,
        estimate: d.value,
        ci_low: num(d.r.ci_low),
        ci_high: num(d.r.ci_high),
        look: d.look,
        rank: c.group ? null : i + 1,
        rank_low: c.group ? null : i + 1,
        rank_high: c.group ? null : i + 1,
        vs_national: null,
        tip: tip(d),
      }));
      return rankingChart(lines, null, { lang, ariaLabel: title ?? t('chart.ranking'), xLabel: c.value });
    }
    case 'trend': {
      const points = items
        .filter((d) => d.value !== null)
        .map((d) => ({
          wave: Number(d.r[c.key]),
          estimate: d.value!,
          ci_low: num(d.r.ci_low),
          ci_high: num(d.r.ci_high),
        }))
        .sort((a, b) => a.wave - b.wave);
      return trendChart(points, { lang, ariaLabel: title ?? c.value, yLabel: c.value });
    }
    case 'slope':
      return slopeOf(items, opts, { lang, title: title ?? c.value, xLabel: c.value });
    case 'bars': {
      const bars = items.map((d) => ({ key: d.code, label: d.name, value: d.value }));
      return rankedBars(bars, { lang, xLabel: c.value, ariaLabel: title ?? c.value });
    }
    case 'distribution': {
      const data = items.filter((d) => d.value !== null).map((d) => ({ key: d.name, group: d.group, value: d.value! }));
      return distributionChart(data, { lang, xLabel: c.value, ariaLabel: title ?? c.value });
    }
    default:
      return null;
  }
}

type Item = { r: Row; code: string; name: string; value: number | null; look: RankedLine['look'] };

/** A dumbbell of each region's value in `compare` (earlier) and `wave` (later), rows told apart by their `wave`. */
function slopeOf(items: Item[], opts: ChartOptions, o: { lang: NotebookEnv['lang']; title: string; xLabel: string }) {
  const [later, earlier] = [waveOption(opts.wave), waveOption(opts.compare)];
  if (later === null || earlier === null) throw new CellFailure('missing_option', later === null ? 'wave' : 'compare');
  const at = (w: number, code: string) => items.find((d) => Number(d.r.wave) === w && d.code === code);
  const codes = [...new Set(items.map((d) => d.code))];
  const lines = codes.map((code) => {
    const [a, b] = [at(earlier, code), at(later, code)];
    const look = [a?.look, b?.look].includes('suppressed')
      ? 'suppressed'
      : [a?.look, b?.look].includes('flagged')
        ? 'flagged'
        : 'solid';
    return {
      code,
      name: (b ?? a)!.name,
      earlier: a?.value ?? null,
      later: b?.value ?? null,
      direction: null,
      look,
      tip: [],
    } as const;
  });
  return dumbbellChart(
    lines.map((l) => ({ ...l, tip: [l.name] })),
    { lang: o.lang, ariaLabel: o.title, xLabel: o.xLabel, earlierLabel: String(earlier), laterLabel: String(later) },
  );
}
