/**
 * Kazakhstan's equal-area projection: Albers conic on the unit sphere, standard parallels 44° and 52°, central
 * meridian 67° E (the projection every map of the app is drawn in, d3's `geoConicEqualArea` without its scale,
 * translation or flipped y). Points are binned in these coordinates, so equal bins hold equal areas.
 */
const RAD = Math.PI / 180;
const [PHI0, PHI1, LAMBDA0] = [44 * RAD, 52 * RAD, 67];
const N = (Math.sin(PHI0) + Math.sin(PHI1)) / 2;
const C = 1 + Math.sin(PHI0) * (2 * N - Math.sin(PHI0));
const R0 = Math.sqrt(C) / N;

/** Kilometres of the earth's surface per unit of the projected plane (the sphere's radius). */
export const EARTH_KM = 6371;

/** Planar x, y (north up) of a longitude and latitude in degrees. */
export function project(lon: number, lat: number): [number, number] {
  const r = Math.sqrt(C - 2 * N * Math.sin(lat * RAD)) / N;
  const a = (lon - LAMBDA0) * RAD * N;
  return [r * Math.sin(a), R0 - r * Math.cos(a)];
}

/** Longitude and latitude in degrees of a planar point. */
export function invert(x: number, y: number): [number, number] {
  const r0y = R0 - y;
  const r = Math.sign(N) * Math.sqrt(x * x + r0y * r0y);
  const a = Math.atan2(x, r0y) / N;
  const lat = Math.asin(Math.max(-1, Math.min(1, (C - r * r * N * N) / (2 * N))));
  return [a / RAD + LAMBDA0, lat / RAD];
}

/** SQL expressions of the planar x and y of two columns of degrees (the same numbers as `project`). */
export function projectSql(lon: string, lat: string): { x: string; y: string } {
  const r = `(sqrt(${C} - ${2 * N} * sin(radians(${lat}))) / ${N})`;
  const a = `(radians(${lon} - ${LAMBDA0}) * ${N})`;
  return { x: `(${r} * sin(${a}))`, y: `(${R0} - ${r} * cos(${a}))` };
}
