import { type Connector, quoteIdent, quoteLiteral } from '../core/sql';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import {
  type CalibrationDiagnostics,
  type CalibrationSpec,
  type Margin,
  type TrimSpec,
  calibrate,
  marginTerms,
  trimWeights,
} from '../stats/calibrate';
import { checkDesign, type DesignFinding } from '../stats/design-check';
import { type Design, LONELY_PSU, type LonelyPsu } from '../core/design';
import { DesignError, parseDesign } from '../stats/design';
import type { CliOptions } from './options';
import { UsageError } from './usage-error';

/** The --design string with --lonely-psu applied; errors are usage errors. */
export function designOption(opts: CliOptions): Design {
  if (!opts.design) throw new UsageError('needs --design "ids=...,strata=...,weights=...,fpc=..."');
  const { design, errors } = parseDesign(opts.design);
  const lonely = opts['lonely-psu'];
  if (lonely !== undefined) {
    if (!(LONELY_PSU as readonly string[]).includes(lonely))
      errors.push(`--lonely-psu must be one of ${LONELY_PSU.join(', ')}`);
    design.lonelyPsu = lonely as LonelyPsu;
  }
  if (errors.length) throw new UsageError(errors.join('; '));
  return design;
}

/** `--calibrate "1=6194,api99=3914069,stype:H=755"`: model columns (1, a numeric column, column:category) = totals. */
export function calibrationOption(opts: CliOptions): CalibrationSpec | null {
  const text = opts.calibrate;
  if (!text) return null;
  const x: string[] = [],
    totals: number[] = [];
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const at = part.lastIndexOf('=');
    const [term, total] = [part.slice(0, at), Number(part.slice(at + 1))];
    if (at < 1 || !Number.isFinite(total)) throw new UsageError(`--calibrate needs TERM=TOTAL, got "${part}"`);
    const [col, cat] = term.split(':');
    x.push(
      term === '1'
        ? '1'
        : cat !== undefined
          ? `COALESCE(${quoteIdent(col)}::VARCHAR = ${quoteLiteral(cat)}, false)::INT`
          : quoteIdent(col),
    );
    totals.push(total);
  }
  const calfun = opts.calfun ?? 'linear';
  if (calfun !== 'linear' && calfun !== 'raking') throw new UsageError('--calfun must be linear or raking');
  return { x, totals, calfun, name: '_calibrated_weight' };
}

/** The design of a command, calibrated first when --calibrate is given. */
/** `--rake "FILE[,FILE2]"`: margins as CSV files, key columns named as in the data, the last column the total. */
async function rakeOption(db: Connector, table: string, opts: CliOptions): Promise<CalibrationSpec | null> {
  if (!opts.rake) return null;
  const margins: Margin[] = [];
  for (const file of opts.rake
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean)) {
    const parsed = Papa.parse<string[]>((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    });
    const [header, ...rows] = parsed.data;
    if (!header || header.length < 2) throw new UsageError(`${file}: a margin needs key columns and a total column`);
    const bad = rows.findIndex((r) => !Number.isFinite(Number(r[header.length - 1])));
    if (bad >= 0) throw new UsageError(`${file}: row ${bad + 2}, column "${header[header.length - 1]}": not a number`);
    margins.push({
      keys: header.slice(0, -1),
      cells: rows.map((r) => ({ values: r.slice(0, -1), total: Number(r[header.length - 1]) })),
    });
  }
  return { ...(await marginTerms(db, table, margins)), calfun: 'raking', name: '_raked_weight' };
}

/** Columns the weighting options add to the input table (left out when the data is written back). */
export const ADDED_WEIGHTS = ['_calibrated_weight', '_raked_weight', '_trimmed_weight'];

/** What weighting did to a command's design: calibration diagnostics and trimming, when asked for. */
export interface Weighting {
  design: Design;
  calibration: CalibrationDiagnostics | null;
  trimmed: number | null;
}

/** The design of a command after its checks, --calibrate or --rake, then --trim. */
export async function weightedDesign(db: Connector, table: string, opts: CliOptions): Promise<Weighting> {
  const design = designOption(opts);
  if (!design.replicates) {
    const { errors } = await checkDesign(db, table, design);
    if (errors.length) throw new DesignError(`design: ${errors.map(describeFinding).join('; ')}`);
  }
  if (opts.rake && opts.calibrate) throw new UsageError('use --calibrate or --rake, not both');
  const cal = calibrationOption(opts) ?? (await rakeOption(db, table, opts));
  const calibrated = cal ? await calibrate(db, table, design, cal) : null;
  const trim = trimOption(opts);
  const trimmed = trim ? await trimWeights(db, table, calibrated?.design ?? design, trim) : null;
  return {
    design: trimmed?.design ?? calibrated?.design ?? design,
    calibration: calibrated?.diagnostics ?? null,
    trimmed: trimmed?.trimmed ?? null,
  };
}

/** The design of a command, weighted as its options say. */
export async function commandDesign(db: Connector, table: string, opts: CliOptions): Promise<Design> {
  return (await weightedDesign(db, table, opts)).design;
}

/** `--trim "LOWER,UPPER[,strict]"` (either bound may be empty): R's trimWeights after any calibration. */
function trimOption(opts: CliOptions): TrimSpec | null {
  if (!opts.trim) return null;
  const [lo, hi, strict] = opts.trim.split(',').map((x) => x.trim());
  const num = (x: string | undefined) => (x ? Number(x) : undefined);
  const [lower, upper] = [num(lo), num(hi)];
  if ([lower, upper].some((x) => x !== undefined && !Number.isFinite(x)) || (strict && strict !== 'strict')) {
    throw new UsageError(`--trim needs LOWER,UPPER[,strict], got "${opts.trim}"`);
  }
  return { lower, upper, strict: strict === 'strict', name: '_trimmed_weight' };
}

/** A design finding in plain English for the CLI's one-line errors. */
export function describeFinding(f: DesignFinding): string {
  switch (f.code) {
    case 'not_nested':
      return `PSU ${f.example} appears in more than one stratum; add nest=true if PSU ids repeat across strata`;
    case 'fpc_below_sample':
      return `the fpc of stratum ${f.example} is smaller than its number of sampled PSUs`;
    case 'negative_weights':
      return `weights column "${f.example}": ${f.count} negative weight(s), first in data row(s) ${f.rows?.join(', ')}`;
    default:
      return `${f.count} row(s) with no value in "${f.example}" (${f.code.replace('_', ' ')})`;
  }
}
