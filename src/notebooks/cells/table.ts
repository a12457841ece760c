import { CellFailure, type CellRunner } from './types';

/** Placeholder until the table cell is implemented. */
export const runTable: CellRunner = async (cell) => {
  throw new CellFailure('not_implemented', cell.kind);
};
