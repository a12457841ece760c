import { type Connector, quoteIdent } from '../core/sql';
import { describeTable } from '../data/describe';
import { valueExpr } from '../reports/analyse';
import type { Input } from './input';

/** Whether each variable's user-missing codes (98/99 in the codebook) were dropped or kept; absent: it has none. */
export type MissingCodes = Record<string, 'dropped' | 'kept'>;

/**
 * The input's table as the Analyse page and the indicators read it: the codebook's user-missing codes as missing,
 * unless `keep` asks for them as values. Returns the table to analyse and what was done, for the output to say.
 */
export async function analysedTable(db: Connector, input: Input, keep: boolean) {
  const columns = new Set((await describeTable(db, input.table)).columns.map((c) => c.name));
  const coded = input.codebook.filter((v) => columns.has(v.name) && (v.user_missing ?? []).some(Number.isFinite));
  const missing: MissingCodes = Object.fromEntries(coded.map((v) => [v.name, keep ? 'kept' : 'dropped']));
  if (keep || !coded.length) return { table: input.table, missing };
  const table = `${input.table}__valid`;
  const replaced = coded.map((v) => `${valueExpr(v)} AS ${quoteIdent(v.name)}`).join(', ');
  const from = quoteIdent(input.table);
  await db.exec(`CREATE OR REPLACE TEMP VIEW ${quoteIdent(table)} AS SELECT * REPLACE (${replaced}) FROM ${from}`);
  return { table, missing };
}
