import { type Connector, quoteIdent } from '../core/sql';
import { type CodebookVariable, type StudyDataset, askedWaves } from '../data/study';
import { type Design, SRS } from '../core/design';
import { DEFAULT_RUBRIC } from './kpi/default-rubric';
import { SCORES } from './social-capital';
import { CATALOGUE } from './catalogue';
import { DERIVED } from './catalogue/atameken-parts';
import { BREAKDOWNS } from './catalogue/types';
import { validateRubric } from './kpi/evaluate';
import type { Rubric } from './kpi/rubric';
import { rubricSelect } from './kpi/sql';
import { availableScores, compileScores } from './scores';
import type { BaseRules } from './status';

/** A dataset made ready for the catalogue: a temporary table with the standard columns (`region`, `wave`, …). */
export interface Prepared {
  id: string;
  table: string;
  /** Survey: design-based estimates with SEs. Census: exact counts over every unit. */
  kind: 'survey' | 'census';
  design: Design;
  columns: Set<string>;
  /** Waves in which each variable was asked (absent: every wave). */
  askedWaves: Record<string, number[] | undefined>;
  waves: number[];
  /** A view with every column and every respondent-level score, item scores too; absent without scores. */
  scores?: string;
  scoreColumns?: Set<string>;
}

/** The reference data denominators come from. */
export interface Reference {
  regions: Array<{ code: string; population: number | null }>;
  districts: Array<{ code: string; region: string }>;
}

/**
 * Everything the catalogue runner reads: prepared datasets by id, the reference, the small-base rules, and what each
 * dataset was prepared from (equal keys: equal tables, so results computed from them can be reused).
 */
export interface Sources {
  datasets: Record<string, Prepared>;
  ref: Reference;
  rules?: BaseRules;
  keys?: Record<string, string>;
}

/** A loaded dataset: its manifest entry, table name (default: its id), codebook, and the import it comes from. */
export interface LoadedInput {
  dataset: StudyDataset;
  table?: string;
  codebook: CodebookVariable[];
  source?: { id: string; title: string };
}

const word = (name: string) =>
  new RegExp(`(^|[^A-Za-z0-9_])${name.replace(/[^A-Za-z0-9_]/g, '\\$&')}($|[^A-Za-z0-9_])`);

/**
 * Whether a catalogue entry on this dataset reads the column
 * (a breakdown, a listed column or a name in its formula).
 */
function readByEntries(column: string, dataset: string): boolean {
  if ((BREAKDOWNS as readonly string[]).includes(column)) return true;
  const w = word(column);
  return CATALOGUE.some(
    (e) => e.dataset === dataset && (e.columns.includes(column) || w.test(JSON.stringify(e.formula))),
  );
}

/** Whether the design names the column (weights, strata, PSUs, fpc, calibration or replicate columns). */
function designColumn(column: string, design: Design): boolean {
  const spec = JSON.stringify(design);
  return word(column).test(spec) || (!!design.replicates?.columns && safeTest(design.replicates.columns, column));
}

function safeTest(pattern: string, text: string): boolean {
  try {
    return new RegExp(pattern).test(text);
  } catch {
    return false;
  }
}

/** The same sources with one dataset read from its scores view (every column: a user-built index may read any item). */
export function withAllColumns(sources: Sources, dataset: string): Sources {
  const src = sources.datasets[dataset];
  if (!src?.scores) return sources;
  return {
    ...sources,
    datasets: {
      ...sources.datasets,
      [dataset]: { ...src, table: src.scores, columns: src.scoreColumns ?? src.columns },
    },
  };
}

const columnsOf = async (db: Connector, table: string) =>
  new Set((await db.query<{ column_name: string }>(`DESCRIBE ${table}`)).map((r) => r.column_name));

/** The extra select items that give a dataset the standard columns it lacks. */
function additions(id: string, cols: Set<string>, ds: StudyDataset, rubric: Rubric): string[] {
  const add: string[] = [];
  const derived = DERIVED[id] && cols.has(DERIVED[id].from) ? DERIVED[id] : undefined;
  if (!cols.has('region') && cols.has('region_code')) add.push('region_code AS region');
  if (derived?.month && !cols.has('month')) add.push(`${derived.month} AS "month"`);
  if (!cols.has('wave')) {
    if (derived) add.push(`${derived.wave} AS wave`);
    else if (cols.has('year')) add.push('"year" AS wave');
    else if (cols.has('date')) add.push('year(TRY_CAST("date" AS DATE)) AS wave');
    else add.push(`${ds.waves[ds.waves.length - 1] ?? 'NULL'} AS wave`);
  }
  if (id === 'centres') {
    if (!validateRubric(rubric, [...cols]).length) add.push(...rubricSelect(rubric));
    if (!cols.has('settlement') && cols.has('level'))
      add.push(`CASE WHEN "level" = 'rural' THEN 2 ELSE 1 END AS settlement`);
  }
  return add;
}

