import type { Connector } from '../core/sql';
import { runAlpha } from './commands/alpha';
import { runCatalogue } from './commands/catalogue';
import { runCrosstab } from './commands/crosstab';
import { runDescribe } from './commands/describe';
import { runEstimate } from './commands/estimate';
import { runExportParquet } from './commands/export-parquet';
import { runFreq } from './commands/freq';
import { runIndicatorsCommand } from './commands/indicators';
import { runKpi } from './commands/kpi';
import { runMatchRegions } from './commands/match-regions';
import { runNotebookCommand } from './commands/notebook';
import { runSaeCommand } from './commands/sae';
import { runWeights } from './commands/weights';
import type { CliOptions } from './options';

/** A command: reads its target (a file, `STUDY:DATASET` or a study) on the given database, returns what to print. */
export type Command = (db: Connector, target: string, opts: CliOptions, ...rest: string[]) => Promise<unknown>;

/** A usage text from its lines: the lines after the first are indented under the command's arguments. */
const usageLines = (...lines: string[]) => lines.join('\n' + ' '.repeat(16));

/** The CLI's commands, each with its usage lines; a new command is one file in commands/ and one row here. */
export const COMMANDS: Record<string, { run: Command; usage: string; targetOption?: 'direct' }> = {
  describe: {
    run: runDescribe,
    usage: usageLines(
      'describe FILE [--sheet NAME] [--form XLSFORM.xlsx]   ' +
        'format, encoding, delimiter, decimal mark, columns, types,',
      'missing counts, labels',
    ),
  },
  freq: { run: runFreq, usage: 'freq FILE --var X [--weight W]     frequency table' },
  estimate: {
    run: runEstimate,
    usage: usageLines(
      'estimate FILE --design "..." ' +
        '(--mean V | --total V | --prop "V=cat" | --prop-expr SQL | --ratio N/D | --quantile "V=p,..")...',
      '[--by G[,G2]] [--domain SQL] [--level 0.95] [--df N|Inf] [--ci-method logit|xlogit|beta|likelihood|asin|mean]',
      '[--lonely-psu fail|remove|certainty|adjust|average] ' +
        '[--calibrate "1=N,COL=TOTAL,COL:CAT=N" [--calfun linear|raking]]',
      '[--rake "MARGIN.csv[,MARGIN2.csv]"] [--trim "LOWER,UPPER[,strict]"]',
      'design: ids=A[+B],strata=S,weights=W,fpc=F1[+F2][,nest=true][,as=JK1|JKn]',
      '    or weights=W,repweights=REGEX,type=JK1|BRR|Fay|bootstrap[,rho=..][,scale=..][,mse=true]',
    ),
  },
  crosstab: {
    run: runCrosstab,
    usage: 'crosstab FILE --rows A --cols B --design "..." [--domain SQL]   weighted table, % with SEs, Rao-Scott test',
  },
  weights: {
    run: runWeights,
    usage: usageLines(
      'weights FILE --design "..." (--calibrate ... | --rake ...) [--trim ...] [--out FILE.csv]   adjusted weights,',
      'diagnostics',
    ),
  },
  alpha: {
    run: runAlpha,
    usage: "alpha FILE --items a,b,c [--weight W] [--domain SQL]   Cronbach's alpha, item-total r, alpha if deleted",
  },
  indicators: {
    run: runIndicatorsCommand,
    usage: usageLines(
      'indicators STUDY [--by region,wave[,...]] [--ids a,b] [--rubric RUBRIC.json]   ' +
        'every catalogue entry: value, SE,',
      'CI, n, status (a STUDY folder may hold Parquet files and hive-partitioned folders: native engine)',
    ),
  },
  'export-parquet': {
    run: runExportParquet,
    usage: usageLines(
      'export-parquet STUDY|WORKSPACE.zip --out FOLDER [--partition wave,region]   the study or workspace file as',
      'a study folder of Parquet files (hive-partitioned by the keys each dataset has), codebooks and study.json',
    ),
  },
  catalogue: {
    run: runCatalogue,
    usage: usageLines(
      'catalogue STUDY [--lang ru|kk|en]   every strategy indicator: task, name, unit, data it needs, computable or',
      'what it lacks',
    ),
  },
  kpi: {
    run: runKpi,
    usage: usageLines(
      "kpi STUDY [--rubric RUBRIC.json]   each centre's KPI levels with evidence, roll-ups (thresholds from the file",
      'if given)',
    ),
  },
  'match-regions': {
    run: runMatchRegions,
    usage: usageLines(
      'match-regions FILE --column COL   each distinct value: the region code it matches (null: choose), how,',
      'candidates',
    ),
  },
  notebook: {
    run: runNotebookCommand,
    usage: usageLines(
      'notebook run FILE.md [--param NAME=VALUE]... [--study DIR] [--out report.html|report.md|report.json]   run',
      'every cell on native DuckDB (the demo study by default), write the report (JSON on stdout without --out)',
      "  --pins notes.json: workshop notes ({cell, text, at} list, or the app's JSON report) printed under their cells",
      'notebook deck FILE.md --out deck.html [--lang ru|kk|en] [--param NAME=VALUE]... [--study DIR]   the run as',
      'slides in one self-contained HTML file that opens from a USB stick and presents with the keyboard',
      'notebook check FILE.md   validate without running: a summary, or every error as FILE:LINE: cell ID: ...',
    ),
  },
  sae: {
    run: runSaeCommand,
    targetOption: 'direct',
    usage: usageLines(
      'sae STUDY:DATASET --indicator ID --wave YEAR --covariates a,b [--level district] [--method REML|ML|FH]',
      '[--mse prasad-rao|bootstrap [--replicates 200 --seed 1]] [--benchmark ratio|difference]',
      '[--sampling-variance auto|direct|gvf] [--ci-level 0.95]   district estimates by a Fay-Herriot model: direct',
      'estimate, SE, n, EBLUP, MSE, CI, shrinkage per district, and the model (covariates: region, urban_share,',
      'ngo_per_10k, has_centre, centre_level, services_per_10k)',
      'sae --direct FILE --estimate COL --variance COL --covariates a,b [--area COL]   the same model on direct',
      'estimates made elsewhere (as R sae::eblupFH)',
    ),
  },
};
