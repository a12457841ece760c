import type { Connector } from '../core/sql';
import type { Sources } from '../indicators/prepare';
import { districtFacts } from '../indicators/sae-covariates';
import { type SaeResult, SaeRequestError, runSae } from '../indicators/sae-run';
import { type Candidate, MODELLED, type Measured, type Need, hopsToCentre } from './plan';

/** What the planner is built from: the candidates and the district models behind their survey measures. */
export interface PlanInputs {
  candidates: Candidate[];
  models: Partial<Record<(typeof MODELLED)[number], SaeResult>>;
  /** Measures no model could be fitted for, with the reason's code. */
  unavailable: Array<{ indicator: string; code: string }>;
}

/**
 * Every district with its needs: population (district frame), the model-based estimates of awareness, use and
 * SCI in `wave` (each with √MSE as its error) and hops to the nearest district with a centre.
 */
export async function planInputs(
  db: Connector,
  sources: Sources,
  opts: { wave: number; covariates: string[]; neighbours: Map<string, string[]> },
): Promise<PlanInputs> {
  const known = await districtFacts(db, sources, opts.wave);
  const { facts } = known;
  const models: PlanInputs['models'] = {};
  const unavailable: PlanInputs['unavailable'] = [];
  for (const id of MODELLED) {
    try {
      const req = { indicator: id, wave: opts.wave, covariates: opts.covariates };
      models[id] = await runSae(db, sources, req, undefined, known);
    } catch (e) {
      if (!(e instanceof SaeRequestError)) throw e;
      unavailable.push({ indicator: id, code: e.code });
    }
  }
  const withCentre = new Set(facts.filter((f) => f.values.has_centre === 1).map((f) => f.district));
  const hops = hopsToCentre(opts.neighbours, withCentre);
  const rowsOf = (id: (typeof MODELLED)[number]) => new Map((models[id]?.rows ?? []).map((r) => [r.area, r]));
  const byModel = Object.fromEntries(MODELLED.map((id) => [id, rowsOf(id)]));
  const candidates = facts.map((f): Candidate => {
    const modelled = (id: (typeof MODELLED)[number]) => {
      const r = byModel[id].get(f.district);
      if (!r || r.estimate === null) return { value: null, se: 0 };
      return { value: r.estimate, se: Math.sqrt(r.mse!), ci: [r.ci_low!, r.ci_high!] as [number, number] };
    };
    const measures: Record<Need, Measured> = {
      population: { value: f.population, se: 0 },
      aware_centre: modelled('aware_centre'),
      used_centre_services: modelled('used_centre_services'),
      sci: modelled('sci'),
      distance: { value: hops.get(f.district) ?? null, se: 0 },
    };
    return { district: f.district, region: f.region, hasCentre: withCentre.has(f.district), measures };
  });
  return { candidates, models, unavailable };
}
