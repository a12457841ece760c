/** Thresholds for small bases; the same everywhere (charts, tables, exports, CLI). */
export interface BaseRules {
  /** Unweighted n below this: suppressed. */
  minN: number;
  /** Kish effective n below this: flagged small_base. */
  minNeff: number;
  /** Relative standard error at or above this: flagged high_rse. */
  maxRse: number;
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
