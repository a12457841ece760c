/**
 * Why a statistic has no value. Pages translate the code (`stat.undefined.<code>`); the CLI prints it.
 * - one_level: fewer than two categories with an answer in the domain;
 * - no_df: the design has too few degrees of freedom there (a single PSU, one per stratum, fewer than the test's);
 * - no_variance: the design variance the statistic divides by is zero;
 * - sparse_table: too many empty cells for the contrasts of the test to be estimable;
 * - no_data: no respondent (with answers to what the statistic needs) in the domain.
 */
export const UNDEFINED_REASONS = ['one_level', 'no_df', 'no_variance', 'sparse_table', 'no_data'] as const;
export type UndefinedReason = (typeof UNDEFINED_REASONS)[number];

/** A sum of design effects (variance ratios, about 1 each) that is zero but for rounding. */
export const noDesignEffect = (trace: number, terms: number) => !(trace > 1e-10 * terms);

/**
 * A variance that is zero but for rounding, next to the size of the estimates it belongs to. Sums of centred squares
 * round at about 1e−32 of size² (`rel` 1e−20 leaves room); a one-pass Σwy² − (Σwy)²/Σw at about 1e−16 (use 1e−14).
 */
export const noVariance = (v: number, size: number, rel = 1e-20) => !(v > rel * size * size);
