import { type Connector, quoteIdent } from '../../core/sql';
import { describeTable } from '../../data/describe';
import { DataError } from '../../data/errors';
import { crosstab } from '../../stats/crosstab';
import { analysedTable } from '../analysed';
import { openInput } from '../input';
import type { CliOptions } from '../options';
import { UsageError } from '../usage-error';
import { commandDesign } from '../design-options';

/** `crosstab FILE --rows A --cols B --design ... [--domain SQL]`: cells with % and SEs, and R's svychisq. */
export async function runCrosstab(db: Connector, target: string, opts: CliOptions) {
  if (!opts.rows || !opts.cols) throw new UsageError('crosstab needs --rows and --cols');
  const opened = await openInput(db, target);
  const { table, missing } = await analysedTable(db, opened, !!opts['keep-missing']);
  const input = { ...opened, table };
  const names = (await describeTable(db, input.table)).columns.map((c) => c.name);
  for (const column of [opts.rows, opts.cols]) {
    if (!names.includes(column)) throw new DataError({ code: 'unknown_column', file: input.file, column });
  }
  const design = await commandDesign(db, quoteIdent(input.table), opts);
  const { cells, test } = await crosstab(db, quoteIdent(input.table), design, {
    rows: quoteIdent(opts.rows),
    cols: quoteIdent(opts.cols),
    domain: opts.domain,
  });
  const codes = Object.fromEntries([opts.rows, opts.cols].filter((v) => missing[v]).map((v) => [v, missing[v]]));
  return { cells, test, ...(Object.keys(codes).length ? { missing_codes: codes } : {}) };
}
