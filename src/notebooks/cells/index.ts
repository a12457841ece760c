import type { CellKind } from '../types';
import { runChange } from './change';
import { runChart } from './chart';
import { runCrosstab } from './crosstab';
import { runEstimate } from './estimate';
import { runIndicator } from './indicator';
import { runPlanCell } from './plan';
import { runSaeCell } from './sae';
import { runSql } from './sql';
import { runTable } from './table';
import { runTransform } from './transform';
import type { CellRunner } from './types';

/** The runner of each cell kind. */
export const RUNNERS: Record<CellKind, CellRunner> = {
  sql: runSql,
  estimate: runEstimate,
  crosstab: runCrosstab,
  change: runChange,
  indicator: runIndicator,
  sae: runSaeCell,
  plan: runPlanCell,
  transform: runTransform,
  chart: runChart,
  table: runTable,
};
