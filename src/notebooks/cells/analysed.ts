import { analysisVariables } from '../../reports/analyse';
import { numericVariables } from '../../reports/analyse-means';
import { type AnalyseParams, type AnalyseView, exportRecords, runAnalysis } from '../../reports/analyse-run';
import { responseSets } from '../../reports/analyse-mr';
import { translator } from '../../i18n/t';
import type { StudyDataset } from '../../data/study';
import type { EnvDataset } from '../env';
import type { Cell } from '../types';
import { datasetOf, optionText, optionWave, placeNamer, resultOf } from './shared';
import { CellFailure, type CellContext, type CellOutput } from './types';

/** Which variables an analysis names, for checking them against the codebook before any SQL is built. */
type Named = { rows?: string; cols?: string; y?: string; set?: string };

function checkNames(ds: EnvDataset, mode: AnalyseParams['mode'], names: Named): void {
  const { codebook, dataset } = ds;
  const crossable = new Set(analysisVariables(codebook, { design: dataset.design }).map((v) => v.name));
  const numeric = new Set(numericVariables(codebook, dataset.design).map((v) => v.name));
  for (const key of ['rows', 'cols'] as const) {
    const name = names[key];
    if (name && !crossable.has(name)) throw new CellFailure('unknown_variable', `${key}: ${name}`);
  }
  if (mode === 'means' && !numeric.has(names.y ?? '')) throw new CellFailure('unknown_variable', `y: ${names.y}`);
  if (mode === 'mr' && !responseSets(codebook, 'en').some((s) => s.id === names.set))
    throw new CellFailure('unknown_variable', `set: ${names.set}`);
}

/**
 * The codes behind the labels of each exported record, in the records' order (`<variable>_code`), so later cells
 * can pick a row whatever language the labels are in.
 */
export function codesOf(v: AnalyseView, names: { rows: string; cols: string }): Record<string, unknown>[] {
  const { rows, cols } = names;
  if (v.kind === 'crosstab')
    return v.result.cells.map((c) => ({ [`${rows}_code`]: c.row, ...(cols ? { [`${cols}_code`]: c.col } : {}) }));
  if (v.kind === 'means') return [...v.result.rows, v.result.total].map((r) => ({ [`${rows}_code`]: r.code }));
  if (v.kind === 'change')
    return v.result.rows.flatMap((r) => Array(r.waves.length + (r.change ? 1 : 0)).fill({ [`${rows}_code`]: r.code }));
  return v.result.cells.map((c) => ({ option_code: c.option, ...(cols ? { [`${cols}_code`]: c.col } : {}) }));
}

/**
 * The dataset as the Analyse modules read it (they read the table named by its id): its id is the env's table, so
 * an import standing in for a study dataset is the one analysed.
 */
export function readFrom(ds: EnvDataset): StudyDataset {
  return { ...ds.dataset, id: ds.table };
}

/** The wave asked for (a domain of the whole design), or null: every wave. */
function waveFor(cell: Cell, ctx: CellContext, ds: EnvDataset): number | null {
  const wave = optionWave(cell, ctx.params);
  const { waves } = ds.dataset;
  if (wave !== null && waves.length && !waves.includes(wave)) throw new CellFailure('unknown_wave', String(wave));
  return wave;
}

/**
 * Run an analysis exactly as the Analyse page does (`runAnalysis` on the dataset's design and codebook) and return
 * the records it exports: labels in the env's language, estimates, SEs, CIs, unweighted n, status and flags. The
 * columns of the questions are named after the variables, so later cells can refer to them.
 */
export async function runAnalysed(cell: Cell, ctx: CellContext, p: Partial<AnalyseParams>): Promise<CellOutput> {
  const ds = datasetOf(cell, ctx.env);
  const mode = p.mode ?? 'crosstab';
  const params: AnalyseParams = {
    mode,
    rows: p.rows ?? '',
    cols: p.cols ?? '',
    y: p.y ?? '',
    set: p.set ?? '',
    pct: p.pct ?? 'row',
    wave: mode === 'change' ? null : waveFor(cell, ctx, ds),
  };
  checkNames(ds, mode, params);
  const { env } = ctx;
  const analyseCtx = {
    lang: env.lang,
    place: placeNamer(env),
    totalLabel: translator(env.lang)('analyse.total'),
    rules: env.rules,
  };
  const view = await runAnalysis(env.db, readFrom(ds), ds.codebook, params, analyseCtx);
  const labels = { rows: params.rows, cols: mode === 'freq' ? '' : params.cols, y: params.y };
  const codes = codesOf(view, labels);
  return { table: resultOf(exportRecords(view, labels).map((r, i) => ({ ...r, ...codes[i] }))) };
}

/** A required text option. */
export function required(cell: Cell, key: string, ctx: CellContext): string {
  const v = optionText(cell, key, ctx.params);
  if (!v) throw new CellFailure('missing_option', key);
  return v;
}
