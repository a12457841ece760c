import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { type Connector, quoteIdent } from '../core/sql';
import { type DatasetMeta, REGISTRY, ensureRegistry, listDatasets, restoreTypes, saveMeta } from './datasets';
import { DataError } from './errors';

const KIND = 'civic-workbench-workspace';
const VERSION = 1;

/** The manifest at the root of a workspace file. */
interface Manifest {
  kind: typeof KIND;
  version: number;
  exported: string;
  datasets: DatasetMeta[];
  settings: Record<string, unknown>;
}

/**
 * The whole user workspace as one zip: a manifest (datasets with codebooks and designs, settings) and each table
 * as an Arrow IPC stream. The shipped demo study is part of the app and is not copied.
 */
export async function exportWorkspace(db: Connector, settings: Record<string, unknown>): Promise<Uint8Array> {
  const datasets = await listDatasets(db);
  const manifest: Manifest = { kind: KIND, version: VERSION, exported: new Date().toISOString(), datasets, settings };
  const files: Record<string, Uint8Array> = { 'manifest.json': strToU8(JSON.stringify(manifest, null, 1)) };
  for (const d of datasets) files[`tables/${d.id}.arrow`] = await db.exportArrow(`SELECT * FROM ${quoteIdent(d.id)}`);
  return zipSync(files, { level: 6 });
}

function readManifest(parts: Record<string, Uint8Array>, file: string): Manifest {
  let m: Manifest;
  try {
    m = JSON.parse(strFromU8(parts['manifest.json'] ?? new Uint8Array()));
  } catch {
    throw new DataError({ code: 'unreadable', file, detail: 'no workspace manifest' });
  }
  if (m.kind !== KIND || m.version > VERSION || !Array.isArray(m.datasets)) {
    throw new DataError({
      code: 'unreadable',
      file,
      detail: `not a workspace file of this version (${m.kind ?? '?'} ${m.version ?? '?'})`,
    });
  }
  for (const d of m.datasets) {
    if (!/^u_[a-z0-9_]+$/.test(d.id) || !parts[`tables/${d.id}.arrow`])
      throw new DataError({ code: 'unreadable', file, detail: `dataset "${d.id}" is incomplete` });
  }
  return m;
}

/**
 * Replace the user datasets with those of a workspace file, in one transaction (a bad file changes nothing).
 * Returns the settings it carried, for the UI to apply.
 */
export async function importWorkspace(
  db: Connector,
  bytes: Uint8Array,
  file: string,
): Promise<Record<string, unknown>> {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes);
  } catch {
    throw new DataError({ code: 'unreadable', file, detail: 'not a workspace file (not a zip)' });
  }
  const m = readManifest(parts, file);
  await ensureRegistry(db);
  const old = await listDatasets(db);
  await db.transaction(async (t) => {
    for (const d of old) await t.exec(`DROP TABLE IF EXISTS ${quoteIdent(d.id)}`);
    await t.exec(`DELETE FROM ${REGISTRY}`);
    for (const d of m.datasets) {
      await t.exec(`DROP TABLE IF EXISTS ${quoteIdent(d.id)}`);
      await t.insertArrow(d.id, parts[`tables/${d.id}.arrow`]);
      await restoreTypes(t, d);
      await saveMeta(t, d);
    }
  });
  return m.settings ?? {};
}
