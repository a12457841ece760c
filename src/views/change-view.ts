import { classify } from '../charts/classing';
import { type RegionFeature, type Shade, choropleth, drawnValues } from '../charts/map';
import { dumbbellChart } from '../charts/slope';
import type { ChartSpec } from '../charts/spec';
import { type TrendPoint, type Populations, changeUnit, perHeadRows, shownUnit } from '../compare/rows';
import { trendChart } from '../charts/trend';
import { formatNumber, formatValue } from '../i18n/format';
import type { T } from '../i18n/t';
import type { Lang } from '../core/lang';
import type { Entry } from '../indicators/catalogue/types';
import type { IndicatorRow } from '../indicators/rows';
import type { BaseRules } from '../indicators/status';
import { type ChangeLine, changeLines } from '../compare/change';
import { type CompareView, legendOf, valueLabel } from './compare-view';
import { shadeOf } from './units-view';
import type { CompareState } from '../compare/state';

export interface ChangeInput {
  entry: Entry;
  rows: IndicatorRow[];
  state: CompareState;
  waves: number[];
  names: Record<string, string>;
  features: RegionFeature[];
  t: T;
  lang: Lang;
  rules: BaseRules;
  /** For counts shown per head (state.per): population by region and of the country. */
  population: Populations;
}

export interface ChangeView {
  lines: ChangeLine[];
  summary: string;
  /** How the change's interval is computed (Welch–Satterthwaite df), for the page and its exports; [] if exact. */
  method: string[];
  dumbbell: ChartSpec;
  changeMap: ChartSpec;
  changeLegend: CompareView['legend'];
  multiples: { wave: number; spec: ChartSpec }[];
  multiplesLegend: CompareView['legend'];
  trends: { title: string; spec: ChartSpec }[];
}

function changeTip(l: ChangeLine, input: ChangeInput, earlier: number, later: number): string[] {
  const { t, lang, entry, state } = input;
  const unit = shownUnit(entry, state.per);
  const f = (x: number | null) => formatValue(x, changeUnit(unit), lang);
  const out = [
    l.name,
    `${earlier}: ${formatValue(l.earlier, unit, lang)}`,
    `${later}: ${formatValue(l.later, unit, lang)}`,
  ];
  if (l.difference !== null)
    out.push(
      `${t('cmp.col.change')}: ${f(l.difference)}${l.ci_low === null ? '' : ` (${f(l.ci_low)}…${f(l.ci_high)})`}`,
    );
  out.push(
    l.direction
      ? t(`cmp.dir.${l.direction}`)
      : t(l.look === 'suppressed' ? 'status.suppressed' : 'status.no_data', { minN: input.rules.minN }),
  );
  return out;
}

function summaryOf(lines: ChangeLine[], input: ChangeInput): string {
  const { t, lang, entry, state } = input;
  const [nat, ...regional] = lines;
  const f = (x: number | null) => formatValue(x, changeUnit(shownUnit(entry, state.per)), lang);
  const national =
    nat.difference === null || nat.direction === null
      ? t('status.no_data')
      : t('waves.national', {
          difference: f(nat.difference),
          low: f(nat.ci_low),
          high: f(nat.ci_high),
          direction: t(`cmp.dir.${nat.direction}`),
        });
  const count = (d: string) => regional.filter((l) => l.direction === d).length;
  return t('waves.summary', { national, up: count('up'), down: count('down'), same: count('same') });
}

function methodOf(lines: ChangeLine[], { t, lang }: ChangeInput): string[] {
  if (lines.every((l) => l.df === null)) return [];
  const national = lines[0].df;
  return [
    t('waves.method'),
    ...(national === null ? [] : [t('waves.method.national', { df: formatNumber(national, lang, 0) })]),
  ];
}

