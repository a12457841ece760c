// The notebook benchmark's workload, run unchanged on native DuckDB (Node, the CLI's modules) and on DuckDB-wasm
// (Chromium): a whole notebook run, against the SQL statements that run sent to the engine, replayed alone.
import type { Connector, Row, SqlValue } from '../../src/core/sql';
import type { LoadedDataset } from '../../src/data/load-study';
import type { Sources } from '../../src/indicators/prepare';
import { runIndicators } from '../../src/indicators/run';
import { DEFAULT_RULES } from '../../src/indicators/status';
import { type NotebookEnv, cachedIndicators, studyDatasets } from '../../src/notebooks/env';
import { runNotebook } from '../../src/notebooks/run';
import type { Notebook } from '../../src/notebooks/types';

/** A statement as the notebook run sent it. */
type Statement = { kind: 'query' | 'exec'; sql: string; params?: readonly SqlValue[] };

/** The connector with every statement sent through it written to `log` while `log.on` (transactions included). */
export function recording(db: Connector, log: { on: boolean; statements: Statement[] }): Connector {
  const note = (s: Statement) => void (log.on && log.statements.push(s));
  const wrap = (c: Connector): Connector => ({
    ...c,
    query: <T extends Row = Row>(sql: string, params?: readonly SqlValue[]) => {
      note({ kind: 'query', sql, params });
      return c.query<T>(sql, params);
    },
    exec: (sql: string) => {
      note({ kind: 'exec', sql });
      return c.exec(sql);
    },
    aside: c.aside
      ? <T extends Row = Row>(sql: string) => {
          note({ kind: 'query', sql });
          return c.aside!<T>(sql);
        }
      : undefined,
    transaction: (fn) => c.transaction((inner) => fn(wrap(inner))),
    registerText: (n, t) => c.registerText(n, t),
    registerBuffer: (n, b) => c.registerBuffer(n, b),
    dropFile: (n) => c.dropFile(n),
    exportArrow: (s) => c.exportArrow(s),
    insertArrow: (t, i) => c.insertArrow(t, i),
    close: () => c.close(),
  });
  return wrap(db);
}

/** One round: the notebook run (every cell, its inline values and fingerprints) and its statements replayed. */
export interface NotebookRound {
  notebook_ms: number;
  sql_ms: number;
  statements: number;
  cells: number;
  failed: number;
}

/** What an environment shares between runs: the loaded study, its prepared sources, the reference and shapes. */
export function envBase(
  db: Connector,
  loaded: LoadedDataset[],
  sources: Sources,
  ref: Pick<NotebookEnv, 'regions' | 'districts' | 'shapes'>,
): { base: Omit<NotebookEnv, 'indicators'>; compute: NotebookEnv['indicators'] } {
  return {
    base: { db, lang: 'en', datasets: studyDatasets(loaded, 'en'), rules: sources.rules ?? DEFAULT_RULES, ...ref },
    compute: (ids, by) => runIndicators(db, sources, by, ids),
  };
}

/**
 * An environment for one run: the catalogue's rows computed afresh (a run keeps them once computed, as `notebook
 * run` does in its one process), the rest shared.
 */
export function freshEnv(base: Omit<NotebookEnv, 'indicators'>, compute: NotebookEnv['indicators']): NotebookEnv {
  return { ...base, indicators: cachedIndicators(compute) };
}

/**
 * Time a notebook run on `env` (whose connector records into `log`), then the statements it sent replayed in order
 * on the bare engine `db`: what the notebook costs beyond its SQL.
 */
export async function notebookRound(
  nb: Notebook,
  env: NotebookEnv,
  db: Connector,
  log: { on: boolean; statements: Statement[] },
): Promise<NotebookRound> {
  log.statements = [];
  log.on = true;
  const t0 = performance.now();
  const run = await runNotebook(nb, env);
  const notebook_ms = performance.now() - t0;
  log.on = false;
  const t1 = performance.now();
  for (const s of log.statements) await (s.kind === 'exec' ? db.exec(s.sql) : db.query(s.sql, s.params));
  const sql_ms = performance.now() - t1;
  const failed = run.cells.filter((c) => c.status !== 'ok').length;
  return { notebook_ms, sql_ms, statements: log.statements.length, cells: run.cells.length, failed };
}
