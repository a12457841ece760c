import type { Connector } from '../../core/sql';
import { evaluateCentre, validateRubric } from '../../indicators/kpi/evaluate';
import type { CliOptions } from '../options';
import { openStudyFolder, readRubric } from '../study-folder';

/**
 * `kpi STUDY [--rubric FILE]`: each centre's seven KPI levels with their evidence, the component roll-ups
 * and the overall level.
 */
export async function runKpi(db: Connector, target: string, opts: CliOptions) {
  const rubric = await readRubric(opts.rubric);
  const { loaded } = await openStudyFolder(db, target, rubric);
  const registry = loaded.find((l) => l.dataset.kind === 'registry' && l.dataset.id === 'centres');
  if (!registry) throw new Error(`${target}: no registry of centres (dataset "centres") in the study`);
  const columns = (await db.query<{ column_name: string }>('DESCRIBE centres')).map((r) => r.column_name);
  const errors = validateRubric(rubric, columns);
  if (errors.length) throw new Error(`${opts.rubric ?? target + ':centres'}: ${errors.join('; ')}`);
  const centres = await db.query('SELECT * FROM centres ORDER BY centre_id');
  return centres.flatMap((c) => evaluateCentre(c, rubric));
}
