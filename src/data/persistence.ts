/** Whether the browser keeps this origin's storage under pressure, and how much of its quota the origin uses. */
export interface StorageState {
  persisted: boolean;
  usage: number;
  quota: number;
}

let asked: Promise<boolean> | null = null;

/**
 * Ask the browser once per page load to keep the workspace and the offline cache when space runs low. Not awaited
 * by the start-up: Firefox answers only when the user has answered its prompt.
 */
export function askPersistence(): Promise<boolean> {
  asked ??= navigator.storage?.persist ? navigator.storage.persist().catch(() => false) : Promise.resolve(false);
  return asked;
}

/** The storage state, or null where the page has no StorageManager (plain http on a local network). */
export async function storageState(): Promise<StorageState | null> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.estimate || !storage.persisted) return null;
  const [persisted, { usage = 0, quota = 0 }] = await Promise.all([storage.persisted(), storage.estimate()]);
  return { persisted, usage, quota };
}
