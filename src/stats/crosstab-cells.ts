import { quoteLiteral } from '../core/sql';

/** A two-way table of SQL expressions, optionally within a domain (kept in the design). */
export interface CrosstabSpec {
  rows: string;
  cols: string;
  domain?: string;
}

/** The cell index of a row: rows vary fastest, as R's interaction(rows, cols). */
export const cellIndex = (rl: string[], cl: string[]) =>
  `list_position([${rl.map(quoteLiteral).join(', ')}], _r) - 1 + ${rl.length} * (list_position([${cl.map(quoteLiteral).join(', ')}], _c) - 1)`;
