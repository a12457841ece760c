import { type Classes, classLabels, classOf, classify } from '../charts/classing';
import { type RegionFeature, type Shade, choropleth, drawnValues } from '../charts/map';
import { GROUP_COLORS, type RankedLine, rankingChart } from '../charts/ranking';
import type { ChartSpec } from '../charts/spec';
import { tileLabels, tilegridChart } from '../charts/tilegrid';
import { tipLines } from '../charts/labels';
import { formatValue } from '../i18n/format';
import type { Key, T } from '../i18n/t';
import type { Lang } from '../core/lang';
import type { Entry } from '../indicators/catalogue/types';
import type { IndicatorRow } from '../indicators/rows';
import type { BaseRules } from '../indicators/status';
import {
  type Populations,
  type RegionLine,
  isAdditive,
  lookOf,
  perHeadRows,
  regionLines,
  shownUnit,
  vsKey,
  waveRows,
} from '../compare/rows';
import type { CompareState } from '../compare/state';

/** Everything a comparison page needs besides the state: the entry's rows, names, shapes and the UI language. */
export interface CompareInput {
  entry: Entry;
  rows: IndicatorRow[];
  state: CompareState;
  names: Record<string, string>;
  population: Populations;
  features: RegionFeature[];
  tiles: { code: string; row: number; col: number }[];
  /** Labels of the breakdown's levels, by code. */
  groupLabels: Record<string, string>;
  t: T;
  lang: Lang;
  rules: BaseRules;
}

/** A legend entry: a colour or a pattern and what it means. */
export interface LegendItem {
  fill: string;
  label: string;
  pattern?: 'hatch' | 'hatch-grey';
}

export interface CompareView {
  lines: RegionLine[];
  national: IndicatorRow[];
  classes: Classes | null;
  legend: { title: string; items: LegendItem[] };
  maps: { title: string; spec: ChartSpec }[];
  tilegrid: ChartSpec;
  ranking: ChartSpec;
  label: string;
  reading: string;
  base: string;
  missing: string | null;
  rankGroups: number;
  /** The breakdown's groups and their colours in the ranking (empty without a breakdown). */
  groups: LegendItem[];
}

/** The value label of an entry in the chosen per-head mode. */
export function valueLabel(entry: Entry, state: CompareState, t: T, lang: Lang): string {
  const unit = state.per === 'none' ? t(`unit.${entry.unit}`) : t(`cmp.per.${state.per}`);
  return `${entry.name[lang]}, ${unit}`;
}

function transformed(input: CompareInput): { regional: IndicatorRow[]; national: IndicatorRow[] } {
  const { rows, entry, state, population } = input;
  const { regional, national } = waveRows(rows, entry.id, state.wave, state.by);
  return {
    regional: perHeadRows(regional, state.per, population),
    national: perHeadRows(national, state.per, population),
  };
}

function tipOf(line: RegionLine, row: IndicatorRow | undefined, input: CompareInput): string[] {
  const { t, lang, rules, groupLabels } = input;
  const name = line.group ? `${line.name} — ${groupLabels[line.group] ?? line.group}` : line.name;
  const lines = tipLines(name, row, t, lang, rules);
  const vs = vsKey(line);
  if (vs) lines.push(t(vs));
  if (line.rank !== null) lines.push(`${t('cmp.col.rank')}: ${line.rank} (${line.rank_low}–${line.rank_high})`);
  return lines;
}

/** The legend of a classed map: each class's range and how many shapes fall in it, then the hatched and grey looks. */
export function legendOf(
  classes: Classes | null,
  values: number[],
  title: string,
  unit: string,
  input: Pick<CompareInput, 't' | 'lang' | 'rules'>,
  method?: string,
): CompareView['legend'] {
  const { t, lang, rules } = input;
  const f = (x: number) => formatValue(x, unit, lang);
  const counts = classes ? classes.colors.map((_, i) => values.filter((v) => classOf(classes, v) === i).length) : [];
  const items: LegendItem[] = classes
    ? classLabels(classes, f).map((range, i) => ({
        fill: classes.colors[i],
        label: t('cmp.legend.count', { range, count: counts[i] }),
      }))
    : [];
  items.push({ fill: '#ffffff', pattern: 'hatch', label: t('cmp.legend.flagged') });
  items.push({ fill: '#e0e0e0', pattern: 'hatch-grey', label: t('cmp.legend.suppressed', { minN: rules.minN }) });
  items.push({ fill: '#d9d9d9', label: t('cmp.legend.missing') });
  return {
    title: classes
      ? t('cmp.legend.title', { label: title, method: method ?? t(`cmp.classing.${classes.method}`) })
      : title,
    items,
  };
}