/** The trend of an entry over every wave with its intervals: nationally (region null) or in one region. */
export function trendOf(
  rows: IndicatorRow[],
  region: string | null,
  input: Pick<ChangeInput, 'entry' | 'state' | 't' | 'lang'>,
  title: string,
) {
  const points: TrendPoint[] = rows
    .filter(
      (r) =>
        r.region === region && !Object.keys(r.by).length && r.status === 'ok' && r.estimate !== null && r.wave !== null,
    )
    .sort((a, b) => a.wave! - b.wave!)
    .map((r) => ({ wave: r.wave!, estimate: r.estimate!, ci_low: r.ci_low, ci_high: r.ci_high }));
  const f = (x: number | null) => formatValue(x, shownUnit(input.entry, input.state.per), input.lang);
  const tips = Object.fromEntries(
    points.map((p) => [
      String(p.wave),
      [
        `${title}: ${p.wave}`,
        f(p.estimate),
        p.ci_low === null ? '' : `${input.t('tip.ci')}: ${f(p.ci_low)}–${f(p.ci_high)}`,
      ],
    ]),
  );
  return {
    title,
    spec: trendChart(points, {
      lang: input.lang,
      ariaLabel: title,
      yLabel: valueLabel(input.entry, input.state, input.t, input.lang),
      tips,
    }),
  };
}

/** Change between two waves: lines with CIs and significance, a dumbbell, a change map, small multiples and trends. */
export function changeView(input: ChangeInput): ChangeView {
  const { entry, rows, state, names, features, t, lang, waves } = input;
  const [later, earlier] = [state.wave, state.compare!];
  const own = perHeadRows(
    rows.filter((r) => r.indicator_id === entry.id),
    state.per,
    input.population,
  );
  const lines = changeLines(own, entry.id, later, earlier, names, t('chart.national'));
  const regional = lines.slice(1);
  const tips = new Map(regional.map((l) => [l.code!, changeTip(l, input, earlier, later)]));
  const diffs = regional.filter((l) => l.difference !== null).map((l) => l.difference!);
  const changeClasses = classify(diffs, 'diverging', 0);
  const changeShades: Shade[] = regional.map((l) => ({
    code: l.code!,
    value: l.difference,
    look: l.look,
    tip: tips.get(l.code!)!,
  }));
  const unit = shownUnit(entry, state.per);
  const atWave = (w: number) => own.filter((r) => r.wave === w && r.region !== null && !Object.keys(r.by).length);
  const waveShades = waves.map((w) => ({
    wave: w,
    shades: atWave(w).map((r) => shadeOf(r.region!, r, `${names[r.region!] ?? r.region}, ${w}`, input)),
  }));
  const all = drawnValues(waveShades.flatMap((w) => w.shades));
  const national = own.find(
    (r) => r.wave === later && r.region === null && !Object.keys(r.by).length && r.status === 'ok',
  );
  const waveClasses = classify(all, state.classing, national?.estimate ?? 0);
  const label = valueLabel(entry, state, t, lang);
  const title = t('waves.changeMap', { earlier, later });
  return {
    lines,
    summary: summaryOf(lines, input),
    method: methodOf(lines, input),
    dumbbell: dumbbellChart(
      regional.map((l) => ({ ...l, code: l.code!, tip: tips.get(l.code!)! })),
      {
        lang,
        ariaLabel: t('waves.dumbbell', { earlier, later }),
        xLabel: label,
        earlierLabel: String(earlier),
        laterLabel: String(later),
        selected: state.region,
      },
    ),
    changeMap: choropleth(features, changeShades, changeClasses, { lang, ariaLabel: title, selected: state.region }),
    changeLegend: legendOf(changeClasses, diffs, title, changeUnit(unit), input, t('cmp.classing.zero')),
    multiples: waveShades.map(({ wave, shades }) => ({
      wave,
      spec: choropleth(features, shades, waveClasses, {
        lang,
        ariaLabel: `${t('chart.map')} ${wave}`,
        selected: state.region,
      }),
    })),
    multiplesLegend: legendOf(waveClasses, all, label, unit, input),
    trends: [
      trendOf(own, null, input, t('chart.national')),
      ...(state.region ? [trendOf(own, state.region, input, names[state.region] ?? state.region)] : []),
    ],
  };
}

/** The change lines as export records (one per region, the national line first). */
export function changeRecords(lines: ChangeLine[], earlier: number, later: number): Record<string, unknown>[] {
  return lines.map((l) => ({
    region_code: l.code ?? '',
    region: l.name,
    earlier_wave: earlier,
    later_wave: later,
    earlier: l.earlier,
    later: l.later,
    change: l.difference,
    ci_low: l.ci_low,
    ci_high: l.ci_high,
    df: l.df,
    significant: l.significant,
    direction: l.direction,
  }));
}
