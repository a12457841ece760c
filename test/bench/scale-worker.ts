// One measured task of the scale benchmark, in a process of its own so that its peak resident memory is its own:
// `tsx test/bench/scale-worker.ts TASK FOLDER` prints {ms, rows, rss_peak_mib, duckdb_peak_mib, ...} as JSON.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BOOLEAN, DOUBLE, DuckDBInstance, VARCHAR } from '@duckdb/node-api';
import { loadStudyFolder, readDistricts, readRegions } from '../../src/cli/study-folder';
import type { Connector, SqlValue } from '../../src/core/sql';
import { openNativeDuckDB } from '../../src/data/duckdb-native';
import { CATALOGUE } from '../../src/indicators/catalogue';
import { prepareSources } from '../../src/indicators/prepare';
import { runIndicators } from '../../src/indicators/run';
import { SURVEY_IDS } from './catalogue-work';
import { CIVIC } from './scale-data';

const MEMORY = process.env.SCALE_MEMORY_LIMIT ?? '8GB';
const MEMORY_SQL =
  'SELECT sum(memory_usage_bytes)::DOUBLE AS m, sum(temporary_storage_bytes)::DOUBLE AS t FROM duckdb_memory()';

/** The Atameken entries on civic-control reports, once the catalogue has them (the bench uses them then). */
export const civicEntries = () => CATALOGUE.filter((e) => e.dataset === CIVIC).map((e) => e.id);

/** The hand-written aggregation: reports, solved and the share solved by region × year of filing. */
export const civicSql = (from: string) => `SELECT region, "year", count(*) AS reports,
    count(*) FILTER (WHERE status = 'done') AS solved, solved / reports AS share_solved
  FROM ${from} GROUP BY ALL ORDER BY ALL`;

/** Each population-survey share as a weighted mean by region × wave and by wave: no SE, no preparation. */
function bareSurveySql(from: string): string[] {
  return CATALOGUE.flatMap((e) => {
    if (e.dataset !== 'population' || e.formula.kind !== 'survey_share') return [];
    const { yes, valid, domain } = e.formula;
    const where = [valid, domain].filter(Boolean).join(' AND ');
    return [
      `SELECT region, wave, sum(weight * (${yes})::INT) / sum(weight) AS estimate, count(*) AS n
      FROM ${from} WHERE ${where} GROUP BY GROUPING SETS ((region, wave), (wave))`,
    ];
  });
}

/** Sample DuckDB's own memory (duckdb_memory(): in use, and spilled to disk) every 200 ms; returns a stop. */
function sampleMemory(read: () => Promise<{ m: number; t: number }>) {
  const peak = { m: 0, t: 0 };
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    read()
      .then((r) => ((peak.m = Math.max(peak.m, r.m)), (peak.t = Math.max(peak.t, r.t))))
      .catch(() => {})
      .finally(() => (busy = false));
  }, 200);
  return () => (clearInterval(timer), peak);
}

const glob = (dir: string, id: string) =>
  `read_parquet('${join(dir, id, '**', '*.parquet')}', hive_partitioning = true)`;

async function bare(statements: string[]) {
  const instance = await DuckDBInstance.create(':memory:', { memory_limit: MEMORY });
  const conn = await instance.connect();
  const side = await instance.connect();
  const stop = sampleMemory(async () => (await side.runAndReadAll(MEMORY_SQL)).getRowObjectsJS()[0] as never);
  const t0 = performance.now();
  let rows = 0;
  for (const sql of statements) rows += (await conn.runAndReadAll(sql)).currentRowCount;
  return { ms: performance.now() - t0, rows, peak: stop() };
}

async function app(work: (db: Connector) => Promise<{ rows: number } & Record<string, number>>) {
  const db = await openNativeDuckDB({ memoryLimit: MEMORY });
  const stop = sampleMemory(async () => (await db.aside!<{ m: number; t: number }>(MEMORY_SQL))[0]);
  const t0 = performance.now();
  const r = await work(db);
  return { ...r, ms: performance.now() - t0, peak: stop() };
}

/** Where the survey task writes the statements it sent, for the replay task to run alone. */
const statementsFile = (dir: string) => join(dir, 'survey-statements.json');
type Statement = { sql: string; params?: readonly SqlValue[] };

