import type { Connector } from '../../data/connector';
import { describeTable } from '../../data/describe';
import type { Localized } from '../../data/study';
import { openInput } from '../input';
import type { CliOptions } from '../main';

/** `describe FILE`: format, encoding, delimiter, rows and columns (the CLI contract's JSON shape). */
export async function runDescribe(db: Connector, target: string, opts: CliOptions) {
  const input = await openInput(db, target);
  const { rows, columns } = await describeTable(db, input.table, input.codebook, (opts.lang ?? 'en') as keyof Localized);
  const { file, format, encoding, delimiter, decimal } = input;
  return { file, format, encoding, delimiter, decimal, rows, columns };
}
