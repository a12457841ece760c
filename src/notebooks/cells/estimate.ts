import { CellFailure, type CellRunner } from './types';

/** Placeholder until the estimate cell is implemented. */
export const runEstimate: CellRunner = async (cell) => {
  throw new CellFailure('not_implemented', cell.kind);
};
