import { optionText } from './shared';
import { required, runAnalysed } from './analysed';
import type { CellRunner } from './types';

/** `estimate`: a frequency table (`rows`), means of `y` by `rows`, or a multiple-response `set` (by `cols`). */
export const runEstimate: CellRunner = async (cell, ctx) => {
  const mode = (optionText(cell, 'mode', ctx.params) || 'freq') as 'freq' | 'means' | 'mr';
  if (mode === 'mr')
    return runAnalysed(cell, ctx, {
      mode,
      set: required(cell, 'set', ctx),
      cols: optionText(cell, 'cols', ctx.params),
    });
  if (mode === 'means')
    return runAnalysed(cell, ctx, { mode, y: required(cell, 'y', ctx), rows: required(cell, 'rows', ctx) });
  return runAnalysed(cell, ctx, { mode: 'freq', rows: required(cell, 'rows', ctx) });
};