/** Logs and evaluations name their centre only: region, district and level come from the registry. */
function joinCentres(cols: Set<string>, centres: Set<string> | undefined): string {
  return !cols.has('region') && cols.has('centre_id') && centres?.has('region') ? 'centres' : '';
}

async function prepareOne(
  db: Connector,
  input: LoadedInput,
  centreCols: Set<string> | undefined,
  rubric: Rubric,
): Promise<Prepared> {
  const { dataset: ds, codebook } = input;
  const base = quoteIdent(input.table ?? ds.id);
  const cols = await columnsOf(db, base);
  const join = joinCentres(cols, centreCols);
  const from = join
    ? `${base} t LEFT JOIN (SELECT centre_id, region, district, "level" FROM centres) c USING (centre_id)`
    : base;
  const extra = additions(ds.id, cols, ds, rubric);
  const baseColumns = join ? 't.*, c.region, c.district, c."level"' : '*';
  const addedColumns = extra.length ? ', ' + extra.join(', ') : '';
  let select = `SELECT ${baseColumns}${addedColumns} FROM ${from}`;
  const scores = SCORES[ds.id] && availableScores(SCORES[ds.id], [...cols]);
  const view = scores ? quoteIdent(`${ds.id}_scores`) : undefined;
  let scoreColumns: Set<string> | undefined;
  if (scores) {
    const reversed = new Set(codebook.filter((v) => v.reverse).map((v) => v.name));
    const { sql, errors } = compileScores(`(${select})`, scores, [...cols], reversed);
    if (errors.length) throw new Error(`scores of ${ds.id}: ${errors.join('; ')}`);
    await db.exec(`CREATE OR REPLACE TEMP VIEW ${view} AS ${sql}`);
    scoreColumns = await columnsOf(db, view!);
    const kept = [...scoreColumns].filter((c) => readByEntries(c, ds.id) || designColumn(c, ds.design));
    select = `SELECT ${kept.map(quoteIdent).join(', ')} FROM ${view}`;
  }
  const table = quoteIdent(`${ds.id}_prepared`);
  // Materialised (a temporary table, never persisted): every estimate reads it, so compute it once. With
  // scores, only the columns the entries, breakdowns and design read are kept; the view has every column.
  await db.exec(`CREATE OR REPLACE TEMP TABLE ${table} AS ${select}`);
  const isSurvey = ds.kind === 'survey' || ds.id === 'training_evaluations';
  const design =
    ds.id === 'training_evaluations' && cols.has('training_id') ? { ...SRS, ids: 'training_id' } : (ds.design ?? SRS);
  const waves =
    isSurvey && ds.waves.length
      ? ds.waves
      : (
          await db.query<{ w: number }>(
            `SELECT DISTINCT wave::INT AS w FROM ${table} WHERE wave IS NOT NULL ORDER BY 1`,
          )
        ).map((r) => r.w);
  return {
    id: ds.id,
    table,
    kind: isSurvey ? 'survey' : 'census',
    design,
    columns: await columnsOf(db, table),
    askedWaves: askedWaves(codebook),
    waves,
    scores: view,
    scoreColumns,
  };
}

/** What a prepared dataset is made from: its input, the rubric for the registry, the registry for what joins it. */
function preparedFrom(input: LoadedInput, rubric: Rubric, centres: string | undefined): string {
  const { dataset, table, codebook } = input;
  const joins = codebook.some((v) => v.name === 'centre_id') ? centres : undefined;
  return JSON.stringify([dataset, table ?? null, codebook, dataset.id === 'centres' ? rubric : null, joins ?? null]);
}

/**
 * Prepare every loaded dataset (the registry of centres first: logs and evaluations take their region from it).
 * A dataset `previous` prepared from the same input is kept as it is rather than prepared again.
 */
export async function prepareSources(
  db: Connector,
  inputs: LoadedInput[],
  ref: Reference,
  rubric: Rubric = DEFAULT_RUBRIC,
  previous?: Sources,
): Promise<Sources> {
  const ordered = [...inputs].sort((a, b) => Number(b.dataset.id === 'centres') - Number(a.dataset.id === 'centres'));
  const datasets: Record<string, Prepared> = {};
  const keys: Record<string, string> = {};
  for (const input of ordered) {
    const id = input.dataset.id;
    keys[id] = preparedFrom(input, rubric, keys.centres);
    const kept = previous?.keys?.[id] === keys[id] ? previous.datasets[id] : undefined;
    datasets[id] = kept ?? (await prepareOne(db, input, datasets.centres?.columns, rubric));
  }
  return { datasets, ref, keys };
}
