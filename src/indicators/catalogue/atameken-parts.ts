import type { Localized } from '../../core/lang';
import { PRIVACY_MIN } from '../status';
import { type Breakdown, type Entry, type Formula, type SourceKind, type Task, l } from './types';

/**
 * Columns the Atameken datasets derive when they lack them (an import may carry its own `wave`): the wave is the
 * year of the date proposed or filed, or of the nomination's period; `month` is the calendar month of that date.
 */
export const DERIVED: Record<string, { from: string; wave: string; month?: string }> = {
  initiatives: {
    from: 'date_proposed',
    wave: 'year(TRY_CAST(date_proposed AS DATE))',
    month: 'month(TRY_CAST(date_proposed AS DATE))',
  },
  civic_control: {
    from: 'date_filed',
    wave: 'year(TRY_CAST(date_filed AS DATE))',
    month: 'month(TRY_CAST(date_filed AS DATE))',
  },
  generous_heart: { from: 'period', wave: 'TRY_CAST(left(CAST(period AS VARCHAR), 4) AS INTEGER)' },
};

/** What each entry states itself. */
export type Base = { id: string; task: Task; name: Localized; definition: Localized; columns: string[] };
/** What the entries of one project's dataset share. */
export type Project = { dataset: string; source: SourceKind; smallBase: Entry['smallBase']; breakdowns: Breakdown[] };

const PRIVATE: Entry['smallBase'] = { rule: 'privacy', min: PRIVACY_MIN };
/** The map of civic initiatives. */
export const INITIATIVES: Project = {
  dataset: 'initiatives',
  source: 'civic_initiatives',
  // Initiatives are public projects: their counts are shown as counted.
  smallBase: { rule: 'census' },
  breakdowns: ['region', 'wave', 'district', 'theme', 'stage', 'carrier', 'month'],
};
/** Civic control: citizens' reports. */
export const REPORTS: Project = {
  dataset: 'civic_control',
  source: 'civic_control',
  smallBase: PRIVATE,
  breakdowns: ['region', 'wave', 'district', 'topic', 'month'],
};
/** Generous heart: nominations. */
export const NOMINATIONS: Project = {
  dataset: 'generous_heart',
  source: 'generous_heart',
  // Awards are announced publicly; the people behind them are pseudonyms.
  smallBase: { rule: 'census' },
  breakdowns: ['region', 'wave', 'district', 'level', 'period_type', 'nomination'],
};
/** Generous heart: participants by district and year. */
export const PARTICIPANTS: Project = {
  dataset: 'generous_heart_participants',
  source: 'generous_heart',
  smallBase: PRIVATE,
  breakdowns: ['region', 'wave', 'district'],
};
/** Rates divide by a region's population: breakdowns that split the population (districts) do not apply. */
export const perRegion = (p: Project): Project => ({ ...p, breakdowns: p.breakdowns.filter((b) => b !== 'district') });

/** An entry of a project's dataset. */
export const entry = (
  p: Project,
  e: Base,
  unit: Entry['unit'],
  formula: Formula,
  direction: Entry['direction'] = 'higher',
): Entry => ({ ...p, ...e, unit, formula, direction });

const PER_10K = l(
  'на 10 000 жителей региона (справочная численность).',
  'өңірдің 10 000 тұрғынына (анықтамалық халық саны).',
  'per 10,000 residents of the region (reference population).',
);
/** A definition ending in “per 10,000 residents of the region”. */
export const per10k = (text: Localized): Localized =>
  l(`${text.ru} ${PER_10K.ru}`, `${text.kk} ${PER_10K.kk}`, `${text.en} ${PER_10K.en}`);
/** SQL: a completed project; a project under way or completed; the people taking part in Generous heart. */
export const COMPLETED = "stage = 'completed'";
export const PROJECT = "stage IN ('in_progress', 'completed')";
export const PARTICIPANTS_SUM = 'coalesce(volunteers, 0) + coalesce(patrons, 0) + coalesce(investors, 0)';
