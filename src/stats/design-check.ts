import { type Connector, quoteIdent } from '../core/sql';
import type { Design } from '../core/design';
import { stagesOf } from './design';

/** Problems that stop an analysis, as R's svydesign would stop. */
export type DesignErrorCode =
  'missing_ids' | 'missing_strata' | 'missing_weights' | 'negative_weights' | 'not_nested' | 'fpc_below_sample';
/** What weakens a design without stopping it. */
export type DesignWarningCode = 'zero_weights' | 'lonely_psu';

/** One finding about a design, as a code with the numbers a message needs (the UI words it per language). */
export interface DesignFinding<C extends string = DesignErrorCode | DesignWarningCode> {
  code: C;
  stage?: number;
  count?: number;
  example?: string;
  /** The first rows it concerns (1 = the first data row), where rows are what the user must look at. */
  rows?: number[];
}

/** What a design check found: errors stop an analysis (as R's svydesign), warnings are shown beside results. */
export interface DesignCheck {
  errors: DesignFinding<DesignErrorCode>[];
  warnings: DesignFinding<DesignWarningCode>[];
  psus: number;
  strata: number;
  df: number;
}

const count = async (db: Connector, sql: string) => Number((await db.query<{ n: number }>(sql))[0]?.n ?? 0);

/** The first three rows (1 = the first data row, in the table's order) where a condition holds. */
async function firstRows(db: Connector, table: string, condition: string): Promise<number[]> {
  const rows = await db.query<{ r: bigint | number }>(
    `SELECT r FROM (SELECT row_number() OVER () AS r, * FROM ${table}) WHERE ${condition} ORDER BY r LIMIT 3`,
  );
  return rows.map((x) => Number(x.r));
}

/**
 * Check a Taylor design on its table as R's svydesign would (missing design values, PSUs not nested in strata
 * without nest, an fpc below the sample) and warn about what weakens it (zero weights, strata with one PSU).
 * The PSU, strata and df counts are R's degf's: units with a row of non-zero weight, in the `domain` (e.g. one wave)
 * when given, as the analysis uses them.
 */
export async function checkDesign(db: Connector, table: string, design: Design, domain?: string): Promise<DesignCheck> {
  const errors: DesignCheck['errors'] = [],
    warnings: DesignCheck['warnings'] = [];
  const stages = stagesOf(design);
  const [s1] = stages;
  const h = s1.strata ? quoteIdent(s1.strata) : '1',
    p = s1.ids ? quoteIdent(s1.ids) : 'NULL';
  for (const [code, col] of [
    ['missing_ids', s1.ids],
    ['missing_strata', s1.strata],
    ['missing_weights', design.weights],
  ] as const) {
    const n = col ? await count(db, `SELECT count(*) AS n FROM ${table} WHERE ${quoteIdent(col)} IS NULL`) : 0;
    if (n) errors.push({ code, count: n, example: col! });
  }
  if (design.weights) {
    const w = quoteIdent(design.weights);
    const neg = await count(db, `SELECT count(*) AS n FROM ${table} WHERE ${w} < 0`);
    const at = (cond: string) => firstRows(db, table, `${w} ${cond}`);
    if (neg) errors.push({ code: 'negative_weights', count: neg, example: design.weights, rows: await at('< 0') });
    const zero = await count(db, `SELECT count(*) AS n FROM ${table} WHERE ${w} = 0`);
    if (zero) warnings.push({ code: 'zero_weights', count: zero, example: design.weights, rows: await at('= 0') });
  }
  if (s1.ids && s1.strata && !design.nest) {
    const [bad] = await db.query<{ p: unknown }>(
      `SELECT ${p} AS p FROM ${table} GROUP BY 1 HAVING count(DISTINCT ${h}) > 1 ORDER BY 1 LIMIT 1`,
    );
    if (bad) errors.push({ code: 'not_nested', example: String(bad.p) });
  }
  const ids = s1.ids ? p : 'row_number() OVER ()';
  const fpc = s1.fpc ? quoteIdent(s1.fpc) : 'NULL';
  const units = `SELECT ${h} AS h, ${ids} AS p, ${fpc}::DOUBLE AS f FROM ${table}`;
  const perStratum = await db.query<{ h: unknown; n: number; N: number | null }>(
    `SELECT h, count(DISTINCT p) AS n, any_value(f) AS N FROM (${units}) GROUP BY h`,
  );
  const lonely = perStratum.filter((r) => Number(r.n) === 1);
  if (lonely.length)
    warnings.push({ code: 'lonely_psu', stage: 1, count: lonely.length, example: String(lonely[0].h) });
  const over = perStratum.filter((r) => r.N !== null && Number(r.N) > 1 && Number(r.N) < Number(r.n));
  if (over.length) errors.push({ code: 'fpc_below_sample', stage: 1, count: over.length, example: String(over[0].h) });
  const weighed = design.weights ? `${quoteIdent(design.weights)} <> 0` : 'true';
  const inDomain = `COALESCE((${domain ?? 'true'}), false) AND ${weighed}`;
  const unitsInDomain = `SELECT ${h} AS h, ${ids} AS p, ${inDomain} AS _in FROM ${table}`;
  const [d] = await db.query<{ psus: number; strata: number }>(
    `SELECT count(DISTINCT (h, p)) AS psus, count(DISTINCT h) AS strata FROM (${unitsInDomain}) WHERE _in`,
  );
  return { errors, warnings, psus: Number(d.psus), strata: Number(d.strata), df: Number(d.psus) - Number(d.strata) };
}