function readingOf(lines: RegionLine[], national: IndicatorRow | undefined, input: CompareInput): string {
  const { t, lang, state, entry, rows } = input;
  const unit = shownUnit(entry, state.per);
  const f = (x: number | null) => formatValue(x, unit, lang);
  if (national?.status === 'not_measured') return t('reading.notMeasured', { wave: state.wave });
  const ok = lines.filter((l) => l.rank !== null);
  if (!ok.length) {
    const years = [
      ...new Set(rows.filter((r) => r.indicator_id === entry.id && r.estimate !== null).map((r) => r.wave)),
    ].filter((y) => y !== null);
    return years.length && !years.includes(state.wave)
      ? t('reading.noDataYear', { wave: state.wave, years: years.join(', ') })
      : t('reading.none');
  }
  const [top, bottom] = [ok[0], ok[ok.length - 1]];
  const nat =
    !national || national.status !== 'ok'
      ? t('reading.nationalMissing', {
          status: t(`status.${national?.status ?? 'no_data'}`, { minN: input.rules.minN }),
        })
      : national.ci_low === null
        ? t('reading.nationalNoCi', { value: f(national.estimate) })
        : t('reading.national', { value: f(national.estimate), low: f(national.ci_low), high: f(national.ci_high) });
  return t('reading.text', {
    top: top.name,
    topValue: f(top.estimate),
    bottom: bottom.name,
    bottomValue: f(bottom.estimate),
    national: nat,
  });
}

function missingText(without: RegionLine[], total: number, input: CompareInput): string | null {
  const { t, groupLabels, rules } = input;
  const status = (l: RegionLine) => t(`status.${l.status}`, { minN: rules.minN });
  if (!without.length) return null;
  if (without.length <= 8)
    return t('missing.list', {
      list: without
        .map((l) => `${l.name}${l.group ? ` — ${groupLabels[l.group] ?? l.group}` : ''} (${status(l)})`)
        .join(', '),
    });
  const counts = new Map<string, number>();
  for (const l of without) counts.set(status(l), (counts.get(status(l)) ?? 0) + 1);
  return t('cmp.missingMany', {
    count: without.length,
    total,
    statuses: [...counts].map(([s, n]) => `${s}: ${n}`).join('; '),
  });
}

/**
 * Build every view of one indicator in one wave: lines (the table), classed map(s), tile grid, ranking,
 * legend and texts.
 */
