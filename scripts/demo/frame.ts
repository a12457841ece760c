import { readRefCsv } from './reference';
import { type Rng } from './rng';

/** Demo assumptions of the sampling frame, stated in study.json and shown in the app. */
export const ASSUMPTIONS = {
  adult_share: 0.7,
  /** Frame sizes for the two regions with no official population in the reference data: synthetic, not facts. */
  synthetic_population: { 'KZ-11': 780000, 'KZ-33': 690000 } as Record<string, number>,
  respondents_per_wave: 2000,
  respondents_per_psu: 8,
  waves: [2021, 2023, 2025],
};

/** Latent effects on trust, confidence, tolerance, participation, identity and awareness of centres. */
export interface Effects {
  trust: number;
  conf: number;
  tol: number;
  part: number;
  id: number;
  aware: number;
}

export interface RegionFrame {
  code: string;
  pre2022: string;
  population: number;
  adults: number;
  populationSynthetic: boolean;
  urbanShare: number;
  districts: string[];
  /** Latent region effects. */
  effects: Effects;
}

const CITIES = new Set(['KZ-71', 'KZ-75', 'KZ-79']);

function pre2022Code(code: string, crosswalk: Record<string, string>[]): string {
  const row = crosswalk.find((r) => r.code === code);
  if (row) return row.code_pre2022;
  throw new Error(`no pre-2022 unit for ${code}`);
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** Build the frame of the 20 regions: adult population, urban share, districts and latent effects (seeded). */
export function buildFrame(rng: Rng): RegionFrame[] {
  const regions = readRefCsv('regions.csv');
  const districts = readRefCsv('districts.csv');
  const crosswalk = readRefCsv('regions-crosswalk-2022.csv');
  return regions.map((r) => {
    const synthetic = !r.population;
    const population = synthetic ? ASSUMPTIONS.synthetic_population[r.code] : Number(r.population);
    const city = CITIES.has(r.code);
    return {
      code: r.code,
      pre2022: pre2022Code(r.code, crosswalk),
      population,
      adults: Math.round(population * ASSUMPTIONS.adult_share),
      populationSynthetic: synthetic,
      urbanShare: city ? 1 : round3(0.3 + 0.4 * rng.uniform()),
      districts: districts.filter((d) => d.region === r.code).map((d) => d.code),
      effects: {
        trust: round3(rng.normal(0, 0.35) + (city ? 0.15 : 0)),
        conf: round3(rng.normal(0, 0.35)),
        tol: round3(rng.normal(0, 0.3) + (city ? 0.2 : 0)),
        part: round3(rng.normal(0, 0.3)),
        id: round3(rng.normal(0, 0.25)),
        aware: round3(rng.normal(0, 0.5)),
      },
    };
  });
}
