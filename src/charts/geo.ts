import type { Feature, Geometry } from 'geojson';
import { feature, neighbors } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { DistrictFeature } from './district-map';
import type { RegionFeature } from './map';

/** One of the 17 units of 2018-06 to 2022-06 (alpha codes then in force), names in the three languages. */
export type Pre2022Feature = Feature<
  Geometry,
  { code: string; name_ru: string; name_kk: string; name_en: string; current_codes: string }
>;

/** Decode the regions TopoJSON (object `regions`) into GeoJSON features. */
export function regionFeatures(topo: unknown): RegionFeature[] {
  const t = topo as Topology<{ regions: GeometryCollection }>;
  return (feature(t, t.objects.regions) as unknown as { features: RegionFeature[] }).features;
}

/** Decode the districts TopoJSON (object `districts`) into GeoJSON features. */
export function districtFeatures(topo: unknown): DistrictFeature[] {
  const t = topo as Topology<{ districts: GeometryCollection }>;
  return (feature(t, t.objects.districts) as unknown as { features: DistrictFeature[] }).features;
}

/** Each district's neighbours: the districts whose boundaries share an arc with it in the districts TopoJSON. */
export function districtNeighbours(topo: unknown): Map<string, string[]> {
  const t = topo as Topology<{ districts: GeometryCollection<{ code: string }> }>;
  const geoms = t.objects.districts.geometries;
  const adj = neighbors(geoms as Parameters<typeof neighbors>[0]);
  const code = (i: number) => (geoms[i].properties as { code: string }).code;
  return new Map(geoms.map((_, i) => [code(i), adj[i].map(code)]));
}
