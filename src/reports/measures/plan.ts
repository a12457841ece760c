import type { FactStatus, MeasureFact } from '../../data/measure-facts';
import { type Measure, TERM } from '../../indicators/measures';

/** The years of the strategy's term, oldest first (the timeline's columns). */
export const TERM_YEARS: number[] = Array.from({ length: TERM.last - TERM.first + 1 }, (_, i) => TERM.first + i);

/**
 * The years a measure is planned in. Yearly: every year of its span. Every two years: the first year of its span
 * and every second year after it (2020, 2022, 2024 in the term 2020–2025). A dated span ("2020–2023 годы"): every
 * year of it, since the work runs throughout.
 */
export function plannedYears(m: Pick<Measure, 'periodicity' | 'years'>): number[] {
  const { first, last } = m.years;
  const step = m.periodicity === 'biennial' ? 2 : 1;
  const out: number[] = [];
  for (let y = first; y <= last; y += step) out.push(y);
  return out;
}

/**
 * A cell of the timeline as it reads: the fact's status; for a planned cell without a fact, `no_fact` once its year
 * is over and `not_yet_due` before; `none` for an unplanned cell without a fact.
 */
export type CellState = FactStatus | 'no_fact' | 'not_yet_due' | 'none';

/** One measure in one year: planned or not, the fact entered (if any), what it reads as, and whether it is late. */
export interface TimelineCell {
  measure: number;
  year: number;
  planned: boolean;
  fact: MeasureFact | null;
  state: CellState;
  late: boolean;
}

/**
 * Late: planned in a year that is over (before `currentYear`) with no `done` fact for it. A planned year that is
 * not over yet is never late, whatever its fact says.
 */
export function isLate(planned: boolean, fact: MeasureFact | null, year: number, currentYear: number): boolean {
  return planned && year < currentYear && fact?.status !== 'done';
}

/** The cell of a measure in a year, given the facts entered and the current year. */
export function cellOf(m: Measure, year: number, facts: MeasureFact[], currentYear: number): TimelineCell {
  const planned = plannedYears(m).includes(year);
  const fact = facts.find((f) => f.measure === m.number && f.year === year) ?? null;
  const state: CellState = fact ? fact.status : !planned ? 'none' : year < currentYear ? 'no_fact' : 'not_yet_due';
  return { measure: m.number, year, planned, fact, state, late: isLate(planned, fact, year, currentYear) };
}

/** Every measure × every year of the term, measure by measure. */
export function timelineCells(measures: Measure[], facts: MeasureFact[], currentYear: number): TimelineCell[] {
  return measures.flatMap((m) => TERM_YEARS.map((y) => cellOf(m, y, facts, currentYear)));
}

/**
 * A year's counts. The planned cells split two ways: by fact (done + partly + not_done + no_fact = planned) and by
 * time (done + late + not_yet_due = planned). `outside_plan` counts facts entered for unplanned cells.
 */
export interface YearSummary {
  year: number;
  planned: number;
  done: number;
  partly: number;
  not_done: number;
  no_fact: number;
  late: number;
  not_yet_due: number;
  outside_plan: number;
}

/** The counts of one year's cells. */
export function summarise(year: number, cells: TimelineCell[]): YearSummary {
  const own = cells.filter((c) => c.year === year);
  const planned = own.filter((c) => c.planned);
  const count = (p: (c: TimelineCell) => boolean) => planned.filter(p).length;
  return {
    year,
    planned: planned.length,
    done: count((c) => c.fact?.status === 'done'),
    partly: count((c) => c.fact?.status === 'partly'),
    not_done: count((c) => c.fact?.status === 'not_done'),
    no_fact: count((c) => !c.fact),
    late: count((c) => c.late),
    not_yet_due: count((c) => !c.late && c.fact?.status !== 'done'),
    outside_plan: own.filter((c) => !c.planned && c.fact).length,
  };
}

/** The counts of every year of the term. */
export function yearSummaries(cells: TimelineCell[]): YearSummary[] {
  return TERM_YEARS.map((y) => summarise(y, cells));
}
