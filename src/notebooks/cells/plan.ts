import type { Row } from '../../core/sql';
import { translator } from '../../i18n/t';
import { SaeRequestError } from '../../indicators/sae-run';
import { NEEDS, type Need, type PlanRow, rankCandidates } from '../../reports/plan';
import type { PlanInputs } from '../../reports/plan-run';
import { planRecords } from '../../views/plan-view';
import type { NotebookEnv, PlanRequest } from '../env';
import type { Cell, Scalar } from '../types';
import { optionCovariates, regionOf } from './sae';
import { optionValue, optionWave, placeNamer, resultOf, topValue, weightOption, weightValue } from './shared';
import { CellFailure, type CellRunner } from './types';

/** The columns of a `plan` cell's rows: the rank and its range, the district, the score and each need. */
export const PLAN_COLUMNS = [
  ...['rank', 'rank_low', 'rank_high', 'district', 'district_name', 'region', 'region_name', 'score', 'score_se'],
  ...['population', 'aware_centre', 'aware_centre_se', 'used_centre_services', 'used_centre_services_se'],
  ...['sci', 'sci_se', 'hops_to_centre', 'unknown'],
];

/** Each need's weight (`w_<need>`, 1 when absent); all of them 0 ranks nothing and is refused. */
export function planWeights(cell: Cell, params: Record<string, Scalar>): Record<Need, number> {
  const weights = Object.fromEntries(
    NEEDS.map((n) => {
      const v = optionValue(cell, weightOption(n), params);
      const w = v === undefined ? 1 : weightValue(v);
      if (w === null) throw new CellFailure('bad_value', `${weightOption(n)}: ${String(v)}`);
      return [n, w];
    }),
  ) as Record<Need, number>;
  if (NEEDS.every((n) => weights[n] === 0)) throw new CellFailure('bad_value', 'w_*: every weight is 0');
  return weights;
}

/** The wave and covariates the planner's district models are fitted with (both required). */
export function planRequest(cell: Cell, params: Record<string, Scalar>): PlanRequest {
  const wave = optionWave(cell, params);
  if (wave === null) throw new CellFailure('missing_option', 'wave');
  return { wave, covariates: optionCovariates(cell, params) };
}

/** Why the district model of a need could not be fitted, in the reader's language (runSae's reason). */
async function whyUnfitted(env: NotebookEnv, req: PlanRequest, indicator: string, code: string): Promise<string> {
  const t = translator(env.lang);
  try {
    await env.sae?.({ indicator, ...req });
  } catch (e) {
    if (!(e instanceof SaeRequestError)) throw e;
    return t(`sae.error.${e.code}`, e.params);
  }
  return t(`sae.error.${code as SaeRequestError['code']}`);
}

/**
 * A weighted need the ranking cannot use fails the cell rather than being scored at the mean for everyone: a model
 * that could not be fitted (with its reason), or a need no candidate has a value of (set its weight to 0).
 */
async function checkNeeds(inputs: PlanInputs, weights: Record<Need, number>, env: NotebookEnv, req: PlanRequest) {
  const t = translator(env.lang);
  const open = inputs.candidates.filter((c) => !c.hasCentre);
  for (const n of NEEDS.filter((x) => weights[x] > 0)) {
    const missing = inputs.unavailable.find((u) => u.indicator === n);
    if (missing)
      throw new CellFailure('cell_failed', `${t(`plan.need.${n}`)}: ${await whyUnfitted(env, req, n, missing.code)}`);
    if (open.length && open.every((c) => c.measures[n].value === null))
      throw new CellFailure('unknown_need', weightOption(n));
  }
}

/** The ranked rows as the page exports them, with the region's code and its name in the reader's language. */
function planRows(rows: PlanRow[], env: NotebookEnv): Row[] {
  const name = placeNamer(env);
  const names = Object.fromEntries(env.districts.map((d) => [d.code, d.name[env.lang]]));
  const said = { t: translator(env.lang), lang: env.lang, names, regionNames: {} };
  return planRecords(rows, said).map((r, i) => ({ ...r, region_name: name(rows[i].region) }));
}

/**
 * `plan` ("where next?"): the districts without a centre ranked by need, as `#/plan` ranks them (`rankCandidates`
 * on `planInputs`, every district's models fitted in `wave` on `covariates`); `region` keeps that region's
 * districts (their ranks stay national), `top` the first N.
 */
export const runPlanCell: CellRunner = async (cell, ctx) => {
  const req = planRequest(cell, ctx.params);
  const weights = planWeights(cell, ctx.params);
  const region = regionOf(cell, ctx);
  const topOption = optionValue(cell, 'top', ctx.params);
  const top = topOption === undefined ? null : topValue(topOption);
  if (topOption !== undefined && top === null) throw new CellFailure('bad_value', `top: ${String(topOption)}`);
  if (!ctx.env.plan) throw new CellFailure('not_implemented', 'plan');
  const inputs = await ctx.env.plan(req);
  await checkNeeds(inputs, weights, ctx.env, req);
  const ranked = rankCandidates(inputs.candidates, weights).filter((r) => !region || r.region === region);
  return { table: resultOf(planRows(top === null ? ranked : ranked.slice(0, top), ctx.env), PLAN_COLUMNS) };
};
