import studyJson from '../../data/demo/study.json';
import type { WasmConnector, WasmStorage } from '../data/duckdb-wasm';
import { clearSnapshot, restoreSnapshot, saveSnapshot } from '../data/idb-snapshot';
import { type DatasetMeta, REGISTRY, listDatasets, restoreTypes } from '../data/datasets';
import { inputsWithRoles } from '../indicators/roles';
import { SETTINGS, ensureSettings } from '../data/settings';
import { loadStudy } from '../data/load-study';
import type { CodebookVariable, Study, StudyDataset } from '../data/study';
import type { IndicatorRow } from '../indicators/rows';
import type { District, Region } from '../data/reference';
import { runIndicators } from '../indicators/run';
import { HEADLINE } from '../indicators/catalogue';
import { type Sources, prepareSources as prepareAll } from '../indicators/prepare';
import type { Rubric } from '../indicators/kpi/rubric';
import type { Lang } from '../core/lang';
import { NEEDS_REPORT } from '../reports/needs-spec';
import { type ReportResult, runReportTable } from '../reports/run-report';

export const DEMO: Study = studyJson as Study;
const DEMO_FILES: Record<string, string> = Object.fromEntries(
  Object.entries(import.meta.glob(['../../data/demo/*.csv', '../../data/demo/*-codebook.json'], { query: '?url', import: 'default', eager: true }))
    .map(([path, url]) => [path.split('/').pop()!, url as string]),
);
const DEMO_VERSION = Object.values(DEMO_FILES).join('|');
const LOCK = 'civic-workbench-workspace';
const OPFS_PATH = 'opfs://civic-workbench.duckdb';

export type StorageKind = 'opfs' | 'indexeddb' | 'memory';

/** A running workspace: the database, where it is stored, and whether another tab holds it. */
export interface Workspace {
  db: WasmConnector;
  storage: StorageKind;
  otherTab: boolean;
  /** Whether the workspace was found saved (true) or the demo had to be installed (false). */
  restored: boolean;
  /** Changes not saved yet. */
  dirty: boolean;
  /** The demo is only partly installed: the datasets indicators read are in, the rest comes with `completeDemo`. */
  pending: boolean;
}

/** Hold the workspace lock for the life of the page; false if another tab has it. */
function takeLock(): Promise<boolean> {
  if (!navigator.locks) return Promise.resolve(true);
  return new Promise((resolve) => {
    navigator.locks.request(LOCK, { ifAvailable: true }, (lock) => {
      resolve(lock !== null);
      return lock ? new Promise(() => {}) : undefined;
    });
  });
}

function chooseStorage(hasLock: boolean, forced: string | null): StorageKind {
  if (!hasLock) return 'memory';
  if (forced === 'indexeddb' || forced === 'memory') return forced;
  const opfs = isSecureContext && typeof navigator.storage?.getDirectory === 'function';
  return opfs ? 'opfs' : 'indexeddb';
}

const fetched = new Map<string, Promise<string>>();

/** Fetch a bundled demo file once. */
function fetchText(file: string): Promise<string> {
  if (!fetched.has(file)) {
    fetched.set(file, fetch(DEMO_FILES[file]).then((res) => {
      if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
      return res.text();
    }));
  }
  return fetched.get(file)!;
}

async function demoVersion(db: WasmConnector): Promise<string | null> {
  const [{ n }] = await db.query<{ n: number }>(
    "SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'workspace_meta'",
  );
  if (!n) return null;
  const rows = await db.query<{ value: string }>("SELECT value FROM workspace_meta WHERE key = 'demo_version'");
  return rows[0]?.value ?? null;
}

const readByIndicators = (d: StudyDataset) => HEADLINE.some((i) => i.dataset === d.id);

/** Load the demo datasets that indicators read (replacing any), in one transaction; the rest stays pending. */
async function installDemoStart(ws: Workspace): Promise<void> {
  await ws.db.transaction((db) => loadStudy(db, DEMO, fetchText, readByIndicators));
  ws.dirty = true;
  ws.pending = true;
  performance.mark('demo-installed');
}

/** Load the rest of the demo and mark the demo installed, in one transaction: an interrupted install is redone. */
export async function completeDemo(ws: Workspace): Promise<void> {
  if (!ws.pending) return;
  await ws.db.transaction(async (db) => {
    await loadStudy(db, DEMO, fetchText, (d) => !readByIndicators(d));
    await db.exec('CREATE OR REPLACE TABLE workspace_meta (key VARCHAR PRIMARY KEY, value VARCHAR)');
    await db.exec(`INSERT INTO workspace_meta VALUES ('demo_version', '${DEMO_VERSION.replace(/'/g, "''")}')`);
  });
  ws.pending = false;
  performance.mark('demo-complete');
}

