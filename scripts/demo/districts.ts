import type { Effects, RegionFrame } from './frame';
import { apportion } from './ngo';
import { readRefCsv } from './reference';
import { type Rng, expit } from './rng';

/** One row of the synthetic district frame (`district-frame.csv`). */
export type DistrictRow = {
  district: string;
  region: string;
  population: number;
  adults: number;
  urban_share: number;
  ngo_count: number;
  ngo_per_10k: number;
};

/** A district as the survey model uses it: its frame row, whether the registry has a centre there, its effects. */
export type District = DistrictRow & { has_centre: boolean; effects: Effects };

type Coefficients = Partial<Effects>;

/**
 * District effects on the latent traits, added to the region's: a covariate's coefficient per trait (NGO density
 * per SD of its log across districts) and the SD of the district random effect. The covariates' part is centred on
 * its adult-weighted mean within the region, so the region effects keep setting the region's level.
 */
export const DISTRICT_MODEL: {
  has_centre: Coefficients;
  log_ngo_density_z: Coefficients;
  urban_share: Coefficients;
  random_sd: Effects;
} = {
  has_centre: { aware: 0.4 },
  log_ngo_density_z: { aware: 0.25, part: 0.25, trust: 0.25 },
  urban_share: { tol: 0.4 },
  random_sd: { trust: 0.2, conf: 0.15, tol: 0.15, part: 0.15, id: 0.15, aware: 0.3 },
};
const TRAITS = ['trust', 'conf', 'tol', 'part', 'id', 'aware'] as const;

type RefDistrict = Record<string, string>;

/** A city of regional significance: KATO district digits below 30, unless a rural "…ский" district (Zhanasemey). */
export const isCity = (d: RefDistrict) => Number(d.code.slice(4, 6)) < 30 && !/ский$/.test(d.name_ru);
/** The regional centre (KATO district digits 1000), in an oblast always a city. */
const isCapital = (d: RefDistrict) => d.code.slice(4) === '1000';
const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** The logit shift `c` with Σ w·expit(c + noise) = target·Σ w (bisection: the sum rises with c). */
function solveShift(weights: number[], noise: number[], target: number): number {
  const sumW = weights.reduce((a, b) => a + b, 0);
  let [lo, hi] = [-20, 20];
  for (let k = 0; k < 60; k++) {
    const c = (lo + hi) / 2;
    const mean = weights.reduce((a, w, i) => a + w * expit(c + noise[i]), 0) / sumW;
    if (mean < target) lo = c;
    else hi = c;
  }
  return (lo + hi) / 2;
}

/**
 * Shares of a region's population and urban shares of its districts: cities take most of the urban population
 * (the regional centre the largest share), the rest of it is spread over the districts so the region's urban
 * share holds.
 */
function splitRegion(rng: Rng, region: RegionFrame, rows: RefDistrict[]): Array<{ share: number; urban: number }> {
  if (region.urbanShare >= 1) return rows.map(() => ({ share: Math.exp(rng.normal(0, 0.3)), urban: 1 }));
  const cityShare = region.urbanShare * (0.6 + 0.25 * rng.uniform());
  const weights = rows.map((d) => (isCapital(d) ? 4 : 1) * Math.exp(rng.normal(0, 0.45)));
  const noise = rows.map(() => rng.normal(0, 0.7));
  const rural = rows.map((d) => !isCity(d));
  const sum = (ofRural: boolean) => weights.reduce((a, w, i) => a + (rural[i] === ofRural ? w : 0), 0);
  const [cityW, restW] = [sum(false), sum(true)];
  const c = solveShift(
    weights.filter((_, i) => rural[i]),
    noise.filter((_, i) => rural[i]),
    (region.urbanShare - cityShare) / (1 - cityShare),
  );
  return rows.map((d, i) =>
    rural[i]
      ? { share: ((1 - cityShare) * weights[i]) / restW, urban: expit(c + noise[i]) }
      : { share: (cityShare * weights[i]) / cityW, urban: 1 },
  );
}

