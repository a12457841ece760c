import type { Entry } from '../indicators/catalogue/types';
import type { Measure } from '../indicators/measures';
import type { IndicatorRow } from '../indicators/rows';
import { type TimelineCell, type YearSummary, summarise } from '../reports/measures/plan';

/** An indicator in a yearly report: its latest national value up to the year (or why none), and who moves it. */
export interface ReportIndicator {
  entry: Entry;
  /** The latest national row with a value up to the year; else the latest national row up to it (its status). */
  row: IndicatorRow | null;
  /**
   * No dataset feeds it: the catalogue lists it as needing data, or its only row is undated with no data (nothing
   * loaded has its columns). An indicator with values only after the year has data, just no value yet.
   */
  needsData: boolean;
  /** The numbers of the measures meant to move it. */
  measures: number[];
}

/** One measure in a yearly report: the measure and its cell in that year. */
export interface ReportLine {
  measure: Measure;
  cell: TimelineCell;
}

/** The one-page report of a year: the counts, each measure's status, and the indicators they move. */
export interface YearReport {
  year: number;
  summary: YearSummary;
  lines: ReportLine[];
  indicators: ReportIndicator[];
}

const isNational = (r: IndicatorRow) => r.region === null && !Object.keys(r.by).length;

/**
 * An indicator's latest national row up to and including `year`: the latest with a value, else the latest at all
 * (suppressed, no denominator…), else its undated row (nothing feeds it), else null. Later waves are left out, so a
 * report of 2022 shows what was known by then.
 */
export function latestUpTo(rows: IndicatorRow[], id: string, year: number): IndicatorRow | null {
  const own = rows.filter((r) => r.indicator_id === id && isNational(r));
  const dated = own.filter((r) => r.wave !== null && r.wave <= year).sort((a, b) => a.wave! - b.wave!);
  const ok = dated.filter((r) => r.status === 'ok' && r.estimate !== null);
  return ok[ok.length - 1] ?? dated[dated.length - 1] ?? own.find((r) => r.wave === null) ?? null;
}

/** The indicators of the measures, each once, in the order the measures first name them. */
function reportIndicators(
  measures: Measure[],
  rows: IndicatorRow[],
  entries: Entry[],
  year: number,
): ReportIndicator[] {
  const ids = [...new Set(measures.flatMap((m) => m.indicators))];
  return ids.flatMap((id) => {
    const entry = entries.find((e) => e.id === id);
    if (!entry) return [];
    const row = latestUpTo(rows, id, year);
    const dated = rows.some((r) => r.indicator_id === id && r.wave !== null);
    const needsData = entry.formula.kind === 'unavailable' || (!dated && row?.status === 'no_data');
    const moved = measures.filter((m) => m.indicators.includes(id)).map((m) => m.number);
    return [{ entry, row, needsData, measures: moved }];
  });
}

/** The report of one year from the timeline's cells, the indicators' rows (region × wave) and the catalogue. */
export function yearReport(
  year: number,
  cells: TimelineCell[],
  measures: Measure[],
  rows: IndicatorRow[],
  entries: Entry[],
): YearReport {
  const lines = measures.map((measure) => ({
    measure,
    cell: cells.find((c) => c.measure === measure.number && c.year === year)!,
  }));
  return {
    year,
    summary: summarise(year, cells),
    lines,
    indicators: reportIndicators(measures, rows, entries, year),
  };
}
