/** Thresholds for small bases; the same everywhere (charts, tables, exports, CLI). */
export interface BaseRules {
  /** Unweighted n below this: suppressed. */
  minN: number;
  /** Kish effective n below this: flagged small_base. */
  minNeff: number;
  /** Relative standard error at or above this: flagged high_rse. */
  maxRse: number;
  /**
   * Entries under the privacy rule: a count of people or reports from 1 to this − 1 is withheld (no value, no n);
   * absent: each entry's own minimum (5).
   */
  minCount?: number;
}

export const DEFAULT_RULES: BaseRules = { minN: 30, minNeff: 50, maxRse: 0.3 };

export type Status = 'ok' | 'suppressed' | 'not_measured' | 'no_data' | 'no_denominator';
export type Flag = 'small_base' | 'high_rse' | 'comparability';

/** Decide status and flags of one estimate from its base. */
export function judgeBase(
  e: { estimate: number | null; se: number | null; n: number; n_eff: number | null },
  rules: BaseRules = DEFAULT_RULES,
): { status: Status; flags: Flag[] } {
  if (e.n === 0 || e.estimate === null) return { status: 'no_data', flags: [] };
  if (e.n < rules.minN) return { status: 'suppressed', flags: [] };
  const flags: Flag[] = [];
  if (e.n_eff !== null && e.n_eff < rules.minNeff) flags.push('small_base');
  if (e.se !== null && e.estimate !== 0 && Math.abs(e.se / e.estimate) >= rules.maxRse) flags.push('high_rse');
  return { status: 'ok', flags };
}

/** The minimum count shown by default for data about people who could be recognised (reports, activists). */
export const PRIVACY_MIN = 5;

/**
 * Whether counts must be withheld under the privacy rule: any of them from 1 to `min` − 1 (a zero identifies
 * nobody). Every table, map and export of such data goes through this, as must any map bin drawn from the rows.
 */
export function isWithheld(counts: Array<number | null>, min: number = PRIVACY_MIN): boolean {
  return counts.some((c) => c !== null && c > 0 && c < min);
}
