import type { Localized } from '../../core/lang';

/** A text from its Russian, Kazakh and English versions. */
export const l = (ru: string, kk: string, en: string): Localized => ({ ru, kk, en });

/** A strategy task from spec section 2 (I1…D1). */
export const TASKS = ['I1', 'I2', 'I3', 'P1', 'P2', 'P3', 'S1', 'S2', 'S3', 'D1'] as const;
export type Task = (typeof TASKS)[number];

/** The unit of an indicator's estimate, as the CLI contract names it. */
export const UNITS = [
  'percent',
  'index_0_100',
  'per_100k',
  'per_10k',
  'count',
  'persons',
  'currency_kzt',
  'score_1_3',
  'score_1_5',
  'points',
  'months',
  'days',
] as const;
export type Unit = (typeof UNITS)[number];

/** The kind of data an indicator needs (shown when none is loaded). */
export const SOURCE_KINDS = [
  'population_survey',
  'centre_survey',
  'registry',
  'service_logs',
  'training_evaluations',
  'ngo_statistics',
  'reference_population',
  // The Atameken sub-programme's projects (spec section 10).
  'civic_initiatives',
  'civic_control',
  'generous_heart',
  'external',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Which way is better for an indicator. */
export const DIRECTIONS = ['higher', 'lower', 'neutral'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Breakdowns an entry may allow; each is a column of the prepared dataset. */
export const BREAKDOWNS = [
  'region',
  'wave',
  'district',
  'settlement',
  'sex',
  'age_group',
  'language',
  'level',
  'legal_form',
  'activity',
  'category',
  'channel',
  // The region code at fieldwork (pre-2022 alpha codes in waves fielded before the 2022 reform), for the 17-unit map.
  'region_source',
  // The Atameken projects: an initiative's theme, stage and carrier; a report's topic; a nomination, its period type.
  'theme',
  'stage',
  'carrier',
  'topic',
  'nomination',
  'period_type',
  // Calendar month (1–12) of a dated row: with the wave (year) always added, a monthly series.
  'month',
] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** A component of a composite index: another entry, min–max normalised on fixed bounds, weighted. */
export interface Component {
  id: string;
  weight: number;
  min: number;
  max: number;
}

/**
 * How an entry is computed. Survey kinds are design-based estimates (`src/stats`); census kinds are exact
 * counts over a registry, service logs or statistics (no sampling error); `km_median` is the Kaplan–Meier median
 * time from the `start` date to the `end` date, rows without an end censored at the data's latest date;
 * `composite` combines other entries' region × wave values; `unavailable` has no source the workbench can read yet
 * (its `needs` says what would do).
 */
export type Formula =
  | { kind: 'survey_share'; yes: string; valid: string; domain?: string }
  | { kind: 'survey_mean'; value: string; domain?: string }
  | { kind: 'count'; where?: string }
  | { kind: 'sum'; value: string; scale?: number }
  | { kind: 'rate'; value?: string; per: 10000 | 100000 }
  | { kind: 'row_share'; yes: string; valid?: string }
  | { kind: 'row_mean'; value: string }
  | { kind: 'ratio_of_sums'; num: string; den: string }
  | { kind: 'district_share' }
  | { kind: 'district_population_share' }
  | { kind: 'km_median'; start: string; end: string }
  | { kind: 'composite'; of: Component[] }
  | { kind: 'unavailable' };

/**
 * Which base rule applies to which kind of data. Sampled estimates (`survey`): suppressed below n, flagged for a
 * small effective n or a high relative SE. Exact figures (`census`: registries, statistics, every unit counted):
 * shown as counted, never flagged. Exact figures about people who could be recognised (`privacy`: citizens'
 * reports, activists): a group whose count of people or reports is between 1 and `min` − 1 shows no value and no n.
 * A composite takes the worst status and flags of its parts.
 */
export type SmallBase =
  { rule: 'survey' } | { rule: 'census' } | { rule: 'privacy'; min: number } | { rule: 'composite' };
export const SMALL_BASE_RULES = [
  'survey',
  'census',
  'privacy',
  'composite',
] as const satisfies readonly SmallBase['rule'][];

/** One indicator of the strategy as data. */
export interface Entry {
  id: string;
  task: Task;
  name: Localized;
  definition: Localized;
  unit: Unit;
  direction: Direction;
  source: SourceKind;
  /** The dataset (by its id in a study) the entry reads; null for composites and unavailable entries. */
  dataset: string | null;
  /** Columns read: a dataset without one cannot feed the entry; a survey wave that did not ask one is "not measured". */
  columns: string[];
  formula: Formula;
  breakdowns: Breakdown[];
  smallBase: SmallBase;
  /** What data would feed the entry (always for `unavailable`; otherwise derived from source and columns). */
  needs?: Localized;
  /** Shown on the region comparison page and computed first at start-up. */
  headline?: boolean;
}

/** The four task groups of the strategy table. */
export const GROUPS = {
  institutional: ['I1', 'I2', 'I3'],
  political: ['P1', 'P2', 'P3'],
  socio_economic: ['S1', 'S2', 'S3'],
  ideological: ['D1'],
} as const;
export type Group = keyof typeof GROUPS;

/** The group of a task. */
export function groupOf(task: Task): Group {
  return (Object.keys(GROUPS) as Group[]).find((g) => (GROUPS[g] as readonly string[]).includes(task))!;
}
