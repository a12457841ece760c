import { CHART_KINDS, type CellKind } from './types';

/**
 * What an option may hold: a dataset the front matter names, an earlier named result, text, a scalar or `$param`,
 * a list of names (or one comma-separated text), a whole number, one of a set of words, or transform steps.
 */
export type OptionType =
  'dataset' | 'result' | 'text' | 'scalar' | 'list' | 'int' | 'steps' | 'mapping' | readonly string[];

export interface OptionSpec {
  type: OptionType;
  required?: boolean;
}

const req = (type: OptionType): OptionSpec => ({ type, required: true });
const opt = (type: OptionType): OptionSpec => ({ type });

/** Every cell kind's options (the info string's `key=value` pairs and the YAML body's keys). */
export const CELL_OPTIONS: Record<CellKind, Record<string, OptionSpec>> = {
  sql: { title: opt('text') },
  estimate: {
    dataset: req('dataset'),
    mode: opt(['freq', 'means', 'mr']),
    rows: opt('text'),
    y: opt('text'),
    set: opt('text'),
    cols: opt('text'),
    wave: opt('scalar'),
    title: opt('text'),
  },
  crosstab: {
    dataset: req('dataset'),
    rows: req('text'),
    cols: req('text'),
    pct: opt(['row', 'col', 'total']),
    wave: opt('scalar'),
    title: opt('text'),
  },
  change: { dataset: req('dataset'), rows: req('text'), title: opt('text') },
  indicator: {
    entry: req('text'),
    by: opt('list'),
    wave: opt('scalar'),
    region: opt('scalar'),
    title: opt('text'),
  },
  sae: {
    indicator: req('text'),
    wave: req('scalar'),
    covariates: req('list'),
    method: opt(['REML', 'ML', 'FH']),
    mse: opt(['prasad-rao', 'bootstrap']),
    benchmark: opt(['ratio', 'difference']),
    region: opt('scalar'),
    part: opt(['districts', 'model']),
    title: opt('text'),
  },
  plan: {
    wave: req('scalar'),
    covariates: req('list'),
    w_population: opt('scalar'),
    w_aware_centre: opt('scalar'),
    w_used_centre_services: opt('scalar'),
    w_sci: opt('scalar'),
    w_distance: opt('scalar'),
    top: opt('scalar'),
    region: opt('scalar'),
    title: opt('text'),
  },
  transform: { from: req('result'), steps: req('steps'), title: opt('text') },
  chart: {
    kind: req(CHART_KINDS),
    data: opt('result'),
    indicator: opt('text'),
    wave: opt('scalar'),
    compare: opt('scalar'),
    region: opt('scalar'),
    by: opt('list'),
    x: opt('text'),
    y: opt('text'),
    value: opt('text'),
    label: opt('text'),
    group: opt('text'),
    classing: opt(['quantile', 'equal', 'diverging']),
    per: opt(['none', '100k', '10k']),
    level: opt(['region', 'district', 'pre2022']),
    columns: opt('list'),
    reveal: opt('list'),
    title: opt('text'),
  },
  table: {
    data: req('result'),
    columns: opt('list'),
    labels: opt('mapping'),
    decimals: opt('int'),
    reveal: opt('list'),
    title: opt('text'),
  },
};

/** The Arquero verbs a transform step may use. */
export const TRANSFORM_VERBS = [
  'derive',
  'filter',
  'groupby',
  'rollup',
  'count',
  'pivot',
  'fold',
  'join',
  'select',
  'rename',
  'orderby',
  'slice',
] as const;
