/** A respondent-level score: an item rescaled to 0–100, or a combination of other scores. */
export type ScoreSpec =
  | { id: string; kind: 'likert4'; item: string } // 1–4 → 0, 33.3, 66.7, 100 (reverse-coded item: 100 … 0)
  | { id: string; kind: 'scale10'; item: string } // 0–10 → × 10 (reverse-coded: 100 − that)
  | { id: string; kind: 'binary'; item: string } // 1/0 → 100/0 (reverse-coded: 0/100)
  | { id: string; kind: 'any'; items: string[]; value: number } // 100 if any item equals value, 0 if all valid and none
  | { id: string; kind: 'mean'; of: string[]; minValid: number }; // mean of valid scores, if at least minValid (share) valid

/** The unit of an indicator's estimate, as the CLI contract names it. */
export type Unit = 'percent' | 'index_0_100' | 'per_100k' | 'per_10k' | 'count' | 'persons' | 'currency_kzt' | 'score_1_3' | 'score_1_5' | 'points' | 'months';

/** A strategy task from spec section 2 (I1…D1). */
export type Task = 'I1' | 'I2' | 'I3' | 'P1' | 'P2' | 'P3' | 'S1' | 'S2' | 'S3' | 'D1';
