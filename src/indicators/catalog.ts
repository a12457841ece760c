import { SOCIAL_CAPITAL_SCORES } from './defs/social-capital';
import { POPULATION_INDICATORS } from './defs/population';
import { REGISTRY_INDICATORS } from './defs/registry';
import type { IndicatorSpec, ScoreSpec } from './spec';

/** Every indicator the workbench knows. */
export const INDICATORS: IndicatorSpec[] = [...POPULATION_INDICATORS, ...REGISTRY_INDICATORS];

/** Respondent-level scores computed for each kind of dataset before indicators are estimated. */
export const SCORES: Record<string, ScoreSpec[]> = { population: SOCIAL_CAPITAL_SCORES };

/** Look up an indicator by id. */
export function indicatorById(id: string): IndicatorSpec | undefined {
  return INDICATORS.find((i) => i.id === id);
}
