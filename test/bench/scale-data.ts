// The scale benchmark's data, generated inside native DuckDB and written as hive-partitioned Parquet with a
// study.json, so `indicators FOLDER` and the catalogue read it as they read any study folder.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Connector } from '../../src/core/sql';
import type { CodebookVariable, Study } from '../../src/data/study';
import { ITEMS } from './catalogue-work';

/** Dataset id of the civic-control reports (the Atameken catalogue entries read it, once they exist). */
export const CIVIC = 'civic_control';
export const TOPICS = ['utilities', 'roads', 'transport', 'landscaping', 'ecology', 'social', 'safety', 'other'];
const SEED = 20261203;
const read = (f: string) => readFileSync(f, 'utf8');

/** A uniform number in [0, 1) from a hash of the row number, a stream name and the seed (deterministic in parallel). */
const uniform = (row: string, stream: string) => `(hash(${row}, '${stream}', ${SEED}) % 1000000) / 1e6`;

/**
 * 10 million reports by default: a district drawn uniformly from the 224 (its region with it), a topic, a filing
 * day in 2021–2025; 80% done after an exponential wait (mean 20 days), unless that falls after 2025, solved by a state
 * body (80%) or by the citizens themselves. `year` (of filing) is the partition key beside `region`.
 */
export function reportsSql(reports: number, districtsCsv: string): string {
  const u = (s: string) => uniform('i', s);
  const wait = `(1 + floor(-ln(1 - ${u('wait')}) * 20))::INT`;
  return `WITH d AS (SELECT row_number() OVER (ORDER BY code) - 1 AS k, code, region
      FROM read_csv('${districtsCsv}', header = true)),
    r AS (SELECT i, DATE '2021-01-01' + floor(${u('day')} * 1826)::INT AS date_filed,
      floor(${u('district')} * (SELECT count(*) FROM d))::INT AS k, ${wait} AS wait FROM range(${reports}) t(i)),
    s AS (SELECT r.*, ${u('done')} < 0.8 AND date_filed + wait <= DATE '2025-12-31' AS done FROM r)
    SELECT i + 1 AS id, d.region, d.code AS district, list_extract(${JSON.stringify(TOPICS).replace(/"/g, "'")},
      1 + floor(${u('topic')} * ${TOPICS.length})::INT) AS topic, date_filed,
      CASE WHEN done THEN 'done' ELSE 'in_work' END AS status,
      CASE WHEN done THEN date_filed + wait END AS date_done,
      CASE WHEN NOT done THEN NULL WHEN ${u('who')} < 0.8 THEN 'state_body' ELSE 'citizens' END AS solved_by,
      year(date_filed)::INT AS "year"
    FROM s JOIN d USING (k)`;
}

/** Copies of each demo respondent for `respondents` in all (each copy in its own PSUs, the fpc scaled alike). */
export const replicasFor = (respondents: number) => Math.max(1, Math.round(respondents / 6000));

/** The demo population survey replicated to about `respondents`, only the columns the survey entries read. */
export function respondentsSql(respondents: number, demoCsv: string): string {
  const k = replicasFor(respondents);
  const items = ITEMS.map((c) => `"${c}"::SMALLINT AS "${c}"`).join(', ');
  return `SELECT stratum, psu || '-' || r AS psu, fpc * ${k} AS fpc, weight / ${k} AS weight,
      region, wave::SMALLINT AS wave, district, settlement::SMALLINT AS settlement, sex::SMALLINT AS sex,
      age_group::SMALLINT AS age_group, language::SMALLINT AS language, ${items}
    FROM read_csv('${demoCsv}', header = true), range(${k}) t(r)`;
}

const L = (en: string, ru: string, kk: string) => ({ ru, kk, en });

