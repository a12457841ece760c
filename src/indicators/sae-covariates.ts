import type { Connector } from '../core/sql';
import type { Sources } from './prepare';

/** Covariates a district model may use, each known for every district from the reference data or a registry. */
export const COVARIATES = [
  'region',
  'urban_share',
  'ngo_per_10k',
  'has_centre',
  'centre_level',
  'services_per_10k',
] as const;
export type Covariate = (typeof COVARIATES)[number];

/** The covariates the example names: a sensible start. */
export const DEFAULT_COVARIATES: Covariate[] = ['urban_share', 'has_centre', 'ngo_per_10k'];

/** Where each covariate comes from: the dataset that must be loaded for it. */
export const COVARIATE_SOURCE: Record<Covariate, string | null> = {
  region: null,
  urban_share: 'district_frame',
  ngo_per_10k: 'district_frame',
  has_centre: 'centres',
  centre_level: 'centres',
  services_per_10k: 'service_logs',
};

/** The highest level of centre in a district as a score (none 0, rural 1 … republican 4). */
const LEVEL_SCORE: Record<string, number> = { rural: 1, district: 2, regional: 3, republican: 4 };

/** One district's known facts: its region, its population (null: unknown) and each covariate's value. */
export interface DistrictFacts {
  district: string;
  region: string;
  population: number | null;
  values: Partial<Record<Covariate, number | null>>;
}

/** Covariates that cannot be had from what is loaded, with the dataset each needs. */
export function unavailableCovariates(sources: Sources, names: readonly string[]): Array<[string, string]> {
  return names.flatMap((n) => {
    if (!(COVARIATES as readonly string[]).includes(n)) return [[n, 'unknown'] as [string, string]];
    const need = COVARIATE_SOURCE[n as Covariate];
    const missing = need && !sources.datasets[need] ? [need] : [];
    if (n === 'services_per_10k' && !sources.datasets.district_frame) missing.push('district_frame');
    return missing.map((m) => [n, m] as [string, string]);
  });
}

async function frameRows(db: Connector, sources: Sources) {
  const src = sources.datasets.district_frame;
  if (!src) return new Map<string, { population: number | null; urban_share: number; ngo_per_10k: number }>();
  const rows = await db.query<{ district: string; population: number | null; urban_share: number; ngo: number }>(
    `SELECT district::VARCHAR AS district, population::DOUBLE AS population, urban_share::DOUBLE AS urban_share,
       ngo_per_10k::DOUBLE AS ngo FROM ${src.table}`,
  );
  return new Map(
    rows.map((r) => [r.district, { population: r.population, urban_share: r.urban_share, ngo_per_10k: r.ngo }]),
  );
}

async function centreLevels(db: Connector, sources: Sources): Promise<Map<string, number>> {
  const src = sources.datasets.centres;
  if (!src) return new Map();
  const rows = await db.query<{ district: string; level: string }>(
    `SELECT DISTINCT district::VARCHAR AS district, "level"::VARCHAR AS level FROM ${src.table}
     WHERE district IS NOT NULL`,
  );
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.district, Math.max(out.get(r.district) ?? 0, LEVEL_SCORE[r.level] ?? 1));
  return out;
}

/** Services logged per district in the latest year of the logs up to `wave` (or the latest year there is). */
async function servicesLogged(db: Connector, sources: Sources, wave: number) {
  const src = sources.datasets.service_logs;
  if (!src) return { year: null, counts: new Map<string, number>() };
  const [{ year }] = await db.query<{ year: number | null }>(
    `SELECT coalesce(max(wave) FILTER (WHERE wave <= ${Number(wave)}), max(wave))::INT AS year FROM ${src.table}`,
  );
  if (year === null) return { year: null, counts: new Map<string, number>() };
  const rows = await db.query<{ district: string; n: number }>(
    `SELECT district::VARCHAR AS district, count(*)::INT AS n FROM ${src.table}
     WHERE wave = ${year} AND district IS NOT NULL GROUP BY 1`,
  );
  return { year, counts: new Map(rows.map((r) => [r.district, r.n])) };
}

/**
 * Every reference district's facts for a model of `wave`: the synthetic district frame (urban share, NGO density,
 * population), the registry of centres and the service logs; a covariate whose dataset is not loaded is null.
 */
export async function districtFacts(
  db: Connector,
  sources: Sources,
  wave: number,
): Promise<{ facts: DistrictFacts[]; servicesYear: number | null }> {
  const frame = await frameRows(db, sources);
  const levels = await centreLevels(db, sources);
  const services = await servicesLogged(db, sources, wave);
  const hasCentres = Boolean(sources.datasets.centres);
  const facts = sources.ref.districts.map(({ code, region }) => {
    const f = frame.get(code);
    const level = levels.get(code) ?? 0;
    const perHead = f?.population ? ((services.counts.get(code) ?? 0) / f.population) * 1e4 : null;
    return {
      district: code,
      region,
      population: f?.population ?? null,
      values: {
        urban_share: f?.urban_share ?? null,
        ngo_per_10k: f?.ngo_per_10k ?? null,
        has_centre: hasCentres ? Number(level > 0) : null,
        centre_level: hasCentres ? level : null,
        services_per_10k: services.year === null ? null : perHead,
      },
    };
  });
  return { facts, servicesYear: services.year };
}

/**
 * The model's terms and each district's row of the design matrix (no intercept): a numeric covariate is one term;
 * `region` is one dummy per region but the first (the reference). A district missing any value gets null.
 */
export function designRows(
  facts: DistrictFacts[],
  covariates: readonly string[],
): { terms: string[]; x: Map<string, number[] | null> } {
  const regions = [...new Set(facts.map((f) => f.region))].sort();
  const terms = covariates.flatMap((c) => (c === 'region' ? regions.slice(1).map((r) => `region:${r}`) : [c]));
  const x = new Map(
    facts.map((f) => {
      const row = covariates.flatMap((c) =>
        c === 'region' ? regions.slice(1).map((r) => Number(f.region === r)) : [f.values[c as Covariate] ?? null],
      );
      return [f.district, row.some((v) => v === null || !Number.isFinite(v)) ? null : (row as number[])];
    }),
  );
  return { terms, x };
}
