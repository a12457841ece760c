import { type Connector, quoteLiteral } from '../core/sql';

/** The workspace's settings table: one JSON value per key (indicator targets, user-built indices). */
export const SETTINGS = 'workspace_settings';

/** Create the settings table if the workspace has none. */
export async function ensureSettings(db: Connector): Promise<void> {
  await db.exec(`CREATE TABLE IF NOT EXISTS ${SETTINGS} (key VARCHAR PRIMARY KEY, value VARCHAR)`);
}

/** A setting's value, or `fallback` when it was never written or does not parse. */
export async function readSetting<T>(db: Connector, key: string, fallback: T): Promise<T> {
  await ensureSettings(db);
  const [row] = await db.query<{ value: string }>(`SELECT value FROM ${SETTINGS} WHERE key = ${quoteLiteral(key)}`);
  if (!row) return fallback;
  try {
    return JSON.parse(row.value) as T;
  } catch {
    return fallback;
  }
}

/** Write a setting (replacing its value). */
export async function writeSetting(db: Connector, key: string, value: unknown): Promise<void> {
  await ensureSettings(db);
  await db.exec(
    `INSERT OR REPLACE INTO ${SETTINGS} VALUES (${quoteLiteral(key)}, ${quoteLiteral(JSON.stringify(value))})`,
  );
}

/** Every setting of the workspace, parsed (for the workspace file). */
export async function readAllSettings(db: Connector): Promise<Record<string, unknown>> {
  await ensureSettings(db);
  const rows = await db.query<{ key: string; value: string }>(`SELECT key, value FROM ${SETTINGS} ORDER BY key`);
  const out: Record<string, unknown> = {};
  for (const r of rows) {
    try {
      out[r.key] = JSON.parse(r.value);
    } catch {
      /* a broken value is not carried over */
    }
  }
  return out;
}

/** Write settings carried by a workspace file (each key replaced). */
export async function writeAllSettings(db: Connector, settings: Record<string, unknown>): Promise<void> {
  for (const [key, value] of Object.entries(settings)) await writeSetting(db, key, value);
}
