// One notebook on DuckDB-wasm (the app's engine, its blocking build under Node) and native DuckDB (the CLI's):
// the same cells, the same numbers, the same inline values and fingerprints; and the district-estimates notebook.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notebookEnvFromStudy } from '../../../src/cli/notebook-env';
import type { Connector } from '../../../src/core/sql';
import { openNativeDuckDB } from '../../../src/data/duckdb-native';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import { runNotebook } from '../../../src/notebooks/run';
import type { NotebookRun } from '../../../src/notebooks/types';
import { checkNotebook } from '../../../src/notebooks/validate';
import { SHAPES } from './chart-env';
import { notebookOf } from './demo-env';

const nb = notebookOf(
  [
    [
      'sql id=counts',
      'SELECT region, count(*) AS n, avg(trust_gen10) AS mean\nFROM population WHERE wave = $wave\nGROUP BY ALL',
    ],
    ['indicator id=sci entry=sci wave=$wave', 'by: region'],
    [
      'sql id=joined',
      'SELECT s.region, s.estimate, c.n, c.mean FROM sci s JOIN counts c USING (region) ORDER BY region',
    ],
    ['crosstab id=xt dataset=population rows=settlement cols=trust_gen wave=$wave'],
    ['estimate id=means dataset=population mode=means y=trust_gen10 rows=region wave=$wave'],
    ['change id=ch dataset=population rows=volunteered'],
    ['transform id=wide from=joined', 'steps:\n  - derive: { per: "d.estimate / d.n" }\n  - orderby: [{ desc: per }]'],
    ['table data=wide columns=region,per decimals=3'],
  ],
  { prose: 'The index is {sci.KZ-75.$wave}; ${counts[region=KZ-75].mean}.' },
);

const districts = checkNotebook(
  readFileSync(new URL('../../../notebooks/district-estimates.md', import.meta.url), 'utf8'),
).notebook;

let dbs: Connector[] = [];
const runs: NotebookRun[] = [];
const districtRuns: NotebookRun[] = [];
beforeAll(async () => {
  dbs = [await openNodeDuckDB(), await openNativeDuckDB({ threads: 1 })];
  for (const db of dbs) {
    const env = { ...(await notebookEnvFromStudy(db, 'demo', 'ru')), shapes: SHAPES };
    runs.push(await runNotebook(nb, env));
    districtRuns.push(await runNotebook(districts, env));
  }
}, 240_000);
afterAll(async () => {
  for (const db of dbs) await db.close();
});

/** Numbers to 9 significant digits (the engines sum in different orders). */
const rounded = (x: unknown): unknown =>
  typeof x === 'number'
    ? Number(x.toPrecision(9))
    : Array.isArray(x)
      ? x.map(rounded)
      : x && typeof x === 'object'
        ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, rounded(v)]))
        : x;

describe('a notebook on DuckDB-wasm and native DuckDB', () => {
  it('every cell runs on both, with the same columns and numbers', () => {
    const [wasm, native] = runs;
    expect(wasm.cells.map((c) => [c.id, c.status, c.error])).toEqual(nb.cells.map((c) => [c.id, 'ok', null]));
    wasm.cells.forEach((c, i) => {
      expect(native.cells[i].table!.columns).toEqual(c.table!.columns);
      expect(rounded(native.cells[i].table!.rows)).toEqual(rounded(c.table!.rows));
    });
    expect(wasm.cells[2].table!.rows).toHaveLength(20);
  });
  it('the same inline values (in the reader’s language) and fingerprints', () => {
    const [wasm, native] = runs;
    expect(native.values).toEqual(wasm.values);
    expect(wasm.values['{sci.KZ-75.$wave}'].text).toMatch(/^\d+,\d \(95% ДИ: \d+,\d–\d+,\d\)$/);
    expect(native.datasets).toEqual(wasm.datasets);
    expect(wasm.datasets.population.actual!.rows).toBe(6000);
  });
});

describe('district-estimates.md on DuckDB-wasm and native DuckDB', () => {
  it('every cell runs on both, the model-based estimates equal to 9 significant digits', () => {
    const [wasm, native] = districtRuns;
    expect(wasm.cells.map((c) => [c.id, c.status, c.error])).toEqual(districts.cells.map((c) => [c.id, 'ok', null]));
    wasm.cells.forEach((c, i) => expect(rounded(native.cells[i].table!.rows), c.id).toEqual(rounded(c.table!.rows)));
    expect(native.values).toEqual(wasm.values);
  });
});
