import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../../src/core/sql';
import { openNodeDuckDB } from '../../../../src/data/duckdb-node';
import { withheldRows } from '../../../../src/indicators/privacy';
import { districtCard } from '../../../../src/reports/atameken/card';
import { mapData } from '../../../../src/reports/atameken/draw';
import { hexSize } from '../../../../src/reports/atameken/hex';
import { LAYERS, addMonths, monthRange, windowWhere } from '../../../../src/reports/atameken/layers';
import { districtCounts, hexCounts, layerMonths, layerPoints } from '../../../../src/reports/atameken/map-data';

// Reports in two districts. D1: seven in Jan–Mar 2025 (one done only in April), one in 2024; D2: three in 2025.
const REPORTS = [
  ['r1', 'D1', 71.4, 51.1, 'roads', '2025-01-01', 'done', '2025-01-11', 'state_body'],
  ['r2', 'D1', 71.41, 51.11, 'roads', '2025-01-01', 'done', '2025-01-21', 'state_body'],
  ['r3', 'D1', 71.42, 51.12, 'waste', '2025-01-01', 'done', '2025-01-31', 'citizens'],
  ['r4', 'D1', 71.43, 51.13, 'roads', '2025-02-01', 'in_work', null, null],
  ['r5', 'D1', 71.44, 51.14, 'waste', '2025-02-01', 'done', '2025-04-15', 'state_body'],
  ['r6', 'D1', 71.45, 51.15, 'roads', '2025-03-01', 'done', '2025-03-06', 'state_body'],
  ['r7', 'D1', 71.46, 51.16, 'lighting', '2025-03-01', 'in_work', null, null],
  ['r0', 'D1', 71.47, 51.17, 'roads', '2024-06-10', 'done', '2024-06-20', 'state_body'],
  ['r8', 'D2', 76.9, 43.2, 'roads', '2025-01-15', 'in_work', null, null],
  ['r9', 'D2', 76.91, 43.21, 'roads', '2025-02-15', 'in_work', null, null],
  ['rA', 'D2', null, null, 'waste', '2025-03-15', 'done', '2025-03-20', 'citizens'],
];
const lit = (v: unknown) => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${v}'`);
const Q1 = { end: '2025-03', span: 3, category: null };
let db: Connector;
beforeAll(async () => {
  db = await openNodeDuckDB();
  const rows = REPORTS.map((r) => `('R', ${r.map(lit).join(', ')})`).join(', ');
  await db.exec(`CREATE TABLE cc AS SELECT * FROM (VALUES ${rows})
    v(region, id, district, lon, lat, topic, date_filed, status, date_done, solved_by)`);
  await db.exec(`CREATE TABLE ini AS SELECT region, id, district, lon, lat, 'health' AS theme, 'ngo' AS carrier,
    CASE WHEN status = 'done' THEN 'completed' ELSE 'in_progress' END AS stage, date_filed AS date_proposed,
    10 AS recipients, 4.0 AS rating FROM cc`);
});
afterAll(() => db.close());

describe('months and windows', () => {
  it('count months across years, both ends included', () => {
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(addMonths('2024-11', 14)).toBe('2026-01');
    expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(() => addMonths("2025-01' OR 1=1", 1)).toThrow(/not a month/);
  });
  it('filter by date and pass the category as a parameter', () => {
    const w = windowWhere(LAYERS.reports, { end: '2025-03', span: 3, category: "x'y" });
    expect(w.sql).toContain("DATE '2025-04-01'");
    expect(w.sql).toContain("DATE '2025-01-01'");
    expect(w.params).toEqual(["x'y"]);
  });
  it('find the months a layer spans', async () => {
    expect(await layerMonths(db, 'cc', LAYERS.reports)).toEqual({ first: '2024-06', last: '2025-03' });
  });
});

describe('counts by district under the privacy rule', () => {
  it('withholds a district with 1 to 4 reports, and a split with a part of 1 to 4', async () => {
    expect(await districtCounts(db, 'cc', LAYERS.reports, Q1, 5)).toEqual([
      { district: 'D1', region: 'R', count: 7, open: null, finished: null, withheld: false },
      { district: 'D2', region: 'R', count: null, open: null, finished: null, withheld: true },
    ]);
  });
  it('follows an edited minimum, and the window and category', async () => {
    const all = await districtCounts(db, 'cc', LAYERS.reports, { end: '2025-03', span: null, category: null }, 3);
    expect(all.map((d) => [d.count, d.open, d.finished])).toEqual([
      [8, null, null],
      [3, null, null],
    ]);
    const two = await districtCounts(db, 'cc', LAYERS.reports, Q1, 2);
    expect(two.map((d) => [d.count, d.open, d.finished])).toEqual([
      [7, 2, 5],
      [3, null, null],
    ]);
    const roads = await districtCounts(db, 'cc', LAYERS.reports, { ...Q1, category: 'roads' }, 2);
    expect(roads.map((d) => [d.district, d.count])).toEqual([
      ['D1', 4],
      ['D2', 2],
    ]);
  });
  it('shows small counts of public projects (initiatives) as counted', async () => {
    const rows = await districtCounts(db, 'ini', LAYERS.initiatives, Q1, 5);
    expect(rows.map((d) => [d.count, d.withheld])).toEqual([
      [7, false],
      [3, false],
    ]);
  });
});

