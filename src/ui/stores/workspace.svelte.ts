import type { Connector } from '../../core/sql';
import { type DatasetMeta, listDatasets, saveMeta } from '../../data/datasets';
import { readSetting, writeSetting } from '../../data/settings';
import type { StudyDataset } from '../../data/study';
import { type StorageKind, type Workspace, finishDemo, openWorkspace, persist, resetDemo } from '../../data/workspace';

/** A promise with its resolver, for "once the workspace is open / complete". */
function signal<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** The workspace: its database and where it is stored, whether another tab holds it, and the imported datasets. */
export class WorkspaceStore {
  /** The database: starting (precomputed results shown), ready (live results), or failed to start. */
  status = $state<'starting' | 'ready' | 'error'>('starting');
  error = $state('');
  storage = $state<StorageKind | null>(null);
  otherTab = $state(false);
  restored = $state(false);
  /** Every table of the workspace is loaded (the demo installed in full). */
  complete = $state(false);
  /** Datasets the user imported. */
  datasets = $state<DatasetMeta[]>([]);
  #ws: Workspace | null = null;
  #opened = signal<Workspace>();
  #completed = signal<void>();
  /** Settles when the work that replaces tables (installing or resetting the demo) is done. */
  #idle: Promise<void> = Promise.resolve();

  /** The workspace once it is open (the demo may still be partly installed). */
  opened(): Promise<Workspace> {
    return this.#opened.promise;
  }

  /** Resolves once every table of the workspace is loaded. */
  completed(): Promise<void> {
    return this.#completed.promise;
  }

  /** Resolves once no demo install or reset is changing the workspace's tables. */
  idle(): Promise<void> {
    return this.#idle;
  }

  /** Run work that replaces tables while queries wait (see `idle`). */
  #exclusive(fn: () => Promise<void>): Promise<void> {
    const run = this.#idle.then(fn);
    this.#idle = run.catch(() => {});
    return run;
  }

  /** Open the workspace, installing first the demo datasets `first` accepts if it holds no demo yet. */
  async open(storage: string | null, first: (d: StudyDataset) => boolean): Promise<Workspace> {
    const ws = await openWorkspace(storage, first);
    performance.mark('workspace-open');
    this.#ws = ws;
    this.storage = ws.storage;
    this.otherTab = ws.otherTab;
    this.restored = ws.restored;
    this.datasets = await listDatasets(ws.db);
    this.#opened.resolve(ws);
    return ws;
  }

  /** Install the rest of the demo, then save what the start-up changed. */
  async finish(): Promise<void> {
    const ws = this.#ws!;
    await this.#exclusive(() => finishDemo(ws));
    await this.refreshDatasets();
    this.complete = true;
    this.#completed.resolve();
    if (ws.dirty) await persist(ws);
    performance.mark('workspace-saved');
  }

  /** The start-up failed: say so in one line. */
  fail(e: unknown) {
    this.error = e instanceof Error ? e.message.split('\n')[0] : String(e);
    this.status = 'error';
  }

  /** Run a query function on the workspace's database once it is open. */
  withDb<T>(fn: (db: Connector) => Promise<T>): Promise<T> {
    return this.#ws ? fn(this.#ws.db) : Promise.reject(new Error('the database is not ready'));
  }

  /** Save the workspace where it lives (after an import, an edit or a deletion). */
  save(): Promise<void> {
    return this.#ws ? persist(this.#ws) : Promise.reject(new Error('the database is not ready'));
  }

  /** Re-read the list of imported datasets. */
  async refreshDatasets() {
    this.datasets = await this.withDb(listDatasets);
  }

  /** Give an imported dataset a role in the strategy indicators (null: none). */
  async setRole(meta: DatasetMeta, role: string | null) {
    await this.withDb((db) => saveMeta(db, { ...($state.snapshot(meta) as DatasetMeta), role }));
    await this.save();
    await this.refreshDatasets();
  }

  /** A workspace setting (targets, user-built indices, the rubric, weights). */
  setting<T>(key: string, fallback: T): Promise<T> {
    return this.withDb((db) => readSetting(db, key, fallback));
  }

  /** Write a workspace setting and save the workspace. */
  async putSetting(key: string, value: unknown): Promise<void> {
    await this.withDb((db) => writeSetting(db, key, value));
    await this.save();
  }

  /** Put the shipped demo study back (the datasets the user imported stay). */
  async resetDemo(): Promise<void> {
    const ws = this.#ws;
    if (!ws) return;
    this.status = 'starting';
    this.complete = false;
    this.#completed = signal<void>();
    await this.#exclusive(() => resetDemo(ws));
  }
}

/** The app's workspace. */
export const workspace = new WorkspaceStore();
