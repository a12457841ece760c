import type { Connector } from '../../core/sql';
import { isLang } from '../../core/lang';
import { CATALOGUE } from '../../indicators/catalogue';
import { groupOf } from '../../indicators/catalogue/types';
import { missingFor } from '../../indicators/run';
import type { CliOptions } from '../options';
import { openStudyFolder } from '../study-folder';

/**
 * `catalogue STUDY [--lang ru|kk|en]`: every indicator of the strategy with its task, group, name, unit, kind of
 * data and breakdowns, and whether the study can feed it (else what it lacks).
 */
export async function runCatalogue(db: Connector, target: string, opts: CliOptions) {
  const lang = isLang(opts.lang) ? opts.lang : 'en';
  const { sources } = await openStudyFolder(db, target);
  return CATALOGUE.map((e) => {
    const missing = missingFor(e, sources);
    const lacks =
      missing &&
      (e.needs?.[lang] ??
        (missing.dataset ? `dataset "${e.dataset}"` : `columns ${missing.columns.join(', ')} in "${e.dataset}"`));
    return {
      id: e.id,
      task: e.task,
      group: groupOf(e.task),
      name: e.name[lang],
      unit: e.unit,
      direction: e.direction,
      source: e.source,
      dataset: e.dataset,
      formula: e.formula.kind,
      breakdowns: e.breakdowns,
      computable: !missing,
      needs: lacks || null,
    };
  });
}
