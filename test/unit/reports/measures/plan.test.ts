import { describe, expect, it } from 'vitest';
import type { MeasureFact } from '../../../../src/data/measure-facts';
import { MEASURES, measureByNumber } from '../../../../src/indicators/measures';
import {
  TERM_YEARS,
  cellOf,
  isLate,
  plannedYears,
  summarise,
  timelineCells,
  yearSummaries,
} from '../../../../src/reports/measures/plan';

const fact = (measure: number, year: number, status: MeasureFact['status']): MeasureFact => ({
  measure,
  year,
  status,
  evidence: 'протокол',
  link: '',
});

describe('plannedYears(measure)', () => {
  it('yearly: every year of the span; every two years: the first year and every second after; span: each of its years', () => {
    expect(plannedYears({ periodicity: 'yearly', years: { first: 2020, last: 2025 } })).toEqual([
      2020, 2021, 2022, 2023, 2024, 2025,
    ]);
    expect(plannedYears({ periodicity: 'biennial', years: { first: 2020, last: 2025 } })).toEqual([2020, 2022, 2024]);
    expect(plannedYears({ periodicity: 'biennial', years: { first: 2021, last: 2025 } })).toEqual([2021, 2023, 2025]);
    expect(plannedYears({ periodicity: 'span', years: { first: 2020, last: 2023 } })).toEqual([2020, 2021, 2022, 2023]);
  });

  it('plans measure 16 (social capital, every two years) for 2020, 2022 and 2024, measure 6 for 2020–2023', () => {
    expect(plannedYears(measureByNumber(16)!)).toEqual([2020, 2022, 2024]);
    expect(plannedYears(measureByNumber(6)!)).toEqual([2020, 2021, 2022, 2023]);
  });
});

describe('isLate(planned, fact, year, currentYear)', () => {
  it('is late only when planned in a year that is over without a done fact', () => {
    expect(isLate(true, null, 2024, 2025)).toBe(true);
    expect(isLate(true, fact(1, 2024, 'partly'), 2024, 2025)).toBe(true);
    expect(isLate(true, fact(1, 2024, 'not_done'), 2024, 2025)).toBe(true);
    expect(isLate(true, fact(1, 2024, 'done'), 2024, 2025)).toBe(false);
    expect(isLate(true, null, 2025, 2025)).toBe(false);
    expect(isLate(false, null, 2021, 2025)).toBe(false);
  });
});

describe('cellOf(measure, year, facts, currentYear)', () => {
  const m16 = measureByNumber(16)!;
  it('reads a planned past cell without a fact as no_fact (late), a coming one as not_yet_due', () => {
    expect(cellOf(m16, 2022, [], 2024)).toMatchObject({ planned: true, state: 'no_fact', late: true, fact: null });
    expect(cellOf(m16, 2024, [], 2024)).toMatchObject({ planned: true, state: 'not_yet_due', late: false });
    expect(cellOf(m16, 2021, [], 2024)).toMatchObject({ planned: false, state: 'none', late: false });
  });
  it('reads a fact outside the plan by its status, never late', () => {
    expect(cellOf(m16, 2021, [fact(16, 2021, 'done')], 2024)).toMatchObject({
      planned: false,
      state: 'done',
      late: false,
    });
  });
});

describe('summarise(year, cells)', () => {
  it('counts a year’s planned cells by fact and by time, and the facts outside the plan', () => {
    const facts = [fact(1, 2022, 'done'), fact(2, 2022, 'partly'), fact(3, 2022, 'not_done'), fact(9, 2021, 'done')];
    const cells = timelineCells(MEASURES, facts, 2023);
    // 2022: measures 6 and 13 run to 2023, 9/12/16 are planned (2020, 2022, 2024): all 16 planned.
    expect(summarise(2022, cells)).toEqual({
      year: 2022,
      planned: 16,
      done: 1,
      partly: 1,
      not_done: 1,
      no_fact: 13,
      late: 15,
      not_yet_due: 0,
      outside_plan: 0,
    });
    // 2021: the three two-yearly measures are not planned; measure 9's fact is outside the plan.
    expect(summarise(2021, cells)).toMatchObject({ planned: 13, done: 0, no_fact: 13, late: 13, outside_plan: 1 });
    // 2024 is not over in 2023: measures 6 and 13 have ended, so 14 planned, none late.
    expect(summarise(2024, cells)).toMatchObject({ planned: 14, late: 0, not_yet_due: 14 });
  });

  it('adds up both ways in every year', () => {
    const cells = timelineCells(MEASURES, [fact(5, 2024, 'done'), fact(5, 2023, 'partly')], 2024);
    for (const s of yearSummaries(cells)) {
      expect(s.done + s.partly + s.not_done + s.no_fact).toBe(s.planned);
      expect(s.done + s.late + s.not_yet_due).toBe(s.planned);
    }
    expect(yearSummaries(cells).map((s) => s.year)).toEqual(TERM_YEARS);
  });
});
