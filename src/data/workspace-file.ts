import { tableFromIPC } from 'apache-arrow';
import { arrowStreamProblem } from './arrow-guard';
import { strFromU8, strToU8, zipSync } from 'fflate';
import { type Connector, quoteIdent } from '../core/sql';
import { type DatasetMeta, REGISTRY, ensureRegistry, listDatasets, restoreTypes, saveMeta } from './datasets';
import { DataError } from './errors';
import {
  NOTEBOOKS,
  type SavedNotebook,
  ensureNotebooks,
  insertNotebook,
  isSavedNotebook,
  listNotebooks,
} from './notebooks';
import { PINS, type SavedPin, ensurePins, insertPin, isSavedPin, listPins } from './pins';
import {
  MEASURE_FACTS,
  type MeasureFact,
  ensureMeasureFacts,
  insertMeasureFact,
  isMeasureFact,
  listMeasureFacts,
} from './measure-facts';
import { unzipParts } from './zip';

const KIND = 'civic-workbench-workspace';
const VERSION = 1;

/** The manifest at the root of a workspace file. */
interface Manifest {
  kind: typeof KIND;
  version: number;
  exported: string;
  datasets: DatasetMeta[];
  settings: Record<string, unknown>;
  /** The workspace's notebooks (absent in files written before notebooks existed). */
  notebooks?: SavedNotebook[];
  /** The workshop notes pinned on the notebooks' cells (absent in files written before pins existed). */
  pins?: SavedPin[];
  /** The facts entered for the strategy's measures (absent in files written before facts existed). */
  measureFacts?: MeasureFact[];
}

/**
 * The whole user workspace as one zip: a manifest (datasets with codebooks and designs, settings) and each table
 * as an Arrow IPC stream. The shipped demo study is part of the app and is not copied.
 */
export async function exportWorkspace(db: Connector, settings: Record<string, unknown>): Promise<Uint8Array> {
  const datasets = await listDatasets(db);
  const notebooks = await listNotebooks(db);
  const pins = await listPins(db);
  const measureFacts = await listMeasureFacts(db);
  const exported = new Date().toISOString();
  const manifest: Manifest = {
    kind: KIND,
    version: VERSION,
    exported,
    datasets,
    settings,
    notebooks,
    pins,
    measureFacts,
  };
  const files: Record<string, Uint8Array> = { 'manifest.json': strToU8(JSON.stringify(manifest, null, 1)) };
  for (const d of datasets) files[`tables/${d.id}.arrow`] = await db.exportArrow(`SELECT * FROM ${quoteIdent(d.id)}`);
  return zipSync(files, { level: 6 });
}

const isText = (x: unknown) => typeof x === 'string';

/** A dataset of the manifest is what the workspace stores: its fields have their types, its codebook is a list. */
function checkMeta(d: DatasetMeta, i: number, file: string): void {
  const bad =
    !d || typeof d !== 'object'
      ? 'is not an object'
      : !isText(d.id) || !/^u_[a-z0-9_]+$/.test(d.id)
        ? 'has no valid id'
        : !isText(d.title) || !isText(d.file) || !isText(d.format) || !isText(d.imported)
          ? 'lacks its title, file, format or import time'
          : typeof d.rows !== 'number' ||
              !Array.isArray(d.codebook) ||
              (d.design !== null && typeof d.design !== 'object')
            ? 'has no row count, codebook list or design'
            : d.codebook.some((v) => !v || !isText(v.name) || !v.label || typeof v.label !== 'object')
              ? 'has a codebook entry without a name or label'
              : '';
  if (bad)
    throw new DataError({ code: 'unreadable', file, row: i + 1, detail: `manifest.json: dataset ${i + 1} ${bad}` });
}

/** A table is a readable Arrow stream with the row count the manifest gives. */
function checkTable(ipc: Uint8Array, d: DatasetMeta, file: string): void {
  let rows: number;
  const problem = arrowStreamProblem(ipc);
  if (problem) throw new DataError({ code: 'unreadable', file, detail: `tables/${d.id}.arrow: ${problem}` });
  try {
    rows = tableFromIPC(ipc).numRows;
  } catch (e) {
    throw new DataError({ code: 'unreadable', file, detail: `tables/${d.id}.arrow: ${(e as Error).message}` });
  }
  if (rows !== d.rows)
    throw new DataError({ code: 'unreadable', file, detail: `tables/${d.id}.arrow holds ${rows} rows, not ${d.rows}` });
}