/** The frame rows of one region: population and adults split exactly, active NGOs denser where more urban. */
function regionRows(rng: Rng, region: RegionFrame, rows: RefDistrict[], ngoActive: number): DistrictRow[] {
  const split = splitRegion(rng, region, rows);
  const population = apportion(
    region.population,
    split.map((s) => s.share),
  );
  const adults = apportion(region.adults, population);
  const ngo = apportion(
    ngoActive,
    split.map((s, i) => population[i] * Math.exp(1.2 * s.urban + rng.normal(0, 0.4))),
  );
  return rows.map((d, i) => ({
    district: d.code,
    region: region.code,
    population: population[i],
    adults: adults[i],
    urban_share: round(split[i].urban, 3),
    ngo_count: ngo[i],
    ngo_per_10k: round((ngo[i] * 1e4) / population[i], 2),
  }));
}

type Trait = (typeof TRAITS)[number];

/** The covariates' part of each district's effect on a trait, before centring. */
function fixedParts(rows: DistrictRow[], centres: ReadonlySet<string>): Array<(t: Trait) => number> {
  const logDensity = rows.map((r) => Math.log((r.ngo_count + 0.5) / r.population));
  const mean = logDensity.reduce((a, b) => a + b, 0) / rows.length;
  const sd = Math.sqrt(logDensity.reduce((a, b) => a + (b - mean) ** 2, 0) / (rows.length - 1));
  const m = DISTRICT_MODEL;
  return rows.map(
    (r, i) => (t: Trait) =>
      (m.has_centre[t] ?? 0) * Number(centres.has(r.district)) +
      (m.log_ngo_density_z[t] ?? 0) * ((logDensity[i] - mean) / sd) +
      (m.urban_share[t] ?? 0) * r.urban_share,
  );
}

/** Each district's effects: its covariates' part, centred within its region, plus a random effect. */
function effectsOf(rng: Rng, rows: DistrictRow[], centres: ReadonlySet<string>): District[] {
  const fixed = fixedParts(rows, centres);
  const regionMean = (region: string, t: Trait) => {
    const ix = rows.flatMap((r, i) => (r.region === region ? [i] : []));
    const adults = ix.reduce((a, i) => a + rows[i].adults, 0);
    return ix.reduce((a, i) => a + rows[i].adults * fixed[i](t), 0) / adults;
  };
  const centre = new Map(
    [...new Set(rows.map((r) => r.region))].map((g) => [g, new Map(TRAITS.map((t) => [t, regionMean(g, t)]))]),
  );
  return rows.map((r, i) => {
    const effects = {} as Effects;
    for (const t of TRAITS) {
      const deviation = fixed[i](t) - centre.get(r.region)!.get(t)!;
      effects[t] = round(deviation + rng.normal(0, DISTRICT_MODEL.random_sd[t]), 3);
    }
    return { ...r, has_centre: centres.has(r.district), effects };
  });
}

/**
 * The synthetic district frame (seeded): population and adults splitting each region's, urban share, active NGOs
 * (splitting each region's `ngoActive`) and the latent effects of every one of the 224 districts.
 */
export function buildDistricts(
  rng: Rng,
  frame: RegionFrame[],
  centres: ReadonlySet<string>,
  ngoActive: ReadonlyMap<string, number>,
): District[] {
  const ref = readRefCsv('districts.csv');
  const rows = frame.flatMap((region) =>
    regionRows(
      rng,
      region,
      ref.filter((d) => d.region === region.code),
      ngoActive.get(region.code) ?? 0,
    ),
  );
  return effectsOf(rng, rows, centres);
}

/** A district's frame row, as written to `district-frame.csv`. */
export const frameRow = ({ has_centre: _c, effects: _e, ...row }: District): DistrictRow => row;
