import { parseArgs } from 'node:util';
import type { Connector } from '../core/sql';
import { openNodeDuckDB } from '../data/duckdb-node';
import { DataError } from '../data/errors';
import { DesignError } from '../stats/design';
import { runAlpha } from './commands/alpha';
import { runCrosstab } from './commands/crosstab';
import { runDescribe } from './commands/describe';
import { runEstimate } from './commands/estimate';
import { runFreq } from './commands/freq';
import { runIndicatorsCommand } from './commands/indicators';
import { runKpi } from './commands/kpi';
import { runCatalogue } from './commands/catalogue';
import { runWeights } from './commands/weights';
import { print } from './output';
import { UsageError } from './usage-error';

const USAGE = `usage: cli <command> [options]
  describe FILE [--sheet NAME] [--form XLSFORM.xlsx]   format, encoding, delimiter, decimal mark, columns, types, missing counts, labels
  freq FILE --var X [--weight W]     frequency table
  estimate FILE --design "..." (--mean V | --total V | --prop "V=cat" | --prop-expr SQL | --ratio N/D | --quantile "V=p,..")...
                [--by G[,G2]] [--domain SQL] [--level 0.95] [--df N|Inf] [--ci-method logit|xlogit|beta|likelihood|asin|mean]
                [--lonely-psu fail|remove|certainty|adjust|average] [--calibrate "1=N,COL=TOTAL,COL:CAT=N" [--calfun linear|raking]] [--rake "MARGIN.csv[,MARGIN2.csv]"] [--trim "LOWER,UPPER[,strict]"]
                design: ids=A[+B],strata=S,weights=W,fpc=F1[+F2][,nest=true][,as=JK1|JKn]
                    or weights=W,repweights=REGEX,type=JK1|BRR|Fay|bootstrap[,rho=..][,scale=..][,mse=true]
  crosstab FILE --rows A --cols B --design "..." [--domain SQL]   weighted table, % with SEs, Rao-Scott test
  weights FILE --design "..." (--calibrate ... | --rake ...) [--trim ...] [--out FILE.csv]   adjusted weights, diagnostics
  alpha FILE --items a,b,c [--weight W] [--domain SQL]   Cronbach's alpha, item-total r, alpha if deleted
  indicators STUDY [--by region,wave[,...]] [--ids a,b] [--rubric RUBRIC.json]   every catalogue entry: value, SE, CI, n, status
  catalogue STUDY [--lang ru|kk|en]   every strategy indicator: task, name, unit, data it needs, computable or what it lacks
  kpi STUDY [--rubric RUBRIC.json]   each centre's KPI levels with evidence, roll-ups (thresholds from the file if given)
  FILE is a .csv/.tsv/.txt (any encoding), .xlsx, .sav/.zsav, .parquet, .arrow, .json/.ndjson file, an XLSForm,
  or STUDY:DATASET (e.g. demo:population).
  Common: --format json|csv, --lang ru|kk|en`;

const OPTIONS = {
  var: { type: 'string' }, weight: { type: 'string' }, by: { type: 'string' }, ids: { type: 'string' },
  design: { type: 'string' }, mean: { type: 'string', multiple: true }, total: { type: 'string', multiple: true },
  prop: { type: 'string', multiple: true }, 'prop-expr': { type: 'string', multiple: true },
  ratio: { type: 'string', multiple: true }, quantile: { type: 'string', multiple: true }, domain: { type: 'string' }, level: { type: 'string' },
  df: { type: 'string' }, 'ci-method': { type: 'string' }, 'lonely-psu': { type: 'string' },
  rows: { type: 'string' }, cols: { type: 'string' }, calibrate: { type: 'string' }, calfun: { type: 'string' }, trim: { type: 'string' }, rake: { type: 'string' }, out: { type: 'string' }, items: { type: 'string' }, sheet: { type: 'string' }, form: { type: 'string' }, rubric: { type: 'string' }, format: { type: 'string', default: 'json' },
  lang: { type: 'string', default: 'en' }, help: { type: 'boolean' },
} as const;

export type CliOptions = ReturnType<typeof parse>['values'];
type Command = (db: Connector, target: string, opts: CliOptions) => Promise<unknown>;
const parse = (argv: string[]) => parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });

/** Run the CLI: JSON (or CSV) on stdout; one error line on stderr and exit code 1 or 2 on failure. */
async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv);
  const [command, target] = positionals;
  if (values.help || !command) {
    process.stdout.write(USAGE + '\n');
    return command ? 0 : 2;
  }
  const commands: Record<string, Command | undefined> = {
    describe: runDescribe, freq: runFreq, estimate: runEstimate, crosstab: runCrosstab, weights: runWeights, alpha: runAlpha, indicators: runIndicatorsCommand, kpi: runKpi, catalogue: runCatalogue,
  };
  const run = commands[command];
  if (!run || !target) throw new UsageError(run ? `${command} needs a FILE or STUDY` : `unknown command "${command}"`);
  const db = await openNodeDuckDB();
  try {
    print(await run(db, target, values), values.format ?? 'json');
  } finally {
    await db.close();
  }
  return 0;
}

// Set the exit code and let Node exit by itself: process.exit() would cut off stdout still flowing into a pipe.
main(process.argv.slice(2)).then(
  (code) => void (process.exitCode = code),
  (e: unknown) => {
    const msg = e instanceof DataError || e instanceof UsageError || e instanceof DesignError ? e.message : e instanceof Error ? e.message.split('\n')[0] : String(e);
    process.stderr.write(`error: ${msg}\n`);
    process.exitCode = e instanceof UsageError ? 2 : 1;
  },
);
