import type { Row } from '../../core/sql';
import { translator } from '../../i18n/t';
import { COVARIATES } from '../../indicators/sae-covariates';
import type { BenchmarkKind, MseMethod } from '../../indicators/sae-model';
import { type SaeRequest, SaeRequestError, type SaeResult } from '../../indicators/sae-run';
import type { SaeMethod } from '../../stats/sae-fit';
import { modelName, saeRecord } from '../../views/sae-view';
import type { NotebookEnv } from '../env';
import type { Cell, Scalar } from '../types';
import { NATIONAL } from './indicator';
import { listOf, optionText, optionValue, optionWave, placeNamer, resultOf } from './shared';
import { CellFailure, type CellContext, type CellRunner } from './types';

/** The columns of an `sae` cell's district rows. */
export const SAE_COLUMNS = [
  ...['district', 'district_name', 'region', 'region_name', 'n', 'direct', 'direct_se', 'estimate'],
  ...['ci_low', 'ci_high', 'mse', 'cv', 'shrinkage', 'synthetic', 'model', 'unit', 'status', 'flags'],
];

/** The columns of an `sae` cell's model rows (`part=model`): each term's β and SE, then the model variance σ²_u. */
export const SAE_MODEL_COLUMNS = ['term', 'estimate', 'se', 'model'];

const isCovariate = (name: string): boolean => (COVARIATES as readonly string[]).includes(name);

/** A cell's `covariates` (a list, or a `$param` holding a comma-separated one), each checked to be one. */
export function optionCovariates(cell: Cell, params: Record<string, Scalar>): string[] {
  const covariates = listOf(optionValue(cell, 'covariates', params));
  const unknown = covariates.find((c) => !isCovariate(c));
  if (unknown !== undefined) throw new CellFailure('unknown_covariate', unknown);
  return covariates;
}

/** The district model a cell asks for (`covariates` may be a `$param` holding a comma-separated list). */
export function saeRequest(cell: Cell, params: Record<string, Scalar>): SaeRequest {
  const wave = optionWave(cell, params);
  if (wave === null) throw new CellFailure('missing_option', 'wave');
  const covariates = optionCovariates(cell, params);
  return {
    indicator: optionText(cell, 'indicator', params),
    wave,
    covariates,
    method: (optionText(cell, 'method', params) || 'REML') as SaeMethod,
    mse: (optionText(cell, 'mse', params) || 'prasad-rao') as MseMethod,
    benchmark: (optionText(cell, 'benchmark', params) || null) as BenchmarkKind | null,
  };
}

/** The fitted model, or a cell failure that says in the reader's language why it cannot be fitted. */
export async function fitted(env: NotebookEnv, req: SaeRequest): Promise<SaeResult> {
  if (!env.sae) throw new CellFailure('not_implemented', 'sae');
  try {
    return await env.sae(req);
  } catch (e) {
    if (!(e instanceof SaeRequestError)) throw e;
    if (e.code === 'unknown_indicator') throw new CellFailure('unknown_indicator', req.indicator);
    throw new CellFailure('cell_failed', translator(env.lang)(`sae.error.${e.code}`, e.params));
  }
}

/** One row per district: its model-based estimate next to the direct one, named in the env's language. */
function districtRows(result: SaeResult, env: NotebookEnv): Row[] {
  const name = placeNamer(env);
  const model = modelName(result, translator(env.lang));
  return result.rows.map((r) => ({
    ...saeRecord(r, name, model),
    unit: result.unit,
    status: r.status,
    flags: r.flags.join(';'),
  }));
}

/** The model's terms (β with its SE) and its variance σ²_u (with its SE) as rows. */
function modelRows(result: SaeResult, env: NotebookEnv): Row[] {
  const model = modelName(result, translator(env.lang));
  const { terms, sigma2_u, sigma2_u_se } = result.model;
  return [
    ...terms.map((x) => ({ term: x.term, estimate: x.estimate, se: x.se, model })),
    { term: 'sigma2_u', estimate: sigma2_u, se: sigma2_u_se, model },
  ];
}

/** The region whose districts are kept ('' for all of them: none given, or the country). */
export function regionOf(cell: Cell, ctx: CellContext): string {
  const region = optionText(cell, 'region', ctx.params);
  if (!region || region === NATIONAL) return '';
  if (!ctx.env.regions.some((r) => r.code === region)) throw new CellFailure('bad_value', `region: ${region}`);
  return region;
}

/**
 * `sae`: model-based district estimates of a survey entry in one wave (a Fay–Herriot model, as `runSae` fits it on
 * every district), one row per district of `region` (all without it); `part=model` gives the model's terms instead.
 */
export const runSaeCell: CellRunner = async (cell, ctx) => {
  const req = saeRequest(cell, ctx.params);
  const region = regionOf(cell, ctx);
  const result = await fitted(ctx.env, req);
  if (optionText(cell, 'part', ctx.params) === 'model')
    return { table: resultOf(modelRows(result, ctx.env), SAE_MODEL_COLUMNS) };
  const rows = districtRows(result, ctx.env).filter((r) => !region || r.region === region);
  return { table: resultOf(rows, SAE_COLUMNS) };
};
