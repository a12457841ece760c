/**
 * Why a statistic has no value. Pages translate the code (`stat.undefined.<code>`); the CLI prints it.
 * - one_level: fewer than two categories with an answer in the domain;
 * - no_df: the design has too few degrees of freedom there (a single PSU, one per stratum, fewer than the test's);
 * - no_variance: the design variance the statistic divides by is zero;
 * - sparse_table: too many empty cells for the contrasts of the test to be estimable;
 * - no_data: no respondent in the domain.
 */
export const UNDEFINED_REASONS = ['one_level', 'no_df', 'no_variance', 'sparse_table', 'no_data'] as const;
export type UndefinedReason = (typeof UNDEFINED_REASONS)[number];

/** A sum of design effects (variance ratios, about 1 each) that is zero but for rounding. */
export const noDesignEffect = (trace: number, terms: number) => !(trace > 1e-10 * terms);

/** A variance that is zero but for rounding, next to the size of the estimates it belongs to. */
export const noVariance = (v: number, size: number) => !(v > 1e-20 * size * size);
