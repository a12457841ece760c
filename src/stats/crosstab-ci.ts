import { criticalValue, shareInterval } from './ci';
import type { Crosstab, CrosstabCell } from './crosstab';
import type { CrosstabDf } from './crosstab-df';

/** Which percentage of a crosstab: of its row, of its column or of the whole table. */
export type Percent = 'row' | 'col' | 'cell';

/** A shown percentage (0–100) with its SE, its interval, the base's Kish effective n and the interval's df. */
export interface CellShare {
  pct: number | null;
  se: number | null;
  ci_low: number | null;
  ci_high: number | null;
  /** 0% or 100%: the exact interval on the effective n, not the logit one. */
  boundary: boolean;
  n_eff: number | null;
  df: number;
}

const pick = (c: CrosstabCell, p: Percent) =>
  p === 'row' ? [c.row_pct, c.se_row_pct] : p === 'col' ? [c.col_pct, c.se_col_pct] : [c.cell_pct, c.se_cell_pct];

/**
 * Each cell's percentage with the interval the region pages give a share: logit as R's svyciprop within the cell's
 * base (its row, its column or the table) on that base's df, and at 0% or 100% the exact interval on the base's
 * Kish effective n.
 */
export function cellShares(x: Crosstab, percent: Percent, df: CrosstabDf | null, level = 0.95): CellShare[] {
  return x.cells.map((c) => {
    const [pct, se] = pick(c, percent);
    const inBase = (i: number) => {
      const d = x.cells[i];
      return percent === 'row' ? d.row === c.row : percent === 'col' ? d.col === c.col : true;
    };
    const idx = x.cells.map((_, i) => i).filter(inBase);
    const [sw, sw2] = idx.reduce(([a, b], i) => [a + x.cells[i].weighted_n, b + x.sumW2[i]], [0, 0]);
    const nEff = sw2 > 0 ? (sw * sw) / sw2 : null;
    const own = percent === 'row' ? df?.rows.get(c.row) : percent === 'col' ? df?.cols.get(c.col) : df?.table;
    const baseDf = own ?? x.df;
    const q = criticalValue(level, baseDf);
    const none = { pct, se, ci_low: null, ci_high: null, boundary: false, n_eff: nEff, df: baseDf };
    if (pct === null || se === null || !Number.isFinite(q)) return none;
    const { ci, boundary } = shareInterval(pct / 100, se / 100, q, nEff ?? 0, level);
    return { ...none, ci_low: 100 * ci[0], ci_high: 100 * ci[1], boundary };
  });
}
