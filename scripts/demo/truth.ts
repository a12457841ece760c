import type { Connector } from '../../src/core/sql';
import { loadCsvText } from '../../src/data/load-csv';
import { SCORES } from '../../src/indicators/social-capital';
import { CATALOGUE } from '../../src/indicators/catalogue';
import { toEstimateSpec } from '../../src/indicators/survey';
import { compileScores } from '../../src/indicators/scores';
import { estimate } from '../../src/stats/estimate';
import { SRS } from '../../src/core/design';
import { toCsv } from './csv';
import { ASSUMPTIONS } from './frame';
import type { Record_ } from './sample';

export type Truth = Record<string, Record<string, number | null>>;

/**
 * The model's expected value of each population-survey indicator per region × wave (or the cells `by` names, keyed
 * by their values joined with `|`): the plain mean over a large Monte-Carlo draw from the same respondent model (no
 * sampling design), scored by the same SQL.
 */
export async function computeTruth(
  db: Connector,
  population: Record_[],
  columns: string[],
  reversed: ReadonlySet<string>,
  by: string[] = ['region', 'wave'],
): Promise<Truth> {
  const keys = ['wave', 'region', 'district', 'weight'].filter((c) => c in population[0]);
  const cols = [...keys, ...columns.filter((c) => !keys.includes(c) && c in population[0])];
  await loadCsvText(db, 'truth_pop', 'truth_pop.csv', toCsv(population, cols));
  const { sql } = compileScores('truth_pop', SCORES.population, cols, reversed);
  await db.exec(`CREATE OR REPLACE TABLE truth_scored AS ${sql}`);
  const out: Truth = {};
  for (const spec of CATALOGUE.filter((i) => i.dataset === 'population')) {
    const rows = await estimate(db, 'truth_scored', SRS, toEstimateSpec(spec, by));
    const scale = spec.unit === 'percent' ? 100 : 1;
    out[spec.id] = Object.fromEntries(
      rows.map((r) => [r.by.join('|'), r.estimate === null ? null : Number((r.estimate * scale).toFixed(3))]),
    );
  }
  await db.exec('DROP TABLE truth_scored; DROP TABLE truth_pop');
  return out;
}

/** Merge truths of disjoint cells, indicator by indicator, cells in key order. */
function mergeTruth(parts: Truth[]): Truth {
  const out: Truth = {};
  for (const part of parts) for (const [id, cells] of Object.entries(part)) Object.assign((out[id] ??= {}), cells);
  for (const id of Object.keys(out))
    out[id] = Object.fromEntries(Object.entries(out[id]).sort(([a], [b]) => (a < b ? -1 : 1)));
  return out;
}

/**
 * The truth by district × wave, one region's draw at a time (`draw(region, waves)`), which keeps memory small;
 * `cells` (`KZ-75|2025`) restricts it to those regions' districts in those waves.
 */
export async function computeDistrictTruth(
  db: Connector,
  regions: string[],
  draw: (region: string, waves: number[]) => Record_[],
  scoring: { columns: string[]; reversed: ReadonlySet<string> },
  cells?: ReadonlySet<string>,
): Promise<Truth> {
  const parts: Truth[] = [];
  for (const region of regions) {
    const waves = ASSUMPTIONS.waves.filter((w) => !cells || cells.has(`${region}|${w}`));
    if (!waves.length) continue;
    const population = draw(region, waves);
    parts.push(await computeTruth(db, population, scoring.columns, scoring.reversed, ['district', 'wave']));
  }
  return mergeTruth(parts);
}
