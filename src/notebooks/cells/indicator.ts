import { CellFailure, type CellRunner } from './types';

/** Placeholder until the indicator cell is implemented. */
export const runIndicator: CellRunner = async (cell) => {
  throw new CellFailure('not_implemented', cell.kind);
};
