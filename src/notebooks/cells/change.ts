import { CellFailure, type CellRunner } from './types';

/** Placeholder until the change cell is implemented. */
export const runChange: CellRunner = async (cell) => {
  throw new CellFailure('not_implemented', cell.kind);
};
