import type { Connector } from '../core/sql';
import { type DatasetMeta, ensureRegistry, saveMeta } from './datasets';
import { DataError } from './errors';
import { applyForm, loadProbe, tableCodebook } from './import/commit';
import type { ImportControl } from './import/load-text';
import type { Probe } from './import/probe';
import type { CodebookVariable } from './study';

/** A table name for a file that clashes with nothing in the workspace: `u_<ascii slug>[_n]`. */
export async function tableNameFor(db: Connector, file: string): Promise<string> {
  const slug =
    file
      .replace(/\.[^.]+$/, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, '')
      .slice(0, 40) || 'data';
  const taken = new Set(
    (await db.query<{ n: string }>('SELECT table_name AS n FROM information_schema.tables')).map((r) => r.n),
  );
  let name = `u_${slug}`;
  for (let k = 2; taken.has(name); k++) name = `u_${slug}_${k}`;
  return name;
}

/** What an import needs besides the file: a title, an optional XLSForm codebook, progress and Cancel. */
export interface ImportRequest {
  file: string;
  bytes: Uint8Array;
  probe: Probe;
  title?: string;
  form?: CodebookVariable[];
  control?: ImportControl;
}

/**
 * Import a probed file as a new dataset in one transaction: the table, its codebook and its registry entry appear
 * together or not at all (a failure or Cancel leaves the workspace as it was).
 */
export async function importDataset(db: Connector, req: ImportRequest): Promise<DatasetMeta> {
  await ensureRegistry(db);
  const id = await tableNameFor(db, req.file);
  return db.transaction(async (t) => {
    const rows = await loadProbe(t, id, req.bytes, req.probe, req.control);
    if (rows === 0) throw new DataError({ code: 'empty', file: req.file });
    const declared = req.form?.length ? await applyForm(t, id, req.form) : req.probe.codebook;
    const meta: DatasetMeta = {
      id,
      title: req.title ?? req.file,
      file: req.file,
      format: req.probe.format,
      encoding: req.probe.encoding,
      delimiter: req.probe.delimiter,
      decimal: req.probe.decimal,
      rows,
      imported: new Date().toISOString(),
      codebook: await tableCodebook(t, id, declared),
      design: null,
    };
    await saveMeta(t, meta);
    return meta;
  });
}
