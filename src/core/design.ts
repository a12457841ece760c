/** R survey's options for strata with a single PSU (`options(survey.lonely.psu = …)`); R's default is "fail". */
export const LONELY_PSU = ['fail', 'remove', 'certainty', 'adjust', 'average'] as const;
export type LonelyPsu = (typeof LONELY_PSU)[number];

export const REPLICATE_TYPES = ['JK1', 'JKn', 'BRR', 'Fay', 'bootstrap'] as const;
export type ReplicateType = (typeof REPLICATE_TYPES)[number];

/** Replicate weights as R's svrepdesign: the columns (a regular expression), their type and scales. */
export interface ReplicateSpec {
  columns: string;
  type: ReplicateType;
  /** Fay's rho (BRR with rho = 0). */
  rho?: number;
  /** Overall scale; defaults follow R for each type. */
  scale?: number;
  /** Per-replicate scales (JKn); default 1. */
  rscales?: number[];
  /** Centre the replicates on the full-sample estimate rather than their mean. */
  mse?: boolean;
}

/**
 * A calibrated design (R's calibrate): the model columns, the weights before and right after calibration (the
 * residuals keep using these even when the weights are trimmed later, as R) and (Σ w x xᵀ)⁻¹.
 */
export interface Calibration {
  x: string[];
  base: string;
  calibrated: string;
  ainv: number[][];
}

/**
 * A survey design as R's svydesign describes it. `ids`, `strata` and `fpc` are R formula terms: `a+b` for two
 * stages; `ids` null (or "1") means every row is its own PSU.
 */
export interface Design {
  ids: string | null;
  strata: string | null;
  weights: string | null;
  /** Population size per stratum (units in the stratum), or a sampling fraction ≤ 1, per stage as R's `fpc`. */
  fpc: string | null;
  /** R's nest = TRUE: PSU ids repeat across strata. Without it, repeated ids are an error, as in R. */
  nest?: boolean;
  lonelyPsu?: LonelyPsu;
  /** Weights calibrated to population totals; the variance uses the calibration residuals, as R. */
  calibration?: Calibration;
  /** A replicate-weight design: columns given (ids/strata/fpc unused), or empty columns for a jackknife of the PSUs. */
  replicates?: ReplicateSpec;
}

/** A design with no clustering, strata, weights or fpc: simple random sampling with replacement. */
export const SRS: Design = { ids: null, strata: null, weights: null, fpc: null };
