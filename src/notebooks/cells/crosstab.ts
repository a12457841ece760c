import { CellFailure, type CellRunner } from './types';

/** Placeholder until the crosstab cell is implemented. */
export const runCrosstab: CellRunner = async (cell) => {
  throw new CellFailure('not_implemented', cell.kind);
};
