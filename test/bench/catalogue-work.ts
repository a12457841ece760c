// The catalogue benchmark's workload, run unchanged in DuckDB-wasm (in Chromium) and in native DuckDB (Node):
// the demo population survey replicated to about a million respondents inside the engine, then every
// population-survey entry of the catalogue estimated with its SE by region × wave.
import type { Connector } from '../../src/core/sql';
import { parseRegions } from '../../src/data/reference';
import type { CodebookVariable, Study } from '../../src/data/study';
import { SCORES } from '../../src/indicators/social-capital';
import { CATALOGUE } from '../../src/indicators/catalogue';
import type { ScoreSpec } from '../../src/indicators/scores';
import { prepareSources } from '../../src/indicators/prepare';
import { runIndicators } from '../../src/indicators/run';

/** Copies of each demo respondent: 6,000 × 167 = 1,002,000 rows, each copy in its own PSUs (fpc scaled alike). */
export const REPLICAS = 167;

/** The files the workload reads, loaded by the caller (Vite imports in the page, the file system in Node). */
export interface Inputs {
  study: Study;
  codebook: CodebookVariable[];
  regionsCsv: string;
}

/** The population-survey entries of the catalogue (the ones with SEs). */
export const SURVEY_IDS = CATALOGUE.filter((e) => e.dataset === 'population').map((e) => e.id);

const KEYS = [
  'stratum',
  'psu',
  'fpc',
  'weight',
  'region',
  'wave',
  'district',
  'settlement',
  'sex',
  'age_group',
  'language',
];
const inputsOf = (s: ScoreSpec) => (s.kind === 'mean' ? [] : s.kind === 'any' ? s.items : [s.item]);
/** The survey items the entries and their scores read: the only columns generated, as small integers. */
export const ITEMS = [
  ...new Set([
    ...SCORES.population.flatMap(inputsOf),
    ...CATALOGUE.filter((e) => e.dataset === 'population').flatMap((e) => e.columns),
  ]),
].filter((c) => !KEYS.includes(c));

/** Read the demo CSV (`file` as the engine can see it) and replicate the columns the entries use into `population`. */
export async function scaleUp(db: Connector, file: string, replicas = REPLICAS): Promise<number> {
  await db.exec(`CREATE OR REPLACE TABLE population_base AS SELECT * FROM read_csv('${file}', header = true)`);
  const items = ITEMS.map((c) => `"${c}"::SMALLINT AS "${c}"`).join(', ');
  await db.exec(`CREATE OR REPLACE TABLE population AS
    SELECT stratum, psu || '-' || k AS psu, fpc * ${replicas} AS fpc, weight / ${replicas} AS weight,
      region, wave::SMALLINT AS wave, district, settlement::SMALLINT AS settlement, sex::SMALLINT AS sex,
      age_group::SMALLINT AS age_group, language::SMALLINT AS language, ${items}
    FROM population_base, range(${replicas}) r(k)`);
  await db.exec('DROP TABLE population_base');
  const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::INT AS n FROM population');
  return n;
}

const prepare = (db: Connector, input: Inputs) => {
  const ref = {
    regions: parseRegions(input.regionsCsv).map(({ code, population }) => ({ code, population })),
    districts: [],
  };
  const dataset = input.study.datasets.find((d) => d.id === 'population')!;
  return prepareSources(db, [{ dataset, codebook: input.codebook }], ref);
};

/** The result rows of the workload (for comparing engines). */
export async function computeCatalogueRows(db: Connector, input: Inputs) {
  return runIndicators(db, await prepare(db, input), ['region', 'wave'], SURVEY_IDS);
}

/** Prepare the scores (timed apart) and compute every survey entry by region × wave. */
export async function computeCatalogue(db: Connector, input: Inputs) {
  const t0 = performance.now();
  const sources = await prepare(db, input);
  const t1 = performance.now();
  const rows = await runIndicators(db, sources, ['region', 'wave'], SURVEY_IDS);
  const t2 = performance.now();
  return {
    prepare_ms: Math.round(t1 - t0),
    compute_ms: Math.round(t2 - t1),
    entries: SURVEY_IDS.length,
    result_rows: rows.length,
    ok_rows: rows.filter((r) => r.status === 'ok').length,
  };
}