/** Save the workspace where it lives (a checkpoint to OPFS, or a snapshot to IndexedDB). */
export async function persist(ws: Workspace): Promise<void> {
  if (ws.storage === 'opfs') await ws.db.exec('CHECKPOINT');
  if (ws.storage === 'indexeddb') {
    const user = (await listDatasets(ws.db)).map((d) => d.id);
    await saveSnapshot(ws.db, ['workspace_meta', ...DEMO.datasets.map((d) => d.id), REGISTRY, SETTINGS, ...user]);
  }
  ws.dirty = false;
}

/**
 * Open the workspace (OPFS, else IndexedDB, else memory) and make sure the demo study is in it. A fresh install
 * loads what the indicators read and leaves the rest `pending` and the workspace `dirty`: once the first results
 * are on screen, call `completeDemo`, then `persist`.
 */
export async function openWorkspace(forcedStorage: string | null = null): Promise<Workspace> {
  for (const file of Object.keys(DEMO_FILES)) void fetchText(file).catch(() => {});
  const hasLock = await takeLock();
  const storage = chooseStorage(hasLock, forcedStorage);
  const { openWasmDuckDB } = await import('../data/duckdb-wasm');
  const where: WasmStorage = storage === 'opfs' ? { kind: 'opfs', path: OPFS_PATH } : { kind: 'memory' };
  if (storage === 'opfs') await navigator.storage.persist?.().catch(() => false);
  const ws: Workspace = { db: await openWasmDuckDB(where), storage, otherTab: !hasLock, restored: false, dirty: false, pending: false };
  performance.mark('duckdb-open');
  if (storage === 'indexeddb') {
    await restoreSnapshot(ws.db).catch(() => []);
    for (const d of await listDatasets(ws.db)) await restoreTypes(ws.db, d).catch(() => {});
  }
  await ensureSettings(ws.db);
  ws.restored = (await demoVersion(ws.db)) === DEMO_VERSION;
  if (!ws.restored) await installDemoStart(ws);
  return ws;
}

/** Restore the shipped demo study, replacing what the workspace holds, and save it. */
export async function resetDemo(ws: Workspace): Promise<void> {
  if (ws.storage === 'indexeddb') await clearSnapshot();
  await installDemoStart(ws);
  await completeDemo(ws);
  await persist(ws);
}

/**
 * Prepare the workspace's datasets for the catalogue: the demo's (those loaded so far: all once the demo is complete),
 * each replaced by an imported dataset the user gave its role.
 */
export async function prepareSources(
  ws: Workspace, ref: { regions: Region[]; districts: District[] }, rubric?: Rubric, imported: DatasetMeta[] = [],
): Promise<Sources> {
  const inputs = [];
  for (const ds of DEMO.datasets.filter((d) => !ws.pending || readByIndicators(d))) inputs.push({ dataset: ds, codebook: await codebookOf(ds.id) });
  return prepareAll(ws.db, inputsWithRoles(inputs, imported), ref, rubric);
}

/** Compute indicators (the headline ones, or the given ids) by region and wave. */
export function computeIndicators(ws: Workspace, sources: Sources, ids: string[] = HEADLINE.map((i) => i.id)): Promise<IndicatorRow[]> {
  return runIndicators(ws.db, sources, ['region', 'wave'], ids);
}

/** Compute every table of the needs-assessment report, each wave of it in order. */
export async function computeNeedsReport(ws: Workspace, lang: Lang): Promise<ReportResult[]> {
  const waves = await Promise.all(NEEDS_REPORT.datasets.map(async (id) => ({ table: id, codebook: await codebookOf(id) })));
  const out: ReportResult[] = [];
  for (const t of NEEDS_REPORT.tables) out.push(await runReportTable(ws.db, t, waves, lang));
  return out;
}

const codebooks = new Map<string, Promise<CodebookVariable[]>>();

/** The codebook of a demo dataset, fetched and parsed once. */
export function codebookOf(datasetId: string): Promise<CodebookVariable[]> {
  const ds = DEMO.datasets.find((d) => d.id === datasetId);
  if (!ds) return Promise.reject(new Error(`no dataset ${datasetId}`));
  if (!codebooks.has(ds.codebook)) codebooks.set(ds.codebook, fetchText(ds.codebook).then((t) => JSON.parse(t)));
  return codebooks.get(ds.codebook)!;
}
