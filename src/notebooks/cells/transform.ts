import { CellFailure, type CellRunner } from './types';

/** Placeholder until the transform cell is implemented. */
export const runTransform: CellRunner = async (cell) => {
  throw new CellFailure('not_implemented', cell.kind);
};
