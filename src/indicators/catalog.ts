import { CATALOGUE } from './catalogue';
import type { Entry } from './catalogue/types';
import { SOCIAL_CAPITAL_SCORES } from './defs/social-capital';
import type { ScoreSpec } from './spec';

/** The headline indicators: drawn on the region comparison page and computed first at start-up. */
export const INDICATORS: Entry[] = CATALOGUE.filter((e) => e.headline);

/** Respondent-level scores computed for each kind of dataset before indicators are estimated. */
export const SCORES: Record<string, ScoreSpec[]> = { population: SOCIAL_CAPITAL_SCORES };

/** Look up a headline indicator by id. */
export function indicatorById(id: string): Entry | undefined {
  return INDICATORS.find((i) => i.id === id);
}
