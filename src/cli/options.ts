import { parseArgs } from 'node:util';

/** Every option any command takes (a command reads the ones it needs). */
const OPTIONS = {
  var: { type: 'string' },
  column: { type: 'string' },
  weight: { type: 'string' },
  by: { type: 'string' },
  ids: { type: 'string' },
  design: { type: 'string' },
  mean: { type: 'string', multiple: true },
  total: { type: 'string', multiple: true },
  prop: { type: 'string', multiple: true },
  'prop-expr': { type: 'string', multiple: true },
  ratio: { type: 'string', multiple: true },
  quantile: { type: 'string', multiple: true },
  domain: { type: 'string' },
  level: { type: 'string' },
  df: { type: 'string' },
  'ci-method': { type: 'string' },
  'lonely-psu': { type: 'string' },
  rows: { type: 'string' },
  cols: { type: 'string' },
  calibrate: { type: 'string' },
  calfun: { type: 'string' },
  trim: { type: 'string' },
  rake: { type: 'string' },
  out: { type: 'string' },
  param: { type: 'string', multiple: true },
  pins: { type: 'string' },
  study: { type: 'string' },
  items: { type: 'string' },
  sheet: { type: 'string' },
  form: { type: 'string' },
  rubric: { type: 'string' },
  format: { type: 'string', default: 'json' },
  lang: { type: 'string' },
  engine: { type: 'string', default: 'native' },
  'keep-missing': { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

/** Parse a command line: the positionals (command, target) and the options. */
export const parseCliArgs = (argv: string[]) => parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });

export type CliOptions = ReturnType<typeof parseCliArgs>['values'];
