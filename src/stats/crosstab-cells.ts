import { quoteLiteral } from '../core/sql';

/** A two-way table of SQL expressions, optionally within a domain (kept in the design). */
export interface CrosstabSpec {
  rows: string;
  cols: string;
  domain?: string;
}

/** The 1-based position of a value among the levels, in SQL. */
const positionIn = (levels: string[], value: string) =>
  `list_position([${levels.map(quoteLiteral).join(', ')}], ${value})`;

/** The cell index of a row: rows vary fastest, as R's interaction(rows, cols). */
export const cellIndex = (rl: string[], cl: string[]) =>
  `${positionIn(rl, '_r')} - 1 + ${rl.length} * (${positionIn(cl, '_c')} - 1)`;
