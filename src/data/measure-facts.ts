import { type Connector, quoteLiteral } from '../core/sql';

/** What a year's fact says of a measure: done, partly done, or not done. */
export const FACT_STATUSES = ['done', 'partly', 'not_done'] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];

/** The fact entered for one measure of the strategy in one year. */
export type MeasureFact = {
  measure: number;
  year: number;
  status: FactStatus;
  /** What shows it: one line of plain text. */
  evidence: string;
  /** A dataset or notebook of the workspace (`dataset:<id>`, `notebook:<id>`), or ''. */
  link: string;
};

/** The workspace's table of measure facts: one row per measure and year. */
export const MEASURE_FACTS = 'workspace_measure_facts';

/** The longest evidence text, in characters. */
export const MAX_EVIDENCE = 1000;

/** The shape of a link to a dataset or a notebook of the workspace. */
export const FACT_LINK = /^(dataset|notebook):[A-Za-z0-9_-]{1,80}$/;

/** Evidence as kept: one line of plain text (control characters and runs of spaces made one space), trimmed. */
export function evidenceText(text: string): string {
  return text.replace(/[\p{Cc}\s]+/gu, ' ').trim();
}

/** Create the facts table if the workspace has none. */
export async function ensureMeasureFacts(db: Connector): Promise<void> {
  const columns = [
    'measure INTEGER NOT NULL',
    '"year" INTEGER NOT NULL',
    'status VARCHAR NOT NULL',
    'evidence VARCHAR NOT NULL',
    'link VARCHAR NOT NULL',
  ].join(', ');
  await db.exec(`CREATE TABLE IF NOT EXISTS ${MEASURE_FACTS} (${columns})`);
}

/** Every fact of the workspace, by measure, then year. */
export async function listMeasureFacts(db: Connector): Promise<MeasureFact[]> {
  await ensureMeasureFacts(db);
  const columns = 'measure::INTEGER AS measure, "year"::INTEGER AS "year", status, evidence, link';
  return db.query<MeasureFact>(`SELECT ${columns} FROM ${MEASURE_FACTS} ORDER BY measure, "year"`);
}

/**
 * Put one fact in place of the measure's fact for that year (inside a transaction the caller holds). Delete, then
 * insert: a table restored from an IndexedDB snapshot has no key for INSERT OR REPLACE to use.
 */
export async function insertMeasureFact(db: Connector, f: MeasureFact): Promise<void> {
  await db.exec(`DELETE FROM ${MEASURE_FACTS} WHERE measure = ${f.measure} AND "year" = ${f.year}`);
  const text = [f.status, f.evidence, f.link].map(quoteLiteral).join(', ');
  await db.exec(`INSERT INTO ${MEASURE_FACTS} VALUES (${f.measure}, ${f.year}, ${text})`);
}

/** Save facts, each replacing the fact of its measure and year, in one transaction (the others stay). */
export async function saveMeasureFacts(db: Connector, facts: MeasureFact[]): Promise<void> {
  if (facts.some((f) => !isMeasureFact(f))) throw new Error('saveMeasureFacts: not a valid fact');
  await ensureMeasureFacts(db);
  await db.transaction(async (t) => {
    for (const f of facts) await insertMeasureFact(t, f);
  });
}

/** Remove the fact of a measure in a year. */
export async function deleteMeasureFact(db: Connector, measure: number, year: number): Promise<void> {
  await ensureMeasureFacts(db);
  if (!Number.isInteger(measure) || !Number.isInteger(year)) throw new Error('deleteMeasureFact: not a measure-year');
  await db.exec(`DELETE FROM ${MEASURE_FACTS} WHERE measure = ${measure} AND "year" = ${year}`);
}

const isWhole = (x: unknown, lo: number, hi: number) =>
  Number.isInteger(x) && (x as number) >= lo && (x as number) <= hi;

/**
 * Whether a value (from a workspace file or the editor) is a fact as the workspace keeps it: a measure number and a
 * year, a known status, clean evidence within the length limit, a link of the right shape or none. Which measures
 * exist and which years the strategy runs is checked where facts are entered (`src/reports/measures`).
 */
export function isMeasureFact(x: unknown): x is MeasureFact {
  const f = x as MeasureFact;
  return (
    !!f &&
    typeof f === 'object' &&
    isWhole(f.measure, 1, 99) &&
    isWhole(f.year, 1900, 2100) &&
    (FACT_STATUSES as readonly string[]).includes(f.status) &&
    typeof f.evidence === 'string' &&
    f.evidence.length <= MAX_EVIDENCE &&
    evidenceText(f.evidence) === f.evidence &&
    typeof f.link === 'string' &&
    (f.link === '' || FACT_LINK.test(f.link))
  );
}
