import type { Connector } from '../data/connector';
import { type CodebookVariable, type StudyDataset, askedWaves } from '../data/study';
import { quoteIdent } from '../stats/design';
import { SCORES } from './catalog';
import type { SurveySource } from './run';
import { compileScores } from './scores';

/** Create the scored table of a loaded survey table and describe it for the indicator runner. */
export async function prepareSurvey(
  db: Connector, ds: StudyDataset, codebook: CodebookVariable[], regions: string[],
): Promise<SurveySource> {
  const columns = (await db.query<{ column_name: string }>(`DESCRIBE ${quoteIdent(ds.id)}`)).map((r) => r.column_name);
  const { sql, errors } = compileScores(quoteIdent(ds.id), SCORES[ds.id] ?? [], columns);
  if (errors.length) throw new Error(`scores of ${ds.id}: ${errors.join('; ')}`);
  const view = `${ds.id}_scored`;
  // Materialised (a temporary table, never persisted): every estimate reads the scores, so compute them once.
  await db.exec(`CREATE OR REPLACE TEMP TABLE ${quoteIdent(view)} AS ${sql}`);
  return { table: quoteIdent(view), design: ds.design, askedWaves: askedWaves(codebook), waves: ds.waves, regions };
}
