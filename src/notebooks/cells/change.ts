import { required, runAnalysed } from './analysed';
import type { CellRunner } from './types';

/** `change`: a question's shares in every wave and the change between the first and the last. */
export const runChange: CellRunner = async (cell, ctx) =>
  runAnalysed(cell, ctx, { mode: 'change', rows: required(cell, 'rows', ctx) });
