import { readFileSync } from 'node:fs';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import type { Rng } from './rng';

type Rings = Position[][];
/** A district's boundary as lists of rings (outer ring first, then holes) and its bounding box. */
export interface Shape {
  polygons: Rings[];
  bbox: [number, number, number, number];
}

/** Whether a point lies inside a ring (even–odd ray casting on lon/lat; the boundaries are simplified anyway). */
function inRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a point lies inside a shape: in an outer ring and in none of its holes. */
export function contains(shape: Shape, p: Position): boolean {
  return shape.polygons.some(([outer, ...holes]) => inRing(p, outer) && !holes.some((h) => inRing(p, h)));
}

/** The 224 district shapes of the reference boundaries, by KATO code. */
export function districtShapes(): Map<string, Shape> {
  const url = new URL('../../data/reference/kz-districts.topo.json', import.meta.url);
  const topo = JSON.parse(readFileSync(url, 'utf8')) as Topology;
  const fc = feature(topo, topo.objects.districts) as unknown as GeoJSON.FeatureCollection<Polygon | MultiPolygon>;
  return new Map(
    fc.features.map((f) => {
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      const pts = polygons.flatMap((p) => p[0]);
      const xs = pts.map((p) => p[0]);
      const ys = pts.map((p) => p[1]);
      const bbox: Shape['bbox'] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
      return [String(f.properties!.code), { polygons, bbox }];
    }),
  );
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * A point inside the shape, rounded to 4 decimals (about 10 m): rejection sampling in its bounding box (the
 * rounded point tested), or in a box `spread` times its size around `near`, so that reports gather around a
 * settlement rather than fill the steppe evenly.
 */
export function pointIn(rng: Rng, shape: Shape, near?: Position, spread = 1): [number, number] {
  const [x0, y0, x1, y1] = shape.bbox;
  for (let k = 0; k < 10_000; k++) {
    const u = near ? near[0] + (rng.uniform() - 0.5) * (x1 - x0) * spread : x0 + rng.uniform() * (x1 - x0);
    const v = near ? near[1] + (rng.uniform() - 0.5) * (y1 - y0) * spread : y0 + rng.uniform() * (y1 - y0);
    const p: [number, number] = [round4(u), round4(v)];
    if (contains(shape, p)) return p;
  }
  throw new Error('pointIn: no point found inside the shape');
}
