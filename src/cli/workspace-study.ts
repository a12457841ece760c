import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { type Connector, quoteIdent } from '../core/sql';
import { type DatasetMeta, listDatasets } from '../data/datasets';
import { DataError } from '../data/errors';
import type { Study, StudyDataset } from '../data/study';
import { importWorkspace } from '../data/workspace-file';
import { asStudyDataset } from '../data/datasets';
import { type LoadedInput } from '../indicators/prepare';
import { inputsWithRoles } from '../indicators/roles';

const DESIGN_KEYS = ['ids', 'strata', 'weights', 'fpc'];

/** A dataset's design as study.json holds it (the four svydesign columns), or an error naming what it cannot hold. */
function manifestDesign(m: DatasetMeta, file: string): StudyDataset['design'] {
  const d = m.design ?? { ids: null, strata: null, weights: null, fpc: null };
  const extra = Object.keys(d).filter((k) => !DESIGN_KEYS.includes(k) && d[k as keyof typeof d] !== undefined);
  if (extra.length)
    throw new DataError({
      code: 'unsupported_format',
      file,
      detail:
        `dataset "${m.id}" has a design with ${extra.join(', ')}, ` +
        'which study.json cannot hold (ids, strata, weights, fpc only)',
    });
  return { ids: d.ids, strata: d.strata, weights: d.weights, fpc: d.fpc };
}

/** Waves of a dataset for the manifest (which needs one at least): its own, those in its data, or its import year. */
async function wavesOf(db: Connector, ds: StudyDataset, table: string, m: DatasetMeta): Promise<number[]> {
  if (ds.waves.length) return ds.waves;
  const cols = (await db.query<{ column_name: string }>(`DESCRIBE ${quoteIdent(table)}`)).map((r) => r.column_name);
  if (cols.includes('wave')) {
    const sql = `SELECT DISTINCT TRY_CAST(wave AS INT) AS w FROM ${quoteIdent(table)} WHERE w IS NOT NULL ORDER BY 1`;
    const waves = (await db.query<{ w: number }>(sql)).map((r) => r.w);
    if (waves.length) return waves;
  }
  return [m.wave ?? new Date(m.imported).getUTCFullYear()];
}

/**
 * A workspace file as a study: its datasets loaded as tables, each under the role the user gave it (the latest import
 * of a role wins, as in the app; the others keep their own ids), with their codebooks and designs.
 */
export async function loadWorkspaceStudy(
  db: Connector,
  file: string,
): Promise<{ study: Study; inputs: Required<Pick<LoadedInput, 'dataset' | 'table' | 'codebook'>>[] }> {
  const bytes = await readFile(file).catch((e: Error) => {
    throw new DataError({ code: 'unreadable', file, detail: e.message });
  });
  await importWorkspace(db, new Uint8Array(bytes), file);
  const metas = await listDatasets(db);
  const byRole = inputsWithRoles([], metas);
  const roled = new Set(byRole.map((i) => i.table));
  const rest = metas.filter((m) => !roled.has(m.id)).map((m) => ({ dataset: asStudyDataset(m), table: m.id, m }));
  const all = [
    ...byRole.map((i) => ({ dataset: i.dataset, table: i.table!, m: metas.find((m) => m.id === i.table)! })),
    ...rest,
  ];
  const inputs = [];
  for (const { dataset, table, m } of all) {
    const design = manifestDesign(m, file);
    const waves = await wavesOf(db, dataset, table, m);
    inputs.push({ dataset: { ...dataset, design, waves, region_coding: 'current' }, table, codebook: m.codebook });
  }
  const title = `Workspace ${basename(file)}`;
  const text = { ru: title, kk: title, en: title };
  const study: Study = {
    id: 'workspace',
    title: text,
    synthetic: false,
    description: text,
    source: { ru: basename(file), kk: basename(file), en: basename(file) },
    datasets: inputs.map((i) => i.dataset),
  };
  return { study, inputs };
}
