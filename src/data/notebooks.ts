import { type Connector, quoteLiteral } from '../core/sql';

/** A notebook saved in the workspace: its file's text, unchanged, and when it was saved. */
export type SavedNotebook = {
  id: string;
  source: string;
  saved: string;
};

/** The workspace's notebooks table. */
export const NOTEBOOKS = 'workspace_notebooks';

/** Create the notebooks table if the workspace has none. */
export async function ensureNotebooks(db: Connector): Promise<void> {
  await db.exec(
    `CREATE TABLE IF NOT EXISTS ${NOTEBOOKS} (id VARCHAR PRIMARY KEY, source VARCHAR NOT NULL, saved VARCHAR)`,
  );
}

/** The workspace's notebooks, oldest first. */
export async function listNotebooks(db: Connector): Promise<SavedNotebook[]> {
  await ensureNotebooks(db);
  return db.query<SavedNotebook>(`SELECT id, source, saved FROM ${NOTEBOOKS} ORDER BY saved, id`);
}

/** Save (insert or replace) notebooks, in one transaction. */
export async function saveNotebooks(db: Connector, notebooks: SavedNotebook[]): Promise<void> {
  await ensureNotebooks(db);
  await db.transaction(async (t) => {
    for (const n of notebooks) await insertNotebook(t, n);
  });
}

/**
 * Insert or replace one notebook (inside a transaction the caller holds). Delete, then insert: a table restored
 * from an IndexedDB snapshot has no primary key for INSERT OR REPLACE to use.
 */
export async function insertNotebook(db: Connector, n: SavedNotebook): Promise<void> {
  const values = [n.id, n.source, n.saved].map(quoteLiteral).join(', ');
  await db.exec(`DELETE FROM ${NOTEBOOKS} WHERE id = ${quoteLiteral(n.id)}`);
  await db.exec(`INSERT INTO ${NOTEBOOKS} (id, source, saved) VALUES (${values})`);
}

/** Delete a notebook from the workspace. */
export async function deleteNotebook(db: Connector, id: string): Promise<void> {
  await ensureNotebooks(db);
  await db.exec(`DELETE FROM ${NOTEBOOKS} WHERE id = ${quoteLiteral(id)}`);
}

/** Whether a value read from a workspace file is a saved notebook. */
export function isSavedNotebook(x: unknown): x is SavedNotebook {
  const n = x as SavedNotebook;
  return (
    !!n &&
    typeof n === 'object' &&
    typeof n.id === 'string' &&
    /^[a-z0-9_-]{1,80}$/.test(n.id) &&
    typeof n.source === 'string' &&
    typeof n.saved === 'string'
  );
}
