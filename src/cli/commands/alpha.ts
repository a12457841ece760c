import { type Connector, quoteIdent } from '../../core/sql';
import { cronbachAlpha } from '../../stats/alpha';
import { openInput } from '../input';
import type { CliOptions } from '../options';
import { UsageError } from '../usage-error';

/**
 * `alpha FILE --items a,b,c [--weight W] [--domain SQL]`: Cronbach's alpha on the complete cases, item–total
 * correlations and alpha if an item is deleted; the codebook's user-missing codes (98/99) count as missing.
 */
export async function runAlpha(db: Connector, target: string, opts: CliOptions) {
  const names = (opts.items ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length < 2) throw new UsageError('alpha needs --items a,b[,c...] (at least two)');
  const input = await openInput(db, target);
  const items = names.map((n) => {
    const codes = input.codebook.find((v) => v.name === n)?.user_missing ?? [];
    return codes.length
      ? `CASE WHEN ${quoteIdent(n)} IN (${codes.join(', ')}) THEN NULL ELSE ${quoteIdent(n)} END`
      : quoteIdent(n);
  });
  return cronbachAlpha(db, quoteIdent(input.table), items, {
    weight: opts.weight ? quoteIdent(opts.weight) : undefined,
    domain: opts.domain,
    names,
  });
}
