import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { districtFeatures, regionFeatures } from '../charts/geo';
import { parseTilegrid } from '../charts/tilegrid';
import type { RegionShapes } from '../notebooks/env';
import { REFERENCE_DIR } from './study-folder';

/** The regions' and districts' boundaries and the tile grid from the reference data, for notebook maps. */
export async function readShapes(): Promise<RegionShapes> {
  const read = (f: string) => readFile(join(REFERENCE_DIR, f), 'utf8');
  return {
    features: regionFeatures(JSON.parse(await read('kz-regions.topo.json'))),
    tiles: parseTilegrid(await read('kz-tilegrid.csv')),
    districts: districtFeatures(JSON.parse(await read('kz-districts.topo.json'))),
  };
}
