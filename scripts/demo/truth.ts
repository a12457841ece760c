import type { Connector } from '../../src/core/sql';
import { loadCsvText } from '../../src/data/load-csv';
import { SCORES } from '../../src/indicators/social-capital';
import { CATALOGUE } from '../../src/indicators/catalogue';
import { toEstimateSpec } from '../../src/indicators/survey';
import { compileScores } from '../../src/indicators/scores';
import { estimate } from '../../src/stats/estimate';
import { SRS } from '../../src/core/design';
import { toCsv } from './csv';
import type { Record_ } from './sample';

/**
 * The model's expected value of each population-survey indicator per region × wave: the plain mean over a large
 * Monte-Carlo draw from the same respondent model (no sampling design), scored by the same SQL.
 */
export async function computeTruth(
  db: Connector,
  population: Record_[],
  columns: string[],
  reversed: ReadonlySet<string>,
) {
  const cols = [
    'wave',
    'region',
    'weight',
    ...columns.filter((c) => !['wave', 'region', 'weight'].includes(c) && c in population[0]),
  ];
  await loadCsvText(db, 'truth_pop', 'truth_pop.csv', toCsv(population, cols));
  const { sql } = compileScores('truth_pop', SCORES.population, cols, reversed);
  await db.exec(`CREATE OR REPLACE TABLE truth_scored AS ${sql}`);
  const out: Record<string, Record<string, number | null>> = {};
  for (const spec of CATALOGUE.filter((i) => i.dataset === 'population')) {
    const rows = await estimate(db, 'truth_scored', SRS, toEstimateSpec(spec, ['region', 'wave']));
    const scale = spec.unit === 'percent' ? 100 : 1;
    out[spec.id] = Object.fromEntries(
      rows.map((r) => [`${r.by[0]}|${r.by[1]}`, r.estimate === null ? null : Number((r.estimate * scale).toFixed(3))]),
    );
  }
  await db.exec('DROP TABLE truth_scored; DROP TABLE truth_pop');
  return out;
}
