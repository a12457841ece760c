import type { Lang } from '../core/lang';
import districtsCsv from '../../data/reference/districts.csv?raw';
import regionsCsv from '../../data/reference/regions.csv?raw';
import topo from '../../data/reference/kz-regions.topo.json';
import { regionFeatures } from '../charts/geo';
import { parseDistricts, parseRegions } from '../data/reference';

/** Today's 20 regions (codes, names in ru/kk/en, population) from the reference data. */
export const REGIONS = parseRegions(regionsCsv);
/** The 224 districts. */
export const DISTRICTS = parseDistricts(districtsCsv);
/** The regions' boundaries for maps. */
export const FEATURES = regionFeatures(topo);

/** Region names by code in a language. */
export function regionNames(lang: Lang): Record<string, string> {
  return Object.fromEntries(REGIONS.map((r) => [r.code, r.name[lang]]));
}

/** A region's or a district's name in a language (the code itself when it is neither). */
export function placeName(code: string, lang: Lang): string {
  return REGIONS.find((r) => r.code === code)?.name[lang] ?? DISTRICTS.find((d) => d.code === code)?.name[lang] ?? code;
}
