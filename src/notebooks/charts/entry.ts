import { distributionChart } from '../../charts/distribution';
import { rankedBars } from '../../charts/ranked-bars';
import type { ChartSpec } from '../../charts/spec';
import { levelLabels, wavesOf } from '../../compare/choices';
import { lookOf, populations } from '../../compare/rows';
import { CLASSINGS, type CompareState, type Facet, PER } from '../../compare/state';
import { translator } from '../../i18n/t';
import type { Entry } from '../../indicators/catalogue/types';
import type { IndicatorRow } from '../../indicators/rows';
import { changeRecords, changeView, trendOf } from '../../views/change-view';
import { type CompareInput, compareView, exportRecords, valueLabel } from '../../views/compare-view';
import { CellFailure } from '../cells/types';
import type { NotebookEnv } from '../env';
import type { ChartKind } from '../types';
import { type ChartOptions, waveOption } from './source';
import type { Row } from '../../core/sql';

/** A chart and the records behind it. */
export interface Drawn {
  chart: ChartSpec | null;
  records: Row[];
}

const oneOf = <T extends string>(xs: readonly T[], v: unknown, fallback: T): T =>
  (xs as readonly unknown[]).includes(v) ? (v as T) : fallback;

/**
 * The comparison pages' state for the cell's options: its wave (the latest by default), compare, region, by, classing
 * and per-head counts (map units other than today's regions are not drawn in notebooks yet).
 */
function stateOf(entry: Entry, rows: IndicatorRow[], opts: ChartOptions, by: string | null): CompareState {
  const waves = wavesOf(rows, []);
  const wave = waveOption(opts.wave) ?? waves[waves.length - 1] ?? 0;
  const region = typeof opts.region === 'string' && opts.region !== 'KZ' ? opts.region : null;
  return {
    indicator: entry.id,
    wave,
    compare: waveOption(opts.compare),
    by: by as Facet | null,
    region,
    view: 'map',
    classing: oneOf(CLASSINGS, opts.classing, 'quantile'),
    per: oneOf(PER, opts.per, 'none'),
    level: 'region',
  };
}

function inputOf(entry: Entry, rows: IndicatorRow[], opts: ChartOptions, by: string | null, env: NotebookEnv) {
  const lang = env.lang;
  const codebook = entry.dataset ? (env.datasets[entry.dataset]?.codebook ?? []) : [];
  const input: CompareInput = {
    entry,
    rows,
    state: stateOf(entry, rows, opts, by),
    names: Object.fromEntries(env.regions.map((r) => [r.code, r.name[lang]])),
    population: populations(env.regions),
    features: env.shapes?.features ?? [],
    tiles: env.shapes?.tiles ?? [],
    groupLabels: by ? levelLabels(codebook.find((v) => v.name === by)?.values, lang) : {},
    t: translator(lang),
    lang,
    rules: env.rules,
  };
  return input;
}

function needShapes(env: NotebookEnv): void {
  if (!env.shapes) throw new CellFailure('no_shapes', 'the environment has no region boundaries');
}

function changeOf(input: CompareInput) {
  if (input.state.compare === null) throw new CellFailure('missing_option', 'compare');
  const waves = wavesOf(input.rows, []);
  return changeView({ ...input, waves, features: input.features });
}

/**
 * One catalogue entry drawn as its page draws it: the regions page's map, tile grid, ranking and table
 * (compareView), the waves page's dumbbell and trend (changeView), with the page's classes, hatching and labels.
 */
export function entryChart(
  kind: ChartKind,
  entry: Entry,
  rows: IndicatorRow[],
  opts: ChartOptions,
  by: string | null,
  env: NotebookEnv,
): Drawn {
  // Maps of districts or of the pre-2022 units need their own shapes and rows: refused rather than drawn by region
  // (the page's level changes its map only).
  if (kind === 'map' && opts.level !== undefined && opts.level !== 'region')
    throw new CellFailure('not_implemented', `level: ${opts.level}`);
  const input = inputOf(entry, rows, opts, by, env);
  const { state, t, lang } = input;
  if (kind === 'slope' || (kind === 'table' && state.compare !== null)) {
    const view = changeOf(input);
    const records = changeRecords(view.lines, state.compare!, state.wave);
    return { chart: kind === 'slope' ? view.dumbbell : null, records };
  }
  if (kind === 'trend') {
    const name = state.region ? (input.names[state.region] ?? state.region) : t('chart.national');
    return { chart: trendOf(rows, state.region, input, name).spec, records: rows as unknown as Row[] };
  }
  if (kind === 'map' || kind === 'tilegrid') needShapes(env);
  const view = compareView(input);
  const records = exportRecords(view, state, input.groupLabels);
  const drawn = view.lines.filter((l) => l.estimate !== null && ['solid', 'flagged'].includes(lookOf(l)));
  const label = valueLabel(entry, state, t, lang);
  switch (kind) {
    case 'map':
      return { chart: view.maps[0].spec, records };
    case 'tilegrid':
      return { chart: view.tilegrid, records };
    case 'ranking':
      return { chart: view.ranking, records };
    case 'bars': {
      const items = drawn.map((l) => ({ key: l.code, label: l.name, value: l.estimate }));
      return { chart: rankedBars(items, { lang, xLabel: label, ariaLabel: label }), records };
    }
    case 'distribution': {
      const data = drawn.map((l) => ({
        key: l.name,
        group: l.group ? (input.groupLabels[l.group] ?? l.group) : '',
        value: l.estimate!,
      }));
      return { chart: distributionChart(data, { lang, xLabel: label, ariaLabel: label }), records };
    }
    default:
      return { chart: null, records };
  }
}
