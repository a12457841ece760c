import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { districtNeighbours } from '../charts/geo';
import type { Lang } from '../core/lang';
import type { Connector } from '../core/sql';
import { runIndicators } from '../indicators/run';
import { runSae } from '../indicators/sae-run';
import { DEFAULT_RULES } from '../indicators/status';
import { type NotebookEnv, cachedIndicators, studyDatasets } from '../notebooks/env';
import { planInputs } from '../reports/plan-run';
import { REFERENCE_DIR, openStudyFolder, readDistricts, readRegions } from './study-folder';

/** The districts' neighbours over shared boundaries (the reference topology), read on first use. */
function neighboursOnce(): () => Promise<Map<string, string[]>> {
  let read: Promise<Map<string, string[]>> | null = null;
  return () =>
    (read ??= readFile(join(REFERENCE_DIR, 'kz-districts.topo.json'), 'utf8').then((text) =>
      districtNeighbours(JSON.parse(text)),
    ));
}

/**
 * A notebook's environment from a study folder (or `demo`) loaded into `db`: each dataset under its id (the table
 * the study loaded it into), the catalogue, district models and the planner's inputs run on the prepared sources,
 * the reference regions and districts.
 */
export async function notebookEnvFromStudy(db: Connector, studyDir: string, lang: Lang): Promise<NotebookEnv> {
  const { loaded, sources } = await openStudyFolder(db, studyDir);
  const neighbours = neighboursOnce();
  return {
    db,
    lang,
    datasets: studyDatasets(loaded, lang),
    indicators: cachedIndicators((ids, by) => runIndicators(db, sources, by, ids)),
    sae: (req) => runSae(db, sources, req),
    plan: async (req) => planInputs(db, sources, { ...req, neighbours: await neighbours() }),
    rules: sources.rules ?? DEFAULT_RULES,
    regions: await readRegions(),
    districts: await readDistricts(),
  };
}
