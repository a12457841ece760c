import type { Connector } from '../../core/sql';
import { runIndicators } from '../../indicators/run';
import type { CliOptions } from '../options';
import { openStudyFolder, readRubric } from '../study-folder';

/** `indicators STUDY [--by region,wave] [--ids a,b] [--rubric FILE]`: the contract's rows for every catalogue entry. */
export async function runIndicatorsCommand(db: Connector, target: string, opts: CliOptions) {
  const { sources } = await openStudyFolder(db, target, await readRubric(opts.rubric));
  const by = (opts.by ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const ids = opts.ids ? opts.ids.split(',').map((s) => s.trim()) : undefined;
  return runIndicators(db, sources, by, ids);
}
