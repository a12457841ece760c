import { quoteIdent } from '../core/sql';
import type { WasmConnector } from './duckdb-wasm';

const DB_NAME = 'civic-workbench';
const STORE = 'tables';

function openIdb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function tx<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  return openIdb().then(
    (idb) =>
      new Promise((resolve, reject) => {
        const t = idb.transaction(STORE, mode);
        const req = fn(t.objectStore(STORE));
        t.oncomplete = () => {
          idb.close();
          resolve(req ? req.result : undefined);
        };
        t.onerror = () => {
          idb.close();
          reject(t.error);
        };
      }),
  );
}

/** Save tables as Arrow IPC streams in IndexedDB (the fallback where OPFS is unavailable). */
export async function saveSnapshot(db: WasmConnector, tables: string[]): Promise<void> {
  const blobs = await Promise.all(tables.map((t) => db.exportArrow(`SELECT * FROM ${quoteIdent(t)}`)));
  await tx('readwrite', (s) => {
    s.clear();
    tables.forEach((t, i) => s.put(blobs[i], t));
  });
}

/** Restore tables saved by saveSnapshot; returns the names restored (none when there is no snapshot). */
export async function restoreSnapshot(db: WasmConnector): Promise<string[]> {
  const names = ((await tx('readonly', (s) => s.getAllKeys())) ?? []) as string[];
  for (const name of names) {
    const ipc = (await tx('readonly', (s) => s.get(name))) as Uint8Array | undefined;
    if (ipc) await db.insertArrow(name, ipc);
  }
  return names;
}

/** Forget the snapshot. */
export function clearSnapshot(): Promise<unknown> {
  return tx('readwrite', (s) => s.clear());
}
