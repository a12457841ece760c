import { type Shape, districtShapes, pointIn } from './atameken-geo';
import type { District } from './districts';
import { isCity } from './districts';
import { readRefCsv } from './reference';
import type { Rng } from './rng';

/** The data's end date: reports still open then are censored there; nothing is dated later. */
export const END_DATE = '2025-12-31';
const DAY = 86_400_000;

/** A district as the Atameken generators use it: frame figures, shape, and a few synthetic settlements. */
export interface Place {
  district: string;
  region: string;
  population: number;
  urban: number;
  /** The district's participation effect in the demo model (more civic activity where higher). */
  part: number;
  city: boolean;
  shape: Shape;
  settlements: Array<{ name: string; at: [number, number] }>;
}

/**
 * Every district with its shape and settlements: a city of regional significance is one settlement named after
 * it, a district of a city one named after the district; any other district has 3–8 invented ones
 * ("Абайский р-н, с. 2"), each a point inside the district.
 */
export function buildPlaces(rng: Rng, districts: District[]): Place[] {
  const shapes = districtShapes();
  const ref = new Map(readRefCsv('districts.csv').map((d) => [d.code, d]));
  return districts.map((d) => {
    const r = ref.get(d.district)!;
    const shape = shapes.get(d.district);
    if (!shape) throw new Error(`no boundary for district ${d.district}`);
    const label = /ский$/.test(r.name_ru) ? `${r.name_ru} р-н` : `р-н ${r.name_ru}`;
    const names = isCity(r)
      ? [r.name_ru]
      : d.urban_share >= 1
        ? [label]
        : Array.from({ length: rng.int(3, 8) }, (_, k) => `${label}, с. ${k + 1}`);
    return {
      district: d.district,
      region: d.region,
      population: d.population,
      urban: d.urban_share,
      part: d.effects.part,
      city: isCity(r),
      shape,
      settlements: names.map((name) => ({ name, at: pointIn(rng, shape) })),
    };
  });
}

/** A day as an ISO date. */
export const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
/** Milliseconds of an ISO date at UTC midnight. */
export const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
/** An ISO date `days` after another. */
export const addDays = (iso: string, days: number) => isoDay(dayOf(iso) + days * DAY);
/** Whole days between two ISO dates. */
export const daysBetween = (a: string, b: string) => Math.round((dayOf(b) - dayOf(a)) / DAY);

/** A random day of a year, the month drawn with the given 12 weights (seasonality), the day uniform in it. */
export function dayIn(rng: Rng, year: number, monthWeights: readonly number[]): string {
  const month = rng.weighted([...Array(12).keys()], monthWeights);
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return isoDay(Date.UTC(year, month, rng.int(1, days)));
}

/** A lognormal draw with the given median and log-SD. */
export const lognormal = (rng: Rng, median: number, sd: number) => median * Math.exp(rng.normal(0, sd));

/** Sort rows by a date column (then by draw order) and number them with a prefix: `IN-00001`. */
export function numbered<T extends Record<string, unknown>>(rows: T[], by: keyof T, prefix: string, width: number) {
  return rows
    .map((r, i) => [r, i] as const)
    .sort(([a, i], [b, j]) => String(a[by]).localeCompare(String(b[by])) || i - j)
    .map(([r], k) => ({ id: `${prefix}-${String(k + 1).padStart(width, '0')}`, ...r }));
}
