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