describe('hexagons and points', () => {
  it('bins located reports, withholding small bins', async () => {
    const bins = await hexCounts(db, 'cc', LAYERS.reports, Q1, hexSize(30), 5);
    expect(bins.map((b) => b.count).sort()).toEqual([7, null]);
    expect(bins.find((b) => b.withheld)).toMatchObject({ count: null });
  });
  it('draws points only in districts whose count is shown', async () => {
    const p = await layerPoints(db, 'cc', LAYERS.reports, Q1, 5, 100);
    expect(p.points.map((x) => x.id)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7']);
    expect([p.total, p.hidden]).toEqual([7, 2]);
    expect(p.points[3]).toEqual({
      id: 'r4',
      lon: 71.43,
      lat: 51.13,
      district: 'D1',
      state: 'in_work',
      category: 'roads',
    });
    expect((await layerPoints(db, 'cc', LAYERS.reports, Q1, 5, 2)).points).toHaveLength(2);
  });
});

describe('mapData', () => {
  const req = { layer: 'reports' as const, window: Q1, hexKm: 30, min: 5 };
  it('draws points while they are few, and always the counts by district', async () => {
    const auto = await mapData(db, 'cc', { ...req, view: 'auto' });
    expect(auto).toMatchObject({ view: 'points', total: 7, hidden: 2 });
    expect(auto.counts).toHaveLength(2);
    expect(await mapData(db, 'cc', { ...req, view: 'hex' })).toMatchObject({ view: 'hex', auto: false });
    expect(await mapData(db, 'cc', { ...req, view: 'districts' })).toEqual({ view: 'districts', counts: auto.counts });
  });
  it('counts points without fetching them when there are more than asked for', async () => {
    const p = await layerPoints(db, 'cc', LAYERS.reports, Q1, 5, 3, { orNone: true });
    expect(p).toEqual({ points: [], total: 7, hidden: 2 });
  });
});

describe("a district's card", () => {
  it('splits reports by topic with small rows withheld, and a time to resolution censored at the window’s end', async () => {
    const card = await districtCard(db, { civic_control: 'cc', initiatives: 'ini' }, 'D1', Q1, 2);
    const topics = (c: typeof card) => c.reports!.tables[0].rows.map((r) => [r.value, r.total, r.byState]);
    // Lighting (1) is withheld, then waste (2) so that 7 − 4 does not give lighting away; roads' split has a 1.
    expect(topics(card)).toEqual([
      ['roads', 4, { in_work: null, done: null }],
      ['waste', null, { in_work: null, done: null }],
      ['lighting', null, { in_work: null, done: null }],
    ]);
    expect(topics(await districtCard(db, { civic_control: 'cc' }, 'D1', Q1, 1))).toEqual([
      ['roads', 4, { in_work: 1, done: 3 }],
      ['waste', 2, { in_work: 0, done: 2 }],
      ['lighting', 1, { in_work: 1, done: 0 }],
    ]);
    // Days: 10, 20, 30, 5 done; 58, 58 (r4 open, r5 done after the window) and 30 (r7) censored → median 30.
    expect(card.reports!.resolution).toMatchObject({ n: 7, events: 4, median: 30 });
    expect(card.initiatives).toMatchObject({ total: 7, recipients: 50, rating: 4 });
    expect(card.nominations).toBeNull();
  });
  it('withholds everything about reports in a district below the minimum', async () => {
    const card = await districtCard(db, { civic_control: 'cc' }, 'D2', Q1, 5);
    expect(card.reports).toMatchObject({ total: null, withheld: true, resolution: null });
    expect(card.reports!.tables.flatMap((t) => t.rows.map((r) => r.total))).toEqual([null, null, null]);
  });
});

describe('withheldRows', () => {
  it('withholds small rows, and the next smallest when one alone would be given away by the total', () => {
    expect(withheldRows([[7], [3], [6]], 5)).toEqual([false, true, true]);
    expect(withheldRows([[7], [3], [2]], 5)).toEqual([false, true, true]);
    expect(withheldRows([[7], [0], [6]], 5)).toEqual([false, false, false]);
    expect(withheldRows([[7, 4, 3]], 5)).toEqual([true]);
  });
});
