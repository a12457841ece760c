import { type Connector, quoteIdent } from '../../core/sql';
import { isWithheld } from '../../indicators/status';
import { type Hex, hexSql } from './hex';
import { type MapLayer, type MapWindow, dateOf, windowWhere } from './layers';

/**
 * A district's rows in the window: all, still open (the layer's first state), finished (its last). On a private
 * layer a count from 1 to the minimum − 1 is withheld (null), and the split is withheld when either part is.
 */
export interface DistrictCount {
  district: string;
  region: string;
  count: number | null;
  open: number | null;
  finished: number | null;
  withheld: boolean;
}

/** A hexagon's rows in the window (null when withheld). */
export interface HexCount extends Hex {
  count: number | null;
  withheld: boolean;
}

/** One located row, for a dot with a tooltip. */
export interface MapPoint {
  id: string;
  lon: number;
  lat: number;
  district: string;
  state: string | null;
  category: string | null;
}

const num = (v: unknown) => Number(v ?? 0);
const text = (v: unknown) => (v === null || v === undefined ? null : String(v));

/** The first and last month (`YYYY-MM`) a layer has rows in, or null when none has a date. */
export async function layerMonths(
  db: Connector,
  table: string,
  layer: MapLayer,
): Promise<{ first: string; last: string } | null> {
  const d = dateOf(layer);
  const sql = `SELECT strftime(min(${d}), '%Y-%m') AS f, strftime(max(${d}), '%Y-%m') AS l FROM ${table}`;
  const [r] = await db.query(sql);
  return r?.f ? { first: String(r.f), last: String(r.l) } : null;
}

/** Counts of a layer by district in a window, withheld below `min` on a private layer. */
export async function districtCounts(
  db: Connector,
  table: string,
  layer: MapLayer,
  w: MapWindow,
  min: number,
): Promise<DistrictCount[]> {
  const where = windowWhere(layer, w);
  const state = quoteIdent(layer.state);
  const [open, finished] = [layer.states[0], layer.states[layer.states.length - 1]];
  const rows = await db.query(
    `SELECT CAST(district AS VARCHAR) AS district, CAST(any_value(region) AS VARCHAR) AS region, count(*) AS n,
      count(*) FILTER (WHERE ${state} = '${open}') AS o, count(*) FILTER (WHERE ${state} = '${finished}') AS f
    FROM ${table} WHERE district IS NOT NULL AND ${where.sql} GROUP BY 1 ORDER BY 1`,
    where.params,
  );
  return rows.map((r) => {
    const [count, open, finished] = [num(r.n), num(r.o), num(r.f)];
    const withheld = layer.private && isWithheld([count], min);
    const split = !withheld && !(layer.private && isWithheld([open, finished], min));
    return {
      district: String(r.district),
      region: String(r.region ?? ''),
      count: withheld ? null : count,
      open: split ? open : null,
      finished: split ? finished : null,
      withheld,
    };
  });
}

/** Counts of a layer by hexagon of `size` in a window, withheld below `min` on a private layer. */
export async function hexCounts(
  db: Connector,
  table: string,
  layer: MapLayer,
  w: MapWindow,
  size: number,
  min: number,
): Promise<HexCount[]> {
  const where = windowWhere(layer, w);
  const from = `(SELECT lon, lat FROM ${table} WHERE ${where.sql})`;
  const rows = await db.query(
    `SELECT _q AS q, _r AS r, count(*) AS n FROM (${hexSql(from, size)}) GROUP BY 1, 2 ORDER BY 1, 2`,
    where.params,
  );
  return rows.map((r) => {
    const withheld = layer.private && isWithheld([num(r.n)], min);
    return { q: num(r.q), r: num(r.r), count: withheld ? null : num(r.n), withheld };
  });
}

/**
 * The located rows of a window, at most `limit` of them (`total` says how many there are; with `orNone`, none at all
 * when there are more); on a private layer only rows of districts whose count is shown (`hidden` counts the rest).
 */
export async function layerPoints(
  db: Connector,
  table: string,
  layer: MapLayer,
  w: MapWindow,
  min: number,
  limit: number,
  { orNone = false } = {},
): Promise<{ points: MapPoint[]; total: number; hidden: number }> {
  const where = windowWhere(layer, w);
  const inWindow = `SELECT *, count(*) OVER (PARTITION BY district) AS _dn FROM ${table} WHERE ${where.sql}`;
  const shown = layer.private ? `_dn >= ${Math.max(1, Math.floor(min))}` : 'TRUE';
  const located = `lon IS NOT NULL AND lat IS NOT NULL`;
  const [totals] = await db.query(
    `SELECT count(*) FILTER (WHERE ${shown}) AS total, count(*) FILTER (WHERE NOT (${shown})) AS hidden
    FROM (${inWindow}) WHERE ${located}`,
    where.params,
  );
  const [total, hidden] = [num(totals?.total), num(totals?.hidden)];
  if (orNone && total > limit) return { points: [], total, hidden };
  const rows = await db.query(
    `SELECT CAST(id AS VARCHAR) AS id, lon, lat, CAST(district AS VARCHAR) AS district,
      CAST(${quoteIdent(layer.state)} AS VARCHAR) AS state, CAST(${quoteIdent(layer.category)} AS VARCHAR) AS category
    FROM (${inWindow}) WHERE ${located} AND ${shown} ORDER BY id LIMIT ${Math.max(0, Math.floor(limit))}`,
    where.params,
  );
  const points = rows.map((r) => ({
    id: String(r.id),
    lon: num(r.lon),
    lat: num(r.lat),
    district: String(r.district),
    state: text(r.state),
    category: text(r.category),
  }));
  return { points, total, hidden };
}
