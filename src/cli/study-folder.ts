import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import type { Connector } from '../core/sql';
import { type LoadedDataset, loadStudy } from '../data/load-study';
import { attachParquet } from '../data/load-parquet';
import { parseDistricts, parseRegions } from '../data/reference';
import type { Study } from '../data/study';
import { type Sources, prepareSources } from '../indicators/prepare';
import { DEFAULT_RUBRIC } from '../indicators/kpi/default-rubric';
import type { Rubric } from '../indicators/kpi/rubric';
import { UsageError } from './usage-error';
import { DataError } from '../data/errors';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** The reference data's folder (regions, districts, crosswalks). */
export const REFERENCE_DIR = join(ROOT, 'data', 'reference');
/** The embedded demo study's folder. */
export const DEMO_DIR = join(ROOT, 'data', 'demo');
const SCHEMA = join(ROOT, 'data', 'study.schema.json');

/** Validate a study manifest against data/study.schema.json; returns error strings with their paths. */
export async function validateStudy(manifest: unknown): Promise<string[]> {
  const ajv = new Ajv({ allErrors: true });
  const validate = ajv.compile(JSON.parse(await readFile(SCHEMA, 'utf8')));
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((e) => `study.json${e.instancePath || ''}: ${e.message}`);
}

/** Read the reference regions. */
export async function readRegions() {
  return parseRegions(await readFile(join(REFERENCE_DIR, 'regions.csv'), 'utf8'));
}

/** Read the reference districts. */
export async function readDistricts() {
  return parseDistricts(await readFile(join(REFERENCE_DIR, 'districts.csv'), 'utf8'));
}

/** A KPI rubric from a JSON file (the shape of `DEFAULT_RUBRIC`), or the default one without a file. */
export async function readRubric(file: string | undefined): Promise<Rubric> {
  if (!file) return DEFAULT_RUBRIC;
  let r: Partial<Rubric>;
  try {
    r = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`${file}: not a readable JSON rubric (${e instanceof Error ? e.message : String(e)})`);
  }
  if (
    !Array.isArray(r.kpis) ||
    !Array.isArray(r.derived) ||
    typeof r.bands?.high !== 'number' ||
    typeof r.bands?.medium !== 'number'
  ) {
    throw new UsageError(`${file}: a rubric needs "derived" and "kpis" lists and "bands" {high, medium}`);
  }
  return r as Rubric;
}

/** A study's manifest, or an error naming the file. */
async function readManifest(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    const detail = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no study.json here' : (e as Error).message;
    throw new DataError({ code: 'unreadable', file, detail });
  }
}

/** A file of a study folder as text, or an error naming it. */
async function readStudyFile(dir: string, file: string): Promise<string> {
  try {
    return await readFile(join(dir, file), 'utf8');
  } catch (e) {
    throw new DataError({ code: 'unreadable', file: join(dir, file), detail: (e as Error).message });
  }
}

/** A study folder (or `demo`) validated and its datasets loaded: CSV into tables, Parquet as views over the files. */
export async function loadStudyFolder(
  db: Connector,
  dirOrDemo: string,
): Promise<{ dir: string; study: Study; loaded: LoadedDataset[] }> {
  const dir = dirOrDemo === 'demo' ? DEMO_DIR : resolve(dirOrDemo);
  const manifest = await readManifest(join(dir, 'study.json'));
  const errors = await validateStudy(manifest);
  if (errors.length) throw new Error(`${join(dir, 'study.json')}: ${errors.join('; ')}`);
  const study = manifest as Study;
  const read = (f: string) => readStudyFile(dir, f);
  const loaded = await loadStudy(db, study, read, undefined, async (d, ds, codebook) => {
    await attachParquet(d, dir, ds, codebook);
  });
  return { dir, study, loaded };
}

/** Open a study folder (or `demo`): validate its manifest, load its datasets, prepare them for the catalogue. */
export async function openStudyFolder(
  db: Connector,
  dirOrDemo: string,
  rubric: Rubric = DEFAULT_RUBRIC,
): Promise<{ study: Study; loaded: LoadedDataset[]; sources: Sources }> {
  const { study, loaded } = await loadStudyFolder(db, dirOrDemo);
  const ref = { regions: await readRegions(), districts: await readDistricts() };
  const sources = await prepareSources(db, loaded, ref, rubric);
  return { study, loaded, sources };
}
