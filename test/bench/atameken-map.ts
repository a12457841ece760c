import type { Connector } from '../../src/core/sql';
import { openNativeDuckDB } from '../../src/data/duckdb-native';
import { openNodeDuckDB } from '../../src/data/duckdb-node';
import { type MapRequest, mapData } from '../../src/reports/atameken/draw';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZES = [50_000, 200_000];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round1 = (x: number) => Math.round(x * 10) / 10;
const ENGINES: Record<string, () => Promise<Connector>> = { wasm: openNodeDuckDB, native: openNativeDuckDB };

/** `n` synthetic reports over Kazakhstan's box in 2024–2025, in 224 districts (seeded by DuckDB's setseed). */
async function reports(db: Connector, n: number) {
  await db.exec('SELECT setseed(0.42)');
  await db.exec(`CREATE OR REPLACE TABLE cc AS SELECT 'R' || (i % 20) AS region, 'D' || (i % 224) AS district,
    'CC' || i AS id, 47 + random() * 39 AS lon, 41 + random() * 14 AS lat,
    (DATE '2024-01-01' + CAST(random() * 730 AS INTEGER))::VARCHAR AS date_filed,
    CASE WHEN random() < 0.8 THEN 'done' ELSE 'in_work' END AS status, 'roads' AS topic FROM range(${n}) t(i)`);
}

const request = (view: MapRequest['view']): MapRequest => ({
  layer: 'reports',
  view,
  window: { end: '2025-12', span: 12, category: null },
  hexKm: 30,
  min: 5,
});
const STEPS: Record<string, (db: Connector) => Promise<unknown>> = {
  baseline: (db) =>
    db.query(`SELECT district, count(*) FROM cc WHERE TRY_CAST(date_filed AS DATE) >= DATE '2025-01-01' GROUP BY 1`),
  districts: (db) => mapData(db, 'cc', request('districts')),
  hexagons: (db) => mapData(db, 'cc', request('hex')),
  auto: (db) => mapData(db, 'cc', request('auto')),
};

async function timeSteps(db: Connector): Promise<Record<string, number>> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(STEPS).map((k) => [k, []]));
  for (let r = -1; r < RUNS; r++)
    for (const [k, f] of Object.entries(STEPS)) {
      const t0 = performance.now();
      await f(db);
      if (r >= 0) times[k].push(performance.now() - t0);
    }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

/**
 * The Atameken map's queries on 50,000 and 200,000 reports (a year's window): counts by district, hexagonal bins, and
 * `auto` (points counted, then bins) — each as a ratio to the bare count by district of the same window.
 */
export async function benchAtamekenMap(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = { runs: RUNS };
  for (const [engine, open] of Object.entries(ENGINES))
    for (const n of SIZES) {
      const db = await open();
      try {
        await reports(db, n);
        const ms = await timeSteps(db);
        out[`${engine} ${n} rows: baseline ms`] = round1(ms.baseline);
        for (const k of ['districts', 'hexagons', 'auto'])
          out[`${engine} ${n} rows: ${k} (ms, × baseline)`] = [round1(ms[k]), round1(ms[k] / ms.baseline)];
      } finally {
        await db.close();
      }
    }
  return out;
}
