import type { Connector } from '../../core/sql';
import { describeTable, formColumns } from '../../data/describe';
import type { Lang } from '../../core/lang';
import { openInput } from '../input';
import type { CliOptions } from '../options';

/** `describe FILE`: format, encoding, delimiter, rows and columns (the CLI contract's JSON shape). */
export async function runDescribe(db: Connector, target: string, opts: CliOptions) {
  const input = await openInput(db, target, { sheet: opts.sheet, form: opts.form });
  const lang = (opts.lang ?? 'en') as Lang;
  const { file, format, encoding, delimiter, decimal } = input;
  if (input.questions !== undefined)
    return {
      file,
      format,
      encoding,
      delimiter,
      decimal,
      rows: input.questions,
      columns: formColumns(input.codebook, lang),
    };
  const { rows, columns } = await describeTable(db, input.table, input.codebook, lang);
  return { file, format, encoding, delimiter, decimal, rows, columns };
}
