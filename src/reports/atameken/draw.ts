import type { Connector } from '../../core/sql';
import { hexSize } from './hex';
import { LAYERS, type MapLayer, type MapWindow } from './layers';
import { type DistrictCount, type HexCount, type MapPoint, districtCounts, hexCounts, layerPoints } from './map-data';

/** How the map draws a layer; `auto` draws points while there are at most `POINT_LIMIT`, hexagons beyond. */
export const VIEWS = ['auto', 'points', 'hex', 'districts'] as const;
export type MapViewKind = (typeof VIEWS)[number];
export const POINT_LIMIT = 2000;

/** One request of the map: the layer, the view, the months and category, the hexagons' size, the privacy minimum. */
export interface MapRequest {
  layer: MapLayer['id'];
  view: MapViewKind;
  window: MapWindow;
  hexKm: number;
  min: number;
}

/** What the map draws (points, or hexagons with `auto` saying they stand in for too many points) and the counts. */
export type MapData = { counts: DistrictCount[] } & (
  | { view: 'points'; points: MapPoint[]; total: number; hidden: number }
  | { view: 'hex'; bins: HexCount[]; size: number; auto: boolean }
  | { view: 'districts' }
);

/** Everything one map request draws, from the layer's prepared table. */
export async function mapData(db: Connector, table: string, req: MapRequest): Promise<MapData> {
  const layer = LAYERS[req.layer];
  const counts = await districtCounts(db, table, layer, req.window, req.min);
  if (req.view === 'districts') return { counts, view: 'districts' };
  if (req.view !== 'hex') {
    const pts = await layerPoints(db, table, layer, req.window, req.min, POINT_LIMIT, { orNone: req.view === 'auto' });
    if (req.view === 'points' || pts.total <= POINT_LIMIT) return { counts, view: 'points', ...pts };
  }
  const size = hexSize(req.hexKm);
  const bins = await hexCounts(db, table, layer, req.window, size, req.min);
  return { counts, view: 'hex', bins, size, auto: req.view === 'auto' };
}
