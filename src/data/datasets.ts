import { type Connector, quoteIdent, quoteLiteral } from '../core/sql';
import type { CodebookVariable, StudyDataset } from './study';
import { type Design, SRS } from '../core/design';
import type { SurveySpec } from './waves';
import type { AppliedMapping } from './mapping/memory';

/** A dataset the user imported: its table, where it came from, its codebook and design. */
export interface DatasetMeta {
  id: string;
  title: string;
  file: string;
  format: string;
  encoding: string | null;
  delimiter: string | null;
  decimal: string | null;
  rows: number;
  imported: string;
  codebook: CodebookVariable[];
  design: Design | null;
  /** Survey this dataset is a wave of, and its wave number. */
  survey?: string | null;
  wave?: number | null;
  /** For a dataset combining the waves of a survey: how it was built. */
  combined?: SurveySpec;
  /** Region column and the reference code chosen for each of its values. */
  region?: { column: string; codes: Record<string, string | null> } | null;
  /** The study dataset (e.g. `population`) this import stands in for in the strategy indicators. */
  role?: string | null;
  /** The column mapping that gave the table the columns its role expects (Atameken datasets). */
  mapping?: AppliedMapping | null;
}

export const REGISTRY = 'workspace_datasets';

/** An imported dataset as the analysis modules see a study dataset (no design given: simple random sampling). */
export function asStudyDataset(m: DatasetMeta): StudyDataset {
  const waves = m.combined ? m.combined.waves.map((w) => w.wave).sort((a, b) => a - b) : [];
  return {
    id: m.id,
    kind: 'survey',
    title: { ru: m.title, kk: m.title, en: m.title },
    file: m.file,
    codebook: '',
    design: m.design ?? SRS,
    waves,
    region_coding: 'current',
  };
}

/** Create the registry of imported datasets if the workspace has none. */
export async function ensureRegistry(db: Connector): Promise<void> {
  await db.exec(`CREATE TABLE IF NOT EXISTS ${REGISTRY} (id VARCHAR PRIMARY KEY, meta VARCHAR NOT NULL)`);
}

/** Imported datasets, oldest first. */
export async function listDatasets(db: Connector): Promise<DatasetMeta[]> {
  await ensureRegistry(db);
  const rows = await db.query<{ meta: string }>(`SELECT meta FROM ${REGISTRY}`);
  return rows.map((r) => JSON.parse(r.meta) as DatasetMeta).sort((a, b) => a.imported.localeCompare(b.imported));
}

/** Save (insert or replace) a dataset's description. */
export async function saveMeta(db: Connector, meta: DatasetMeta): Promise<void> {
  await ensureRegistry(db);
  await db.exec(
    `INSERT OR REPLACE INTO ${REGISTRY} VALUES (${quoteLiteral(meta.id)}, ${quoteLiteral(JSON.stringify(meta))})`,
  );
}

/** Forget a dataset: its table and its description, together. */
export async function forgetDataset(db: Connector, id: string): Promise<void> {
  await db.transaction(async (t) => {
    await t.exec(`DROP TABLE IF EXISTS ${quoteIdent(id)}`);
    await t.exec(`DELETE FROM ${REGISTRY} WHERE id = ${quoteLiteral(id)}`);
  });
}

/** Give a restored table back the column types its codebook records, where a snapshot changed them. */
export async function restoreTypes(db: Connector, d: DatasetMeta): Promise<void> {
  const cols = await db.query<{ column_name: string; column_type: string }>(`DESCRIBE ${quoteIdent(d.id)}`);
  for (const c of cols) {
    const type = d.codebook.find((v) => v.name === c.column_name)?.type;
    if (type && type !== c.column_type && /^[A-Z][A-Z0-9 ]*$/.test(type)) {
      await db.exec(`ALTER TABLE ${quoteIdent(d.id)} ALTER ${quoteIdent(c.column_name)} TYPE ${type}`);
    }
  }
}
