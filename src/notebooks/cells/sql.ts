import { CellFailure, type CellRunner } from './types';

/** Placeholder until the sql cell is implemented. */
export const runSql: CellRunner = async (cell) => {
  throw new CellFailure('not_implemented', cell.kind);
};
