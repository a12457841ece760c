import { readFile } from 'node:fs/promises';
import { type Connector, quoteIdent } from '../../core/sql';
import { describeTable } from '../../data/describe';
import { DataError } from '../../data/errors';
import { matchRegions, pre2022Codes } from '../../data/region-match';
import { openInput } from '../input';
import type { CliOptions } from '../options';
import { REFERENCE_DIR, readRegions } from '../study-folder';
import { UsageError } from '../usage-error';

/**
 * `match-regions FILE --column COL`: each distinct value of a region column with the code it matches (null: the
 * user must choose), how, and the candidates — the matching an import applies, for scripts and checks before one.
 */
export async function runMatchRegions(db: Connector, target: string, opts: CliOptions) {
  if (!opts.column) throw new UsageError('match-regions needs --column');
  const input = await openInput(db, target);
  const names = (await describeTable(db, input.table)).columns.map((c) => c.name);
  if (!names.includes(opts.column))
    throw new DataError({ code: 'unknown_column', file: input.file, column: opts.column });
  const col = quoteIdent(opts.column);
  const rows = await db.query<{ v: string }>(
    `SELECT DISTINCT CAST(${col} AS VARCHAR) AS v FROM ${input.table} WHERE ${col} IS NOT NULL ORDER BY v`,
  );
  const pre2022 = pre2022Codes(await readFile(`${REFERENCE_DIR}/regions-crosswalk-2022.csv`, 'utf8'));
  return matchRegions(
    rows.map((r) => r.v),
    await readRegions(),
    pre2022,
  );
}
