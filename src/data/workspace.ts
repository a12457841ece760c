import type { StudyDataset } from './study';
import { REGISTRY, listDatasets, restoreTypes } from './datasets';
import { DEMO, DEMO_VERSION, completeDemo, installDemo, installedDemo, prefetchDemo } from './demo';
import type { WasmConnector, WasmStorage } from './duckdb-wasm';
import { clearSnapshot, restoreSnapshot, saveSnapshot } from './idb-snapshot';
import { NOTEBOOKS, ensureNotebooks } from './notebooks';
import { askPersistence } from './persistence';
import { MEASURE_FACTS, ensureMeasureFacts } from './measure-facts';
import { PINS, ensurePins } from './pins';
import { SETTINGS, ensureSettings } from './settings';
import { holdWorkspace } from './tab-claim';

const LOCK = 'civic-workbench-workspace';
const OPFS_PATH = 'opfs://civic-workbench.duckdb';

/** Where the workspace lives: the origin's private file system, IndexedDB snapshots, or memory only. */
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
  /** The demo is only partly installed: the datasets read first are in, the rest comes with `finishDemo`. */
  pending: boolean;
  /** The demo datasets installed first (those the first results read). */
  first: (d: StudyDataset) => boolean;
}

function chooseStorage(hasLock: boolean, forced: string | null): StorageKind {
  if (!hasLock) return 'memory';
  if (forced === 'indexeddb' || forced === 'memory') return forced;
  const opfs = isSecureContext && typeof navigator.storage?.getDirectory === 'function';
  return opfs ? 'opfs' : 'indexeddb';
}

/** Install the demo datasets read first (replacing any); the rest stays pending. */
async function installDemoStart(ws: Workspace): Promise<void> {
  await installDemo(ws.db, ws.first);
  ws.dirty = true;
  ws.pending = true;
  performance.mark('demo-installed');
}

/** Install the rest of a partly installed demo (nothing if it is complete). */
export async function finishDemo(ws: Workspace): Promise<void> {
  if (!ws.pending) return;
  await completeDemo(ws.db, (d) => !ws.first(d));
  ws.pending = false;
  performance.mark('demo-complete');
}

/** Save the workspace where it lives (a checkpoint to OPFS, or a snapshot to IndexedDB). */
export async function persist(ws: Workspace): Promise<void> {
  if (ws.storage === 'opfs') await ws.db.exec('CHECKPOINT');
  if (ws.storage === 'indexeddb') {
    const user = (await listDatasets(ws.db)).map((d) => d.id);
    await saveSnapshot(ws.db, [
      'workspace_meta',
      ...DEMO.datasets.map((d) => d.id),
      REGISTRY,
      SETTINGS,
      NOTEBOOKS,
      PINS,
      MEASURE_FACTS,
      ...user,
    ]);
  }
  ws.dirty = false;
}

/**
 * Open the workspace (OPFS, else IndexedDB, else memory) and make sure the demo study is in it. A fresh install
 * loads the datasets `first` accepts and leaves the rest `pending` and the workspace `dirty`: once the first
 * results are on screen, call `finishDemo`, then `persist`.
 */
export async function openWorkspace(
  forcedStorage: string | null,
  first: (d: StudyDataset) => boolean,
): Promise<Workspace> {
  prefetchDemo(first);
  const hasLock = await holdWorkspace(LOCK);
  const storage = chooseStorage(hasLock, forcedStorage);
  const { openWasmDuckDB } = await import('./duckdb-wasm');
  const where: WasmStorage = storage === 'opfs' ? { kind: 'opfs', path: OPFS_PATH } : { kind: 'memory' };
  void askPersistence();
  const db = await openWasmDuckDB(where);
  const ws: Workspace = { db, storage, otherTab: !hasLock, restored: false, dirty: false, pending: false, first };
  performance.mark('duckdb-open');
  if (storage === 'indexeddb') {
    await restoreSnapshot(ws.db).catch(() => []);
    for (const d of await listDatasets(ws.db)) await restoreTypes(ws.db, d).catch(() => {});
  }
  await ensureSettings(ws.db);
  await ensureNotebooks(ws.db);
  await ensurePins(ws.db);
  await ensureMeasureFacts(ws.db);
  ws.restored = (await installedDemo(ws.db)) === DEMO_VERSION;
  if (!ws.restored) await installDemoStart(ws);
  return ws;
}

/** Restore the shipped demo study, replacing what the workspace holds, and save it. */
export async function resetDemo(ws: Workspace): Promise<void> {
  if (ws.storage === 'indexeddb') await clearSnapshot();
  await installDemoStart(ws);
  await finishDemo(ws);
  await persist(ws);
}
