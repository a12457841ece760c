// The bare native query the CLI's `indicators demo` is measured against: native DuckDB reads the demo study's
// files and computes each population-survey share as a weighted mean by region × wave (with the national rows),
// and counts the registry's centres by region: the same aggregation with no design-based SE, no preparation,
// no status rules. Run as a process of its own, like the CLI.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { CATALOGUE } from '../../../src/indicators/catalogue';

const dir = join(process.cwd(), 'data', 'demo');
const study = JSON.parse(readFileSync(join(dir, 'study.json'), 'utf8')) as { datasets: { id: string; file: string }[] };
const instance = await DuckDBInstance.create(':memory:');
const conn = await instance.connect();
for (const d of study.datasets) {
  await conn.run(`CREATE TABLE "${d.id}" AS SELECT * FROM read_csv('${join(dir, d.file)}', nullstr = ['NA', ''])`);
}
let rows = 0;
for (const e of CATALOGUE) {
  if (e.dataset !== 'population' || e.formula.kind !== 'survey_share') continue;
  const { yes, valid, domain } = e.formula;
  const where = [valid, domain].filter(Boolean).join(' AND ');
  const sql = `SELECT region, wave, sum(weight * (${yes})::INT) / sum(weight) AS estimate, count(*) AS n
    FROM population WHERE ${where} GROUP BY GROUPING SETS ((region, wave), (wave))`;
  rows += (await conn.runAndReadAll(sql)).currentRowCount;
}
rows += (await conn.runAndReadAll('SELECT region, count(*) FROM centres GROUP BY ROLLUP (region)')).currentRowCount;
process.stdout.write(`${rows}\n`);
