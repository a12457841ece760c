import { type Connector, quoteIdent } from '../../core/sql';
import { DataError } from '../../data/errors';
import { type SaeResult, SaeRequestError, runSae } from '../../indicators/sae-run';
import { type AreaInput, type SaeRow, modelAreas } from '../../indicators/sae-model';
import type { SaeMethod } from '../../stats/sae-fit';
import { openInput } from '../input';
import type { CliOptions } from '../options';
import { openStudyFolder } from '../study-folder';
import { UsageError } from '../usage-error';

const list = (s: string | undefined) =>
  (s ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

/** The fit options shared by both forms of the command. */
function fitOptions(opts: CliOptions) {
  const level = opts['ci-level'] === undefined ? 0.95 : Number(opts['ci-level']);
  if (!(level > 0 && level < 1)) throw new UsageError(`--ci-level must be between 0 and 1 (got "${opts['ci-level']}")`);
  return {
    method: oneOf<SaeMethod>('method', opts.method, ['REML', 'ML', 'FH'], 'REML'),
    mse: oneOf('mse', opts.mse, ['prasad-rao', 'bootstrap'] as const, 'prasad-rao'),
    level,
    replicates: opts.replicates === undefined ? undefined : Number(opts.replicates),
    seed: opts.seed === undefined ? undefined : Number(opts.seed),
  };
}

/** CSV prints the rows only, each carrying the model's method and variance. */
function shaped(result: { model: { method: string; sigma2_u: number }; rows: SaeRow[] }, opts: CliOptions) {
  if (opts.format !== 'csv') return result;
  return result.rows.map(({ flags, ...r }) => ({
    ...r,
    flags: flags.join(' '),
    method: result.model.method,
    sigma2_u: result.model.sigma2_u,
  }));
}

async function fromStudy(db: Connector, target: string, opts: CliOptions): Promise<SaeResult> {
  const [study] = target.split(/:(?=[a-z][a-z0-9_]*$)/);
  if (!opts.indicator) throw new UsageError('sae needs --indicator ID (e.g. aware_centre)');
  if (!opts.wave || !Number.isInteger(Number(opts.wave))) throw new UsageError('sae needs --wave YEAR');
  if ((opts.level ?? 'district') !== 'district') throw new UsageError(`--level must be district (got "${opts.level}")`);
  const { sources } = await openStudyFolder(db, study);
  try {
    return await runSae(db, sources, {
      indicator: opts.indicator,
      wave: Number(opts.wave),
      covariates: list(opts.covariates),
      variance: oneOf('sampling-variance', opts['sampling-variance'], ['auto', 'direct', 'gvf'] as const, 'auto'),
      benchmark: opts.benchmark ? oneOf('benchmark', opts.benchmark, ['ratio', 'difference'] as const, 'ratio') : null,
      ...fitOptions(opts),
    });
  } catch (e) {
    if (e instanceof SaeRequestError) throw new UsageError(saeMessage(e));
    throw e;
  }
}

/** A request error in words (the CLI's language is English). */
export function saeMessage(e: SaeRequestError): string {
  const p = e.params;
  return {
    unknown_indicator: `unknown indicator "${p.id}" (see the catalogue command)`,
    not_survey: `"${p.id}" is not a survey indicator: a district model needs direct survey estimates`,
    no_district: `"${p.id}" has no district breakdown in this study`,
    covariates: `covariates not available: ${p.missing}`,
    no_wave: `"${p.id}" has no district estimates in wave ${p.wave}`,
    too_few_areas: `only ${p.areas} districts have a direct estimate and covariates: too few to fit the model`,
    no_population: 'benchmarking needs district populations (the district_frame dataset)',
  }[e.code];
}

const numeric = (v: unknown) => (v === null || v === undefined || v === '' ? null : Number(v));

/** `sae --direct FILE`: a table of direct estimates made elsewhere, one row per area (as R's eblupFH takes). */
async function fromTable(db: Connector, file: string, opts: CliOptions) {
  if (!opts.estimate || !opts.variance) throw new UsageError('sae --direct needs --estimate COL and --variance COL');
  if (opts.benchmark) throw new UsageError('--benchmark needs a study (the regions\u2019 direct estimates)');
  const input = await openInput(db, file);
  const covariates = list(opts.covariates);
  const area = opts.area ?? 'area';
  const cols = [area, opts.estimate, opts.variance, ...covariates];
  const have = new Set(
    (await db.query<{ column_name: string }>(`DESCRIBE ${quoteIdent(input.table)}`)).map((r) => r.column_name),
  );
  const absent = cols.find((c) => !have.has(c));
  if (absent) throw new DataError({ code: 'unknown_column', file, column: absent });
  const rows = await db.query<Record<string, unknown>>(
    `SELECT ${cols.map((c) => `${quoteIdent(c)}`).join(', ')} FROM ${quoteIdent(input.table)}`,
  );
  const inputs: AreaInput[] = rows.map((r, i) => {
    const x = covariates.map((c) => numeric(r[c]));
    const bad = x.findIndex((v) => v === null || !Number.isFinite(v));
    if (bad >= 0)
      throw new DataError({ code: 'bad_value', file, row: i + 2, column: covariates[bad], detail: 'not a number' });
    const v = numeric(r[opts.variance!]);
    return {
      area: String(r[area]),
      region: null,
      n: null,
      direct: numeric(r[opts.estimate!]),
      direct_se: v === null ? null : Math.sqrt(v),
      x: x as number[],
      weight: null,
    };
  });
  return modelAreas(inputs, covariates, { ...fitOptions(opts), variance: 'direct' });
}

/**
 * `sae STUDY:DATASET --indicator ID --wave YEAR --covariates a,b …`: district estimates by a Fay–Herriot model;
 * `sae --direct FILE --estimate COL --variance COL --covariates a,b [--area COL]`: the same model on given estimates.
 */
export async function runSaeCommand(db: Connector, target: string, opts: CliOptions) {
  return shaped(opts.direct ? await fromTable(db, opts.direct, opts) : await fromStudy(db, target, opts), opts);
}
