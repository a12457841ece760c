import type { Lang } from '../core/lang';
import type { Connector } from '../core/sql';
import { runIndicators } from '../indicators/run';
import { runSae } from '../indicators/sae-run';
import { DEFAULT_RULES } from '../indicators/status';
import { type NotebookEnv, cachedIndicators, studyDatasets } from '../notebooks/env';
import { openStudyFolder, readDistricts, readRegions } from './study-folder';

/**
 * A notebook's environment from a study folder (or `demo`) loaded into `db`: each dataset under its id (the table
 * the study loaded it into), the catalogue and district models run on the prepared sources, the reference regions
 * and districts.
 */
export async function notebookEnvFromStudy(db: Connector, studyDir: string, lang: Lang): Promise<NotebookEnv> {
  const { loaded, sources } = await openStudyFolder(db, studyDir);
  return {
    db,
    lang,
    datasets: studyDatasets(loaded, lang),
    indicators: cachedIndicators((ids, by) => runIndicators(db, sources, by, ids)),
    sae: (req) => runSae(db, sources, req),
    rules: sources.rules ?? DEFAULT_RULES,
    regions: await readRegions(),
    districts: await readDistricts(),
  };
}
