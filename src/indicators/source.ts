import type { Connector } from '../data/connector';
import { type CodebookVariable, type StudyDataset, askedWaves } from '../data/study';
import { quoteIdent } from '../stats/design';
import { SCORES } from './catalog';
import type { District, Region } from '../data/reference';
import type { RegistrySource } from './registry';
import type { Source } from './run-all';
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

/** Prepare a loaded dataset for the indicators that read it: a survey gets its scores, a registry its denominators. */
export async function prepareSource(
  db: Connector, ds: StudyDataset, codebook: CodebookVariable[], ref: { regions: Region[]; districts: District[] },
): Promise<Source> {
  if (ds.kind === 'survey') return prepareSurvey(db, ds, codebook, ref.regions.map((r) => r.code));
  const registry: RegistrySource = {
    kind: 'registry', table: ds.id, year: ds.waves[ds.waves.length - 1],
    regions: ref.regions.map(({ code, population }) => ({ code, population })),
    districts: ref.districts.map(({ code, region }) => ({ code, region })),
  };
  return registry;
}
