import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { RegionFeature } from './map';

/** Decode the regions TopoJSON (object `regions`) into GeoJSON features. */
export function regionFeatures(topo: unknown): RegionFeature[] {
  const t = topo as Topology<{ regions: GeometryCollection }>;
  return (feature(t, t.objects.regions) as unknown as { features: RegionFeature[] }).features;
}
