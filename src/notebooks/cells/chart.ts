import { CellFailure, type CellRunner } from './types';

/** Placeholder until the chart cell is implemented. */
export const runChart: CellRunner = async (cell) => {
  throw new CellFailure('not_implemented', cell.kind);
};
