import { type ImportRequest, importDataset } from '../data/dataset-import';
import { type DatasetMeta, forgetDataset } from '../data/datasets';
import { DataError } from '../data/errors';
import type { ImportProgress } from '../data/import/load-text';
import type { T } from '../i18n/t';
import type { WorkspaceStore } from './stores/workspace.svelte';

/** A problem in the user's language: where (file, row, column), what, and the technical detail in brackets. */
export function problemText(t: T, e: unknown): string {
  if (!(e instanceof DataError)) return e instanceof Error ? e.message.split('\n')[0] : String(e);
  const p = e.problem;
  const where =
    p.row !== undefined && p.column
      ? t('problem.where', { file: p.file, row: p.row, column: p.column })
      : p.row !== undefined
        ? t('problem.whereRow', { file: p.file, row: p.row })
        : p.column
          ? t('problem.whereColumn', { file: p.file, column: p.column })
          : p.file;
  return `${where}: ${t(`problem.${p.code}`)}${p.detail ? ` (${p.detail})` : ''}`;
}

/** Progress in words: rows, percent and time left, estimated from the pace so far. */
export function progressText(t: T, p: ImportProgress, started: number, now = Date.now()): string {
  const share = p.total ? p.bytes / p.total : 0;
  const elapsed = (now - started) / 1000;
  const left = share > 0 ? Math.max(0, (elapsed * (1 - share)) / share) : 0;
  return t('preview.progress', {
    rows: p.rows,
    pct: Math.floor(share * 100),
    left: Math.ceil(left),
  });
}

/** Whether an error means the browser refused to store more. */
export const isQuotaError = (e: unknown) =>
  /quota|no space|disk full|QuotaExceeded/i.test(String(e instanceof Error ? `${e.name} ${e.message}` : e));

/** Whether the origin's storage refuses to take `need` more bytes. */
export type RoomCheck = (need: number) => Promise<boolean>;

/** The most a room check writes: a file larger than this is not needed to tell a full disk. */
const PROBE_MAX = 64 * 1024 * 1024;

/** Try to grow a scratch file in the private file system by `need` bytes (at most PROBE_MAX), then delete it. */
const browserRefuses: RoomCheck = async (need) => {
  const root = await navigator.storage?.getDirectory?.().catch(() => undefined);
  if (!root) return false;
  const name = 'civic-workbench-room-check';
  try {
    const writable = await (await root.getFileHandle(name, { create: true })).createWritable();
    await writable.truncate(Math.min(need, PROBE_MAX));
    await writable.close();
    return false;
  } catch (e) {
    return isQuotaError(e);
  } finally {
    await root.removeEntry(name).catch(() => {});
  }
};

/**
 * Whether an error while writing `need` bytes means storage ran out: the browser said so, or it failed some other
 * way (DuckDB-wasm reports a refused write to its OPFS file as an abort, "Maximum call stack size exceeded") and the
 * storage refuses that much now.
 */
export async function ranOutOfStorage(e: unknown, need: number, refuses = browserRefuses): Promise<boolean> {
  if (isQuotaError(e)) return true;
  return !(e instanceof DataError) && (await refuses(need).catch(() => false));
}

/**
 * Import and save. When the import or the save runs out of browser storage the new dataset is rolled back or
 * forgotten again, so the saved workspace stays as it was, and the user gets a storage_full problem.
 */
export async function importAndSave(
  workspace: Pick<WorkspaceStore, 'withDb' | 'save' | 'refreshDatasets'>,
  req: ImportRequest,
  refuses = browserRefuses,
): Promise<DatasetMeta> {
  const full = () => new DataError({ code: 'storage_full', file: req.file });
  const meta = await workspace
    .withDb((db) => importDataset(db, req))
    .catch(async (e: unknown) => {
      throw (await ranOutOfStorage(e, req.bytes.length, refuses)) ? full() : e;
    });
  try {
    await workspace.save();
  } catch (e) {
    if (!(await ranOutOfStorage(e, req.bytes.length, refuses))) throw e;
    await workspace.withDb((db) => forgetDataset(db, meta.id));
    await workspace.save().catch(() => {});
    throw full();
  }
  await workspace.refreshDatasets();
  return meta;
}

/** The bytes of a chosen or dropped file. */
export async function fileBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}