/** The civic-control codebook (names as the Atameken dataset has them; `year` is the partition key). */
const CIVIC_CODEBOOK: CodebookVariable[] = [
  { name: 'id', label: L('Report', 'Обращение', 'Өтініш'), level: 'id', type: 'BIGINT' },
  { name: 'region', label: L('Region', 'Регион', 'Өңір'), level: 'nominal', type: 'VARCHAR' },
  { name: 'district', label: L('District', 'Район', 'Аудан'), level: 'nominal', type: 'VARCHAR' },
  { name: 'topic', label: L('Topic', 'Тема', 'Тақырып'), level: 'nominal', type: 'VARCHAR' },
  { name: 'date_filed', label: L('Date filed', 'Дата подачи', 'Берілген күні'), level: 'scale', type: 'DATE' },
  { name: 'status', label: L('Status', 'Статус', 'Мәртебесі'), level: 'nominal', type: 'VARCHAR' },
  { name: 'date_done', label: L('Date done', 'Дата решения', 'Шешілген күні'), level: 'scale', type: 'DATE' },
  { name: 'solved_by', label: L('Solved by', 'Кем решено', 'Кім шешті'), level: 'nominal', type: 'VARCHAR' },
  { name: 'year', label: L('Year filed', 'Год подачи', 'Берілген жылы'), level: 'ordinal', type: 'INTEGER' },
];

/**
 * Write both datasets under `dir` as hive-partitioned Parquet (population by wave × region, reports by year ×
 * region) with their codebooks and a study.json; returns the rows written and the seconds each took.
 */
export async function writeScaleStudy(db: Connector, dir: string, sizes: { reports: number; respondents: number }) {
  mkdirSync(dir, { recursive: true });
  const demo = JSON.parse(read('data/demo/study.json')) as Study;
  const pop = demo.datasets.find((d) => d.id === 'population')!;
  const t0 = performance.now();
  await db.exec(`COPY (${respondentsSql(sizes.respondents, resolve('data/demo/population-survey.csv'))})
    TO '${join(dir, 'population')}' (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (wave, region))`);
  const t1 = performance.now();
  await db.exec(`COPY (${reportsSql(sizes.reports, resolve('data/reference/districts.csv'))})
    TO '${join(dir, CIVIC)}' (FORMAT parquet, COMPRESSION zstd, PARTITION_BY ("year", region))`);
  const t2 = performance.now();
  const kept = new Set(['stratum', 'psu', 'fpc', 'weight', 'region', 'wave', 'district', 'settlement', 'sex']);
  ['age_group', 'language', ...ITEMS].forEach((c) => kept.add(c));
  const popCodebook = (JSON.parse(read('data/demo/population-codebook.json')) as CodebookVariable[])
    .filter((v) => kept.has(v.name))
    .map((v) => ({ ...v, type: v.name === 'wave' ? 'SMALLINT' : v.type }));
  writeFileSync(join(dir, 'population-codebook.json'), JSON.stringify(popCodebook));
  writeFileSync(join(dir, `${CIVIC}-codebook.json`), JSON.stringify(CIVIC_CODEBOOK));
  const civic = {
    id: CIVIC,
    kind: 'registry' as const,
    title: L('Civic control reports (synthetic)', 'Гражданский контроль (синтетика)', 'Азаматтық бақылау (синтетика)'),
    file: CIVIC,
    format: 'parquet' as const,
    partition_by: ['year', 'region'],
    codebook: `${CIVIC}-codebook.json`,
    design: { ids: null, strata: null, weights: null, fpc: null },
    waves: [2021, 2022, 2023, 2024, 2025],
    region_coding: "Today's 20 units",
  };
  const population = {
    ...pop,
    file: 'population',
    format: 'parquet' as const,
    partition_by: ['wave', 'region'],
    codebook: 'population-codebook.json',
  };
  const study: Study = { ...demo, id: 'scale-bench', datasets: [population, civic] };
  writeFileSync(join(dir, 'study.json'), JSON.stringify(study, null, 1));
  const [{ n }] = await db.query<{ n: number }>(
    `SELECT count(*)::BIGINT AS n FROM read_parquet('${join(dir, 'population', '**', '*.parquet')}')`,
  );
  return {
    respondents: n,
    reports: sizes.reports,
    write_s: { population: (t1 - t0) / 1000, civic_control: (t2 - t1) / 1000 },
  };
}