/** The index of the first fact that is not valid or repeats a measure and year (0 if the list is not a list), or -1. */
function factProblem(facts: unknown): number {
  if (!Array.isArray(facts)) return 0;
  const seen = new Set<string>();
  return facts.findIndex((f) => {
    if (!isMeasureFact(f)) return true;
    const key = `${f.measure}-${f.year}`;
    return seen.has(key) || !seen.add(key);
  });
}

function readManifest(parts: Record<string, Uint8Array>, file: string): Manifest {
  let m: Manifest;
  try {
    m = JSON.parse(strFromU8(parts['manifest.json'] ?? new Uint8Array()));
  } catch {
    throw new DataError({ code: 'unreadable', file, detail: 'no workspace manifest' });
  }
  if (!m || typeof m !== 'object' || m.kind !== KIND || m.version > VERSION || !Array.isArray(m.datasets)) {
    throw new DataError({
      code: 'unreadable',
      file,
      detail: `not a workspace file of this version (${m?.kind ?? '?'} ${m?.version ?? '?'})`,
    });
  }
  m.datasets.forEach((d, i) => checkMeta(d, i, file));
  const notebooks = m.notebooks ?? [];
  const bad = Array.isArray(notebooks) ? notebooks.findIndex((n) => !isSavedNotebook(n)) : 0;
  if (bad >= 0)
    throw new DataError({ code: 'unreadable', file, detail: `manifest.json: notebook ${bad + 1} is not valid` });
  const pins = m.pins ?? [];
  const badPin = Array.isArray(pins) ? pins.findIndex((p) => !isSavedPin(p)) : 0;
  if (badPin >= 0)
    throw new DataError({
      code: 'unreadable',
      file,
      detail: `manifest.json: pinned note ${badPin + 1} is not valid`,
    });
  const badFact = factProblem(m.measureFacts ?? []);
  if (badFact >= 0)
    throw new DataError({
      code: 'unreadable',
      file,
      detail: `manifest.json: measure fact ${badFact + 1} is not valid`,
    });
  for (const d of m.datasets) {
    if (!parts[`tables/${d.id}.arrow`])
      throw new DataError({ code: 'unreadable', file, detail: `dataset "${d.id}" is incomplete` });
  }
  return m;
}

/** The manifest and parts of a workspace file, checked before anything in the workspace changes. */
export function readWorkspace(
  bytes: Uint8Array,
  file: string,
): { manifest: Manifest; parts: Record<string, Uint8Array> } {
  const parts = unzipParts(bytes, file, () => true);
  const manifest = readManifest(parts, file);
  for (const d of manifest.datasets) checkTable(parts[`tables/${d.id}.arrow`], d, file);
  return { manifest, parts };
}

/**
 * Replace the user datasets, notebooks, pinned notes and measure facts with those of a workspace file, in one
 * transaction (a bad file changes nothing). Returns the settings it carried, for the UI to apply.
 */
export async function importWorkspace(
  db: Connector,
  bytes: Uint8Array,
  file: string,
): Promise<Record<string, unknown>> {
  const { manifest: m, parts } = readWorkspace(bytes, file);
  await ensureRegistry(db);
  await ensureNotebooks(db);
  await ensurePins(db);
  await ensureMeasureFacts(db);
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
    await t.exec(`DELETE FROM ${NOTEBOOKS}`);
    for (const n of m.notebooks ?? []) await insertNotebook(t, n);
    await t.exec(`DELETE FROM ${PINS}`);
    for (const p of m.pins ?? []) await insertPin(t, p);
    await t.exec(`DELETE FROM ${MEASURE_FACTS}`);
    for (const f of m.measureFacts ?? []) await insertMeasureFact(t, f);
  });
  return m.settings ?? {};
}
