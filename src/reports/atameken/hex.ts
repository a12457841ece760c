import { EARTH_KM, invert, projectSql } from '../../core/projection';

/**
 * Pointy-top hexagons on the equal-area plane, in axial coordinates (q, r); `size` is the distance from a centre to
 * a corner in plane units. A point belongs to the hexagon whose centre is nearest (cube rounding).
 */
export interface Hex {
  q: number;
  r: number;
}

const SQRT3 = Math.sqrt(3);
/** Halves away from zero, as DuckDB's round. */
const round = (v: number) => Math.sign(v) * Math.round(Math.abs(v)) + 0;

/** The plane size of hexagons `km` kilometres from centre to corner. */
export const hexSize = (km: number): number => km / EARTH_KM;

/** The hexagon a planar point falls in. */
export function hexOf(x: number, y: number, size: number): Hex {
  const qf = ((SQRT3 / 3) * x - y / 3) / size;
  const rf = ((2 / 3) * y) / size;
  const sf = -qf - rf;
  let [q, r] = [round(qf), round(rf)];
  const s = round(sf);
  const [dq, dr, ds] = [Math.abs(q - qf), Math.abs(r - rf), Math.abs(s - sf)];
  if (dq > dr && dq > ds) q = -r - s;
  else if (dr > ds) r = -q - s;
  return { q, r };
}

/**
 * SQL: the rows of `from` (a table or a parenthesised query) with their hexagon (`_q`, `_r`) from columns `lon` and
 * `lat`, as `hexOf` finds it; rows without coordinates are left out.
 */
export function hexSql(from: string, size: number): string {
  const { x, y } = projectSql('lon', 'lat');
  const located = `SELECT *, ${x} AS _x, ${y} AS _y FROM ${from} WHERE lon IS NOT NULL AND lat IS NOT NULL`;
  const [qf, rf] = [`(${SQRT3 / 3} * _x - _y / 3) / ${size}`, `(2 / 3 * _y) / ${size}`];
  const frac = `SELECT *, ${qf} AS _qf, ${rf} AS _rf FROM (${located})`;
  const rounded = [
    'SELECT *, round(_qf) AS _rq, round(_rf) AS _rr, round(-_qf - _rf) AS _rs,',
    'abs(round(_qf) - _qf) AS _dq, abs(round(_rf) - _rf) AS _dr, abs(round(-_qf - _rf) + _qf + _rf) AS _ds',
    `FROM (${frac})`,
  ].join(' ');
  return [
    'SELECT *,',
    'CAST(CASE WHEN _dq > _dr AND _dq > _ds THEN -_rr - _rs ELSE _rq END AS INTEGER) AS _q,',
    'CAST(CASE WHEN _dq > _dr AND _dq > _ds THEN _rr WHEN _dr > _ds THEN -_rq - _rs ELSE _rr END AS INTEGER) AS _r',
    `FROM (${rounded})`,
  ].join('\n');
}

/** The planar centre of a hexagon. */
export function hexCentre({ q, r }: Hex, size: number): [number, number] {
  return [size * (SQRT3 * q + (SQRT3 / 2) * r), size * 1.5 * r];
}

/**
 * A hexagon's boundary in degrees, a closed ring running clockwise on the map (the winding d3 reads as the small
 * polygon, not the rest of the globe).
 */
export function hexRing(hex: Hex, size: number): Array<[number, number]> {
  const [cx, cy] = hexCentre(hex, size);
  return [90, 30, -30, -90, -150, 150, 90].map((deg) => {
    const a = (deg * Math.PI) / 180;
    return invert(cx + size * Math.cos(a), cy + size * Math.sin(a));
  });
}
