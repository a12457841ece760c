import { rankIntervals } from '../stats/ranks';

/** What makes a district without a centre a candidate: each a component of the need score. */
export const NEEDS = ['population', 'aware_centre', 'used_centre_services', 'sci', 'distance'] as const;
export type Need = (typeof NEEDS)[number];

/** The survey measures of need, each from its district model. */
export const MODELLED = ['aware_centre', 'used_centre_services', 'sci'] as const;

/** Which way each component points: a higher population or distance is more need; higher awareness, use, SCI less. */
const SIGN: Record<Need, 1 | -1> = {
  population: 1,
  aware_centre: -1,
  used_centre_services: -1,
  sci: -1,
  distance: 1,
};

/** One component's value for a district: the estimate and its standard error (0: exact; null value: unknown). */
export interface Measured {
  value: number | null;
  se: number;
  /** The value's 95% interval where it has one (model-based estimates: clipped to the scale). */
  ci?: [number, number];
}

/** A district as the planner sees it. */
export interface Candidate {
  district: string;
  region: string;
  hasCentre: boolean;
  measures: Record<Need, Measured>;
}

/** A ranked candidate: its score (higher: more need), the score's SE and the ranks it could hold. */
export interface PlanRow {
  district: string;
  region: string;
  measures: Record<Need, Measured>;
  score: number;
  score_se: number;
  rank: number;
  rank_low: number;
  rank_high: number;
  /** Components unknown for this district (scored at the candidates' mean). */
  unknown: Need[];
}

/** Hops from each district to the nearest district with a centre, over shared boundaries (breadth first). */
export function hopsToCentre(neighbours: Map<string, string[]>, withCentre: Set<string>): Map<string, number> {
  const hops = new Map<string, number>([...withCentre].filter((d) => neighbours.has(d)).map((d) => [d, 0]));
  let frontier = [...hops.keys()];
  for (let h = 1; frontier.length; h++) {
    const next: string[] = [];
    for (const d of frontier)
      for (const n of neighbours.get(d) ?? [])
        if (!hops.has(n)) {
          hops.set(n, h);
          next.push(n);
        }
    frontier = next;
  }
  return hops;
}

/** Mean and standard deviation of the known values (sd 1 when they do not vary, so nothing divides by zero). */
function spread(values: number[]): { mean: number; sd: number } {
  const mean = values.reduce((a, b) => a + b, 0) / (values.length || 1);
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(values.length - 1, 1));
  return { mean, sd: sd > 0 ? sd : 1 };
}

/** Population enters on the log scale: a city of a million is not a hundred times the need of a town of 10,000. */
const scaled = (need: Need, v: number) => (need === 'population' ? Math.log(Math.max(v, 1)) : v);

/**
 * Rank the districts without a centre by a weighted sum of standardised needs (each component's z-score across
 * the candidates, signed so that higher is more need). The score's SE treats the components' errors as
 * independent (population and distance are exact; a log population's SE is taken as zero); rank ranges follow
 * from pairwise comparisons, as the region ranking's do.
 */
export function rankCandidates(candidates: Candidate[], weights: Partial<Record<Need, number>>): PlanRow[] {
  const open = candidates.filter((c) => !c.hasCentre);
  const used = NEEDS.filter((n) => (weights[n] ?? 0) > 0);
  const stats = Object.fromEntries(
    used.map((n) => [
      n,
      spread(open.flatMap((c) => (c.measures[n].value === null ? [] : [scaled(n, c.measures[n].value!)]))),
    ]),
  ) as Record<Need, { mean: number; sd: number }>;
  const scored = open.map((c) => {
    let score = 0;
    let variance = 0;
    const unknown: Need[] = [];
    for (const n of used) {
      const { value, se } = c.measures[n];
      const w = weights[n]! / stats[n].sd;
      if (value === null) unknown.push(n);
      else score += SIGN[n] * w * (scaled(n, value) - stats[n].mean);
      if (value !== null && n !== 'population') variance += (w * se) ** 2;
    }
    return { c, score, se: Math.sqrt(variance), unknown };
  });
  const ranks = new Map(
    rankIntervals(scored.map((s) => ({ key: s.c.district, estimate: s.score, se: s.se }))).map((r) => [r.key, r]),
  );
  return scored
    .map(({ c, score, se, unknown }) => {
      const r = ranks.get(c.district)!;
      return {
        district: c.district,
        region: c.region,
        measures: c.measures,
        score,
        score_se: se,
        rank: r.rank,
        rank_low: r.low,
        rank_high: r.high,
        unknown,
      };
    })
    .sort((a, b) => a.rank - b.rank);
}
