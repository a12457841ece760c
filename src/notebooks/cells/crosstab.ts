import type { Percent } from '../../reports/analyse';
import { optionText } from './shared';
import { required, runAnalysed } from './analysed';
import type { CellRunner } from './types';

/** The notebook's `pct: total` is the Analyse page's cell percentage. */
const PERCENT: Record<string, Percent> = { row: 'row', col: 'col', total: 'cell' };

/** `crosstab`: `rows` by `cols` with row, column or total percentages, as the Analyse page's crosstab. */
export const runCrosstab: CellRunner = async (cell, ctx) => {
  const pct = PERCENT[optionText(cell, 'pct', ctx.params) || 'row'] ?? 'row';
  return runAnalysed(cell, ctx, {
    mode: 'crosstab',
    rows: required(cell, 'rows', ctx),
    cols: required(cell, 'cols', ctx),
    pct,
  });
};