export function compareView(input: CompareInput): CompareView {
  const { entry, state, names, features, tiles, t, lang, groupLabels } = input;
  const { regional, national } = transformed(input);
  const lines = regionLines(regional, national, names, state.by, isAdditive(entry, state.per));
  const rowOf = (l: RegionLine) =>
    regional.find((r) => r.region === l.code && (state.by ? String(r.by[state.by]) === l.group : true));
  const tips = new Map(lines.map((l) => [`${l.code}|${l.group}`, tipOf(l, rowOf(l), input)]));
  const national0 = state.by ? undefined : national.find((r) => r.status === 'ok');
  const label = valueLabel(entry, state, t, lang);
  const okValues = drawnValues(lines.map((l) => ({ value: l.estimate, look: lookOf(l) })));
  const centre = national0?.estimate ?? okValues.reduce((a, b) => a + b, 0) / (okValues.length || 1);
  const classes = classify(okValues, state.classing, centre);
  const unit = shownUnit(entry, state.per);
  const groups = [...new Set(lines.map((l) => l.group))];
  const shadesOf = (g: string): Shade[] =>
    lines
      .filter((l) => l.group === g)
      .map((l) => ({ code: l.code, value: l.estimate, look: lookOf(l), tip: tips.get(`${l.code}|${g}`)! }));
  const maps = groups.map((g) => ({
    title: g ? (groupLabels[g] ?? g) : t('chart.map'),
    spec: choropleth(features, shadesOf(g), classes, {
      lang,
      ariaLabel: `${t('chart.map')}${g ? ` — ${groupLabels[g] ?? g}` : ''}`,
      selected: state.region,
    }),
  }));
  const short = tileLabels(names, lang);
  const tileData = tiles.map((x) => ({ ...x, label: short[x.code] ?? x.code }));
  const ranked: RankedLine[] = lines.map((l) => ({ ...l, look: lookOf(l), tip: tips.get(`${l.code}|${l.group}`)! }));
  const without = lines.filter((l) => l.status !== 'ok' && l.status !== 'not_measured');
  return {
    lines,
    national,
    classes,
    label,
    legend: legendOf(classes, okValues, label, unit, input),
    maps,
    tilegrid: tilegridChart(tileData, shadesOf(groups[0] ?? ''), classes, {
      lang,
      ariaLabel: t('cmp.tab.tilegrid'),
      selected: state.region,
    }),
    ranking: rankingChart(ranked, national0 ? { estimate: national0.estimate!, label: t('chart.national') } : null, {
      lang,
      ariaLabel: t('chart.ranking'),
      xLabel: label,
      selected: state.region,
      groupLabels,
    }),
    reading: state.by
      ? groups
          .map(
            (g) =>
              `${groupLabels[g] ?? g}: ${readingOf(
                lines.filter((l) => l.group === g),
                national.find((r) => String(r.by[state.by!]) === g),
                input,
              )}`,
          )
          .join(' ')
      : readingOf(lines, national0 ?? national[0], input),
    groups: state.by
      ? groups.map((g, i) => ({ label: groupLabels[g] ?? g, fill: GROUP_COLORS[i % GROUP_COLORS.length] }))
      : [],
    base: t(baseKey(entry), {
      n: state.by ? national.reduce((a, r) => a + r.n, 0) : (national0?.n ?? national[0]?.n ?? 0),
      wave: state.wave,
    }),
    missing: missingText(without, lines.length, input),
    rankGroups: new Set(
      lines
        .filter((l) => !l.group)
        .map((l) => l.rank_group)
        .filter((g) => g !== null),
    ).size,
  };
}

/** The base line of an entry: respondents of a survey, centres or districts of the registry, records of statistics. */
export function baseKey(entry: Entry): Key {
  if (entry.formula.kind.startsWith('survey_')) return 'base.text';
  if (entry.dataset !== 'centres') return 'base.records';
  return entry.formula.kind.startsWith('district_') ? 'base.districts' : 'base.registry';
}

/** The data behind the charts, one record per region (and group): what CSV and XLSX exports carry. */
export function exportRecords(
  view: CompareView,
  state: CompareState,
  groupLabels: Record<string, string>,
): Record<string, unknown>[] {
  return view.lines.map((l) => ({
    region_code: l.code,
    region: l.name,
    ...(state.by ? { [state.by]: groupLabels[l.group] ?? l.group } : {}),
    wave: state.wave,
    estimate: l.estimate,
    ci_low: l.ci_low,
    ci_high: l.ci_high,
    n: l.n,
    status: l.status,
    flags: l.flags.join(';'),
    rank: l.rank,
    rank_low: l.rank_low,
    rank_high: l.rank_high,
    rank_group: l.rank_group,
    vs_national: l.vs_national,
  }));
}

/**
 * One line in words: its group, rank with the ranks its CI allows and how it compares with the national value
 * (or its status).
 */
export function describeLine(l: RegionLine, t: T, groupLabels: Record<string, string>, minN: number): string {
  if (l.rank === null) return t(`status.${l.status}`, { minN });
  const group = l.group ? `${groupLabels[l.group] ?? l.group}: ` : '';
  const vs = vsKey(l);
  return `${group}${t('cmp.col.rank')} ${l.rank} (${l.rank_low}–${l.rank_high})${vs ? `, ${t(vs)}` : ''}`;
}
