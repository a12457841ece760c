import type { Row } from '../core/sql';
import type { Entry } from './catalogue/types';
import type { IndicatorRow } from './rows';
import { type BaseRules, isWithheld } from './status';

/** The minimum count an entry under the privacy rule shows (the rules' `minCount`, else its own); null otherwise. */
export function privacyMin(entry: Entry, rules?: BaseRules): number | null {
  return entry.smallBase.rule === 'privacy' ? (rules?.minCount ?? entry.smallBase.min) : null;
}

/**
 * The counts of people or reports a census group shows or implies: the counted rows or summed people of a count,
 * sum or rate; the part and the base of a share or ratio; the rows of a mean.
 */
export function shownCounts(entry: Entry, g: Row | undefined): number[] {
  if (!g) return [];
  const num = Number(g._num ?? 0);
  const den = Number(g._den ?? 0);
  switch (entry.formula.kind) {
    case 'count':
    case 'sum':
    case 'rate':
      return [num];
    case 'row_share':
    case 'ratio_of_sums':
      return [num, den];
    default:
      return [Number(g._n ?? 0)];
  }
}

/** A row with its value and base withheld: suppressed, no estimate, interval or n (n itself is a count). */
export function withhold(row: IndicatorRow): IndicatorRow {
  return { ...row, status: 'suppressed', estimate: null, se: null, ci_low: null, ci_high: null, n: 0, flags: [] };
}

/** The row as shown: withheld when the entry is under the privacy rule and one of its counts is below the minimum. */
export function guardPrivacy(entry: Entry, row: IndicatorRow, counts: number[], rules?: BaseRules): IndicatorRow {
  const min = privacyMin(entry, rules);
  return min !== null && isWithheld(counts, min) ? withhold(row) : row;
}

/**
 * Which rows of a table under the privacy rule are withheld: each row with a count from 1 to `min` − 1, and, when
 * that is a single row of a table whose total is shown, the next smallest row too, so that the total minus the
 * shown rows does not give the withheld one away.
 */
export function withheldRows(counts: number[][], min: number): boolean[] {
  const out = counts.map((c) => isWithheld(c, min));
  if (out.filter(Boolean).length !== 1) return out;
  const size = (c: number[]) => c[0] ?? 0;
  const others = counts.map((c, i) => ({ i, n: size(c) })).filter(({ i, n }) => !out[i] && n > 0);
  const next = others.sort((a, b) => a.n - b.n)[0];
  if (next) out[next.i] = true;
  return out;
}
