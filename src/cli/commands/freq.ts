import type { Connector } from '../../core/sql';
import { describeTable } from '../../data/describe';
import { DataError } from '../../data/errors';
import type { Lang } from '../../core/lang';
import { frequencies } from '../../stats/freq';
import { openInput } from '../input';
import type { CliOptions } from '../options';
import { UsageError } from '../usage-error';

/** `freq FILE --var X [--weight W]`: one row per value, then user-missing codes, then NA. */
export async function runFreq(db: Connector, target: string, opts: CliOptions) {
  if (!opts.var) throw new UsageError('freq needs --var');
  const input = await openInput(db, target);
  const names = (await describeTable(db, input.table)).columns.map((c) => c.name);
  for (const column of [opts.var, opts.weight].filter((c): c is string => !!c)) {
    if (!names.includes(column)) throw new DataError({ code: 'unknown_column', file: input.file, column });
  }
  const meta = input.codebook.find((v) => v.name === opts.var);
  return frequencies(db, input.table, opts.var, { weight: opts.weight, meta, lang: (opts.lang ?? 'en') as Lang });
}
