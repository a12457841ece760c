import Papa from 'papaparse';
import type { Connector } from '../../core/sql';
import { type CsvDialect, csvText } from '../../data/csv-export';
import type { DataProblem } from '../../data/errors';
import {
  FACT_LINK,
  FACT_STATUSES,
  type FactStatus,
  MAX_EVIDENCE,
  type MeasureFact,
  evidenceText,
  saveMeasureFacts,
} from '../../data/measure-facts';
import { MEASURES, TERM } from '../../indicators/measures';

/** The columns of a facts CSV, in order. */
export const FACT_COLUMNS = ['measure', 'year', 'status', 'evidence', 'link'] as const;
type Column = (typeof FACT_COLUMNS)[number];

/** Import stops collecting problems after this many (the first ones are what a user fixes first). */
const MAX_PROBLEMS = 50;

// csvCell puts an apostrophe before text a spreadsheet would run as a formula. Text that already starts with
// apostrophes before such a character gets one more, so that the importer's "drop one" gives back the original.
const FORMULA_AFTER_QUOTES = /^'+[=+\-@\t\r]/;
const guard = (s: string) => (FORMULA_AFTER_QUOTES.test(s) ? `'${s}` : s);
const unguard = (s: string) => (FORMULA_AFTER_QUOTES.test(s) ? s.slice(1) : s);

/** Facts as CSV (header `measure,year,status,evidence,link`, CRLF), formula-like text neutralised. */
export function factsToCsv(facts: MeasureFact[], dialect?: CsvDialect): string {
  const rows = facts.map((f) => [f.measure, f.year, f.status, guard(f.evidence), f.link]);
  return csvText([[...FACT_COLUMNS], ...rows], dialect);
}

type Problem = Omit<DataProblem, 'file'>;

/** The header's columns by name, or the problems with it (a column missing, unknown or given twice). */
function headerOf(cells: string[]): { at: Record<Column, number>; problems: Problem[] } {
  const names = cells.map((c) => c.trim().toLowerCase());
  const problems: Problem[] = [];
  names.forEach((n, i) => {
    if (n === '') return;
    if (!(FACT_COLUMNS as readonly string[]).includes(n))
      problems.push({
        code: 'unknown_column',
        row: 1,
        column: cells[i],
        detail: `expected ${FACT_COLUMNS.join(', ')}`,
      });
    else if (names.indexOf(n) !== i) problems.push({ code: 'parse', row: 1, column: n, detail: 'column given twice' });
  });
  for (const c of FACT_COLUMNS)
    if (!names.includes(c) && c !== 'link')
      problems.push({ code: 'unknown_column', row: 1, column: c, detail: 'missing' });
  const at = Object.fromEntries(FACT_COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<Column, number>;
  return { at, problems };
}

const MEASURE_NUMBERS = MEASURES.map((m) => m.number);

/** One record as a fact, or the problems found in it (`row` is the record's 1-based number, the header being 1). */
function factOf(cells: string[], at: Record<Column, number>, row: number): MeasureFact | Problem[] {
  const cell = (c: Column) => (at[c] >= 0 ? (cells[at[c]] ?? '').trim() : '');
  const bad = (column: Column, detail: string): Problem => ({ code: 'bad_value', row, column, detail });
  const problems: Problem[] = [];
  const measure = Number(cell('measure'));
  if (!/^\d+$/.test(cell('measure')) || !MEASURE_NUMBERS.includes(measure))
    problems.push(bad('measure', `"${cell('measure')}" is not a measure number 1–${MEASURES.length}`));
  const year = Number(cell('year'));
  if (!/^\d{4}$/.test(cell('year')) || year < TERM.first || year > TERM.last)
    problems.push(bad('year', `"${cell('year')}" is not a year of the strategy's term ${TERM.first}–${TERM.last}`));
  const status = cell('status').toLowerCase();
  if (!(FACT_STATUSES as readonly string[]).includes(status))
    problems.push(bad('status', `"${cell('status')}" is not one of ${FACT_STATUSES.join(', ')}`));
  const evidence = evidenceText(unguard(cell('evidence')));
  if (!evidence) problems.push(bad('evidence', 'empty'));
  if (evidence.length > MAX_EVIDENCE) problems.push(bad('evidence', `longer than ${MAX_EVIDENCE} characters`));
  const link = cell('link');
  if (link && !FACT_LINK.test(link)) problems.push(bad('link', `"${link}" is not dataset:<id> or notebook:<id>`));
  return problems.length ? problems : { measure, year, status: status as FactStatus, evidence, link };
}

/**
 * Read facts from CSV text (comma, semicolon or tab separated; header `measure,year,status,evidence,link`, `link`
 * optional, in any order). Every problem found is returned with its file, row and column (rows counted as a
 * spreadsheet shows them, the header being row 1); the facts are only to be used when there is none.
 */
export function readFactsCsv(text: string, file: string): { facts: MeasureFact[]; problems: DataProblem[] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimitersToGuess: [',', ';', '\t'] });
  const records = parsed.data;
  const problems: Problem[] = parsed.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e) => ({ code: 'parse', row: (e.row ?? 0) + 1, detail: e.message }));
  const nonEmpty = (r: string[]) => r.some((c) => c.trim() !== '');
  if (!records.length || !nonEmpty(records[0])) return { facts: [], problems: [{ code: 'empty', file }] };
  const { at, problems: header } = headerOf(records[0]);
  problems.push(...header);
  const facts: MeasureFact[] = [];
  const seen = new Map<string, number>();
  records.forEach((cells, i) => {
    if (i === 0 || header.length || !nonEmpty(cells)) return;
    const f = factOf(cells, at, i + 1);
    if (Array.isArray(f)) return void problems.push(...f);
    const key = `${f.measure}-${f.year}`;
    const before = seen.get(key);
    if (before)
      problems.push({
        code: 'bad_value',
        row: i + 1,
        column: 'year',
        detail: `measure ${f.measure} in ${f.year} is also in row ${before}`,
      });
    seen.set(key, i + 1);
    facts.push(f);
  });
  if (!problems.length && !facts.length) problems.push({ code: 'empty' });
  return { facts, problems: problems.slice(0, MAX_PROBLEMS).map((p) => ({ ...p, file })) };
}

/**
 * Import a facts CSV into the workspace: every fact of the file saved (replacing the facts of the same measures and
 * years) in one transaction if the file has no problem; otherwise nothing changes and the problems come back.
 */
export async function importFactsCsv(
  db: Connector,
  text: string,
  file: string,
): Promise<{ saved: number; problems: DataProblem[] }> {
  const { facts, problems } = readFactsCsv(text, file);
  if (problems.length) return { saved: 0, problems };
  await saveMeasureFacts(db, facts);
  return { saved: facts.length, problems };
}
