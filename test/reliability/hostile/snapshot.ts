import type { Connector } from '../../../src/core/sql';
import { quoteIdent } from '../../../src/core/sql';
import { listDatasets } from '../../../src/data/datasets';
import { readAllSettings } from '../../../src/data/settings';

/** Everything an import could change, as one comparable value: registry (with codebooks), tables, settings. */
export async function workspaceSnapshot(db: Connector): Promise<string> {
  const datasets = await listDatasets(db);
  const tables = await db.query<{ n: string }>('SELECT table_name AS n FROM information_schema.tables ORDER BY n');
  const rows: Record<string, unknown> = {};
  for (const d of datasets) rows[d.id] = await db.query(`SELECT * FROM ${quoteIdent(d.id)}`);
  const settings = await readAllSettings(db);
  return JSON.stringify({ datasets, tables: tables.map((t) => t.n), rows, settings }, (_, v) =>
    typeof v === 'bigint' ? Number(v) : v,
  );
}
