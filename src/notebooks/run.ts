import { RUNNERS } from './cells';
import { digestOf } from './digest';
import { dropTemps, runPrefix } from './cells/temp';
import { type CellContext, CellFailure } from './cells/types';
import type { NotebookEnv } from './env';
import { datasetFingerprints } from './fingerprint';
import { inlineValues } from './inline-values';
import type { Cell, CellResult, Notebook, NotebookError, NotebookRun, ResultTable, Scalar } from './types';

export { digestOf };

function failed(cell: Cell, e: unknown): NotebookError {
  if (e instanceof CellFailure) return { code: e.code, line: e.line ?? cell.line, cell: cell.id, detail: e.detail };
  const detail = (e instanceof Error ? e.message : String(e)).split('\nSQL Query:')[0];
  return { code: 'cell_failed', line: cell.line, cell: cell.id, detail };
}

/** The parameters a run uses: the notebook's defaults, overridden by those given (only names it declares). */
export function runParams(nb: Notebook, given: Record<string, Scalar> = {}): Record<string, Scalar> {
  const params = { ...nb.front.params };
  for (const [k, v] of Object.entries(given)) if (k in params) params[k] = v;
  return params;
}

/**
 * Run every cell in order. A cell that fails gets its error; the cells after it that read its result are skipped,
 * the others still run. Named results live in memory; those SQL reads are also held in temporary tables under a
 * prefix of this run's own, dropped when the run ends.
 */
export async function runCells(
  nb: Notebook,
  env: NotebookEnv,
  params: Record<string, Scalar>,
  onCell?: (r: CellResult) => void,
): Promise<CellResult[]> {
  const results = new Map<string, ResultTable>();
  const broken = new Set<string>();
  const ctx: CellContext = { env, params, results, tables: new Map(), prefix: runPrefix() };
  try {
    return await runEach(nb, ctx, broken, onCell);
  } finally {
    await dropTemps(env.db, ctx.tables.values());
  }
}

async function runEach(
  nb: Notebook,
  ctx: CellContext,
  broken: Set<string>,
  onCell?: (r: CellResult) => void,
): Promise<CellResult[]> {
  const results = ctx.results as Map<string, ResultTable>;
  const out: CellResult[] = [];
  for (const cell of nb.cells) {
    const base = { id: cell.id, kind: cell.kind, line: cell.line };
    let r: CellResult;
    const reads = readsOf(cell);
    if (reads.some((name) => broken.has(name))) {
      r = { ...base, status: 'skipped', error: null, table: null, chart: null, digest: '' };
    } else {
      try {
        const { table, chart = null } = await RUNNERS[cell.kind](cell, ctx);
        if (cell.named) results.set(cell.id, table);
        r = { ...base, status: 'ok', error: null, table, chart, digest: digestOf(JSON.stringify(table.rows)) };
      } catch (e) {
        r = { ...base, status: 'error', error: failed(cell, e), table: null, chart: null, digest: '' };
      }
    }
    if (r.status !== 'ok' && cell.named) broken.add(cell.id);
    out.push(r);
    onCell?.(r);
  }
  return out;
}

/** The named results a cell reads (its `data`/`from` option, and in SQL any word that names a result). */
export function readsOf(cell: Cell): string[] {
  const names = [cell.options.data, cell.options.from].filter((x): x is string => typeof x === 'string');
  if (cell.kind === 'sql') names.push(...(cell.source.match(/[a-z_][a-z0-9_]*/g) ?? []));
  const steps = Array.isArray(cell.options.steps) ? cell.options.steps : [];
  for (const s of steps) {
    const join = (s as { join?: { with?: unknown } }).join;
    if (typeof join?.with === 'string') names.push(join.with);
  }
  return names;
}

/**
 * Run a notebook: its parameters (defaults overridden by those given), every cell, the inline values of its prose,
 * and the fingerprints of the datasets it names against those it was written for.
 */
export async function runNotebook(
  nb: Notebook,
  env: NotebookEnv,
  given: Record<string, Scalar> = {},
  onCell?: (r: CellResult) => void,
): Promise<NotebookRun> {
  const params = runParams(nb, given);
  const datasets = await datasetFingerprints(nb.front, env);
  const cells = await runCells(nb, env, params, onCell);
  const named = new Set(nb.cells.filter((c) => c.named).map((c) => c.id));
  const results = new Map(cells.filter((c) => c.status === 'ok' && named.has(c.id)).map((c) => [c.id, c.table!]));
  const values = await inlineValues(nb, env, params, results);
  const error = cells.find((c) => c.error)?.error ?? null;
  return { params, cells, values, datasets, error };
}
export type { NotebookRun };
