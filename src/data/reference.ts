import Papa from 'papaparse';
import type { Localized } from '../core/lang';

/** One of today's 20 first-level units, from `data/reference/regions.csv`. */
export interface Region {
  code: string;
  name: Localized;
  kind: 'oblast' | 'city';
  /** Latest official population found, or null when none was published (never guessed). */
  population: number | null;
  population_date: string | null;
  population_source: string | null;
}

/** Parse the reference regions table. */
export function parseRegions(csv: string): Region[] {
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  return rows.map((r) => ({
    code: r.code,
    name: { ru: r.name_ru, kk: r.name_kk, en: r.name_en },
    kind: r.kind === 'city' ? 'city' : 'oblast',
    population: r.population ? Number(r.population) : null,
    population_date: r.population_date || null,
    population_source: r.population_source || null,
  }));
}

/** One of the 224 districts (second-level units of Jan 2024), from `data/reference/districts.csv`. */
export interface District {
  code: string;
  region: string;
  name: Localized;
}

/** Parse the reference districts table. */
export function parseDistricts(csv: string): District[] {
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  return rows.map((r) => ({ code: r.code, region: r.region, name: { ru: r.name_ru, kk: r.name_kk, en: r.name_en } }));
}
