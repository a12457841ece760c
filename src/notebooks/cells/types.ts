import type { NotebookEnv } from '../env';
import type { Cell, ResultTable, Scalar } from '../types';
import type { ChartSpec } from '../../charts/spec';

/** What a cell can read: the environment, the parameters' values, and the named results of earlier cells. */
export interface CellContext {
  env: NotebookEnv;
  params: Record<string, Scalar>;
  results: ReadonlyMap<string, ResultTable>;
  /** Named results SQL has read, by name: the temporary tables holding them (dropped when the run ends). */
  tables: Map<string, string>;
  /** This run's prefix for its temporary tables. */
  prefix: string;
}

/** A cell's output: a table (every kind), and a chart for chart cells. */
export interface CellOutput {
  table: ResultTable;
  chart?: ChartSpec | null;
}

/** Runs one kind of cell; throws a CellFailure (or any error) when it cannot. */
export type CellRunner = (cell: Cell, ctx: CellContext) => Promise<CellOutput>;

/** A cell that cannot run, with a code the UI and CLI translate and a detail. */
export class CellFailure extends Error {
  constructor(
    readonly code: string,
    readonly detail: string,
    /** The line in the file, when the problem is inside the cell's body. */
    readonly line: number | null = null,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'CellFailure';
  }
}