/** The same connector, noting each statement (and its parameters) it is sent. */
function recording(db: Connector, log: Statement[]): Connector {
  return {
    ...db,
    query: (sql, params) => (log.push({ sql, params }), db.query(sql, params)),
    exec: (sql) => (log.push({ sql }), db.exec(sql)),
  };
}

/** Replay statements on a bare DuckDB (parameters bound as the native connector binds them). */
async function replay(dir: string) {
  const log = JSON.parse(readFileSync(statementsFile(dir), 'utf8')) as Statement[];
  const instance = await DuckDBInstance.create(':memory:', { memory_limit: MEMORY });
  const conn = await instance.connect();
  const side = await instance.connect();
  const stop = sampleMemory(async () => (await side.runAndReadAll(MEMORY_SQL)).getRowObjectsJS()[0] as never);
  const t0 = performance.now();
  for (const { sql, params } of log) {
    if (!params?.length) {
      await conn.run(sql);
      continue;
    }
    const stmt = await conn.prepare(sql);
    stmt.bind(
      [...params],
      params.map((v) => (typeof v === 'number' ? DOUBLE : typeof v === 'boolean' ? BOOLEAN : VARCHAR)),
    );
    await stmt.runAndReadAll();
  }
  return { ms: performance.now() - t0, rows: log.length, statements: log.length, peak: stop() };
}

async function surveyCatalogue(dbIn: Connector, dir: string) {
  const log: Statement[] = [];
  const db = recording(dbIn, log);
  const t0 = performance.now();
  const { loaded } = await loadStudyFolder(db, dir);
  const ref = { regions: await readRegions(), districts: await readDistricts() };
  const sources = await prepareSources(
    db,
    loaded.filter((l) => l.dataset.id === 'population'),
    ref,
  );
  const t1 = performance.now();
  const rows = await runIndicators(db, sources, ['region', 'wave'], SURVEY_IDS);
  writeFileSync(statementsFile(dir), JSON.stringify(log));
  return {
    statements: log.length,
    rows: rows.length,
    ok_rows: rows.filter((r) => r.status === 'ok').length,
    load_and_prepare_ms: Math.round(t1 - t0),
  };
}

async function civicCatalogue(db: Connector, dir: string) {
  const t0 = performance.now();
  const { loaded } = await loadStudyFolder(db, dir);
  const load_ms = performance.now() - t0;
  const ids = civicEntries();
  if (!ids.length) return { rows: (await db.query(civicSql(CIVIC))).length, entries: 0, load_ms };
  const ref = { regions: await readRegions(), districts: await readDistricts() };
  const sources = await prepareSources(
    db,
    loaded.filter((l) => l.dataset.id === CIVIC),
    ref,
  );
  const rows = await runIndicators(db, sources, ['region', 'wave'], ids);
  return { rows: rows.length, entries: ids.length, load_ms };
}

const TASKS: Record<string, (dir: string) => Promise<Record<string, unknown>>> = {
  'survey-catalogue': (dir) => app((db) => surveyCatalogue(db, dir)),
  'survey-bare': (dir) => bare(bareSurveySql(glob(dir, 'population'))),
  'survey-replay': replay,
  'civic-catalogue': (dir) => app((db) => civicCatalogue(db, dir)),
  'civic-bare': (dir) => bare([civicSql(glob(dir, CIVIC))]),
};

/** Peak resident memory of this process (VmHWM), MiB. */
const rssPeakMiB = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;

if (process.argv[1]?.endsWith('scale-worker.ts')) {
  const [task, dir] = process.argv.slice(2);
  const r = (await TASKS[task](dir)) as { ms: number; peak: { m: number; t: number } } & Record<string, unknown>;
  const { peak, ...rest } = r;
  const out = {
    ...rest,
    ms: Math.round(r.ms),
    ...(typeof r.load_ms === 'number' ? { load_ms: Math.round(r.load_ms) } : {}),
    rss_peak_mib: Math.round(rssPeakMiB()),
    duckdb_peak_mib: Math.round(peak.m / 2 ** 20),
    duckdb_spilled_peak_mib: Math.round(peak.t / 2 ** 20),
  };
  process.stdout.write(JSON.stringify(out) + '\n');
  process.exit(0);
}
