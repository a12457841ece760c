import { geoArea, geoConicEqualArea } from 'd3-geo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invert, project, projectSql } from '../../../../src/core/projection';
import type { Connector } from '../../../../src/core/sql';
import { openNodeDuckDB } from '../../../../src/data/duckdb-node';
import { hexCentre, hexOf, hexRing, hexSize, hexSql } from '../../../../src/reports/atameken/hex';

/** Points spread over Kazakhstan's box, from a fixed linear congruential sequence. */
function points(n: number): Array<[number, number]> {
  let s = 12345;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: n }, () => [46 + next() * 42, 40 + next() * 16]);
}
const d3 = geoConicEqualArea().parallels([44, 52]).rotate([-67, 0]).center([0, 0]).scale(1).translate([0, 0]);
let db: Connector;
beforeAll(async () => {
  db = await openNodeDuckDB();
  const rows = points(2000).map(([lon, lat], i) => `(${i}, ${lon}, ${lat})`);
  await db.exec(`CREATE TABLE p AS SELECT * FROM (VALUES ${rows.join(', ')}) v(id, lon, lat)`);
});
afterAll(() => db.close());

describe('the equal-area projection', () => {
  it("is d3's geoConicEqualArea (44°, 52°, 67° E) with y pointing north", () => {
    for (const [lon, lat] of points(50)) {
      const [x, y] = project(lon, lat);
      const [dx, dy] = d3([lon, lat])!;
      expect(x).toBeCloseTo(dx, 12);
      expect(y).toBeCloseTo(-dy, 12);
    }
  });
  it('inverts to the same point', () => {
    for (const [lon, lat] of points(50)) {
      const [a, b] = invert(...project(lon, lat));
      expect(a).toBeCloseTo(lon, 9);
      expect(b).toBeCloseTo(lat, 9);
    }
  });
  it('gives the same numbers in SQL', async () => {
    const { x, y } = projectSql('lon', 'lat');
    const rows = await db.query<{ lon: number; lat: number; x: number; y: number }>(
      `SELECT lon, lat, ${x} AS x, ${y} AS y FROM p ORDER BY id LIMIT 100`,
    );
    for (const r of rows) {
      const [px, py] = project(r.lon, r.lat);
      expect(r.x).toBeCloseTo(px, 12);
      expect(r.y).toBeCloseTo(py, 12);
    }
  });
});

describe('hexagonal bins', () => {
  const size = hexSize(30);
  it('put a point in the hexagon whose centre is nearest, within one size of it', () => {
    for (const [lon, lat] of points(500)) {
      const [x, y] = project(lon, lat);
      const h = hexOf(x, y, size);
      const dist = (q: number, r: number) => Math.hypot(...hexCentre({ q, r }, size).map((c, i) => c - [x, y][i]));
      const own = dist(h.q, h.r);
      expect(own).toBeLessThanOrEqual(size * (1 + 1e-9));
      const around = [
        [1, 0],
        [-1, 0],
        [0, 1],
        [0, -1],
        [1, -1],
        [-1, 1],
      ].map(([a, b]) => dist(h.q + a, h.r + b));
      expect(Math.min(...around)).toBeGreaterThanOrEqual(own - 1e-12);
    }
  });
  it('are the same in SQL as in TypeScript for 2,000 points', async () => {
    const rows = await db.query<{ lon: number; lat: number; _q: number; _r: number }>(
      `SELECT lon, lat, _q, _r FROM (${hexSql('p', size)}) ORDER BY id`,
    );
    expect(rows).toHaveLength(2000);
    const differ = rows.filter((r) => {
      const h = hexOf(...project(r.lon, r.lat), size);
      return h.q !== r._q || h.r !== r._r;
    });
    expect(differ).toEqual([]);
  });
  it('are drawn as small clockwise rings with the area of a plane hexagon (the projection keeps areas)', () => {
    const ring = hexRing({ q: 3, r: -7 }, size);
    expect(ring).toHaveLength(7);
    expect(ring[0]).toEqual(ring[6]);
    const area = geoArea({ type: 'Polygon', coordinates: [ring] });
    expect(area / ((3 * Math.sqrt(3) * size * size) / 2)).toBeCloseTo(1, 4);
  });
});
