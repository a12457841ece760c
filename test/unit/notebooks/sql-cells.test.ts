// SQL cells on native DuckDB: bound parameters, named results read by later SQL, refusals with their file line,
// and the run's temporary tables dropped when it ends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/core/sql';
import type { NotebookEnv } from '../../../src/notebooks/env';
import { runCells, runParams } from '../../../src/notebooks/run';
import type { CellResult, Scalar } from '../../../src/notebooks/types';
import { notebookOf, openDemoEnv } from './demo-env';

let db: Connector;
let env: NotebookEnv;
beforeAll(async () => {
  ({ db, env } = await openDemoEnv());
}, 120_000);
afterAll(() => db.close());

async function run(cells: [string, string?][], params?: string, given: Record<string, Scalar> = {}) {
  const nb = notebookOf(cells, { params });
  return runCells(nb, env, runParams(nb, given));
}
const tempTables = async () =>
  (await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name LIKE 'nb_%'`))[0]
    .n;
const populationRows = async () =>
  (await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM population'))[0].n;

describe('sql cells', () => {
  it('a query over a dataset with $wave bound gives what DuckDB gives directly, typed columns', async () => {
    const [r] = await run([
      [
        'sql id=by_region',
        [
          'SELECT region, count(*) AS n, avg(trust_gen10) AS mean',
          'FROM population WHERE wave = $wave',
          'GROUP BY region ORDER BY region',
        ].join('\n'),
      ],
    ]);
    const direct = await db.query(
      'SELECT region, count(*) AS n, avg(trust_gen10) AS mean FROM population WHERE wave = 2025 ' +
        'GROUP BY region ORDER BY region',
    );
    expect(r.status).toBe('ok');
    expect(r.table!.rows).toEqual(direct);
    expect(r.table!.rows).toHaveLength(20);
    expect(r.table!.columns).toEqual([
      { name: 'region', type: 'string' },
      { name: 'n', type: 'number' },
      { name: 'mean', type: 'number' },
    ]);
  });
  it('later SQL reads an earlier SQL result and an indicator result by name', async () => {
    const [, , joined] = await run([
      ['sql id=counts', 'SELECT region, count(*) AS n FROM population WHERE wave = $wave GROUP BY region'],
      ['indicator id=sci entry=sci wave=$wave', 'by: region'],
      [
        'sql id=both',
        'SELECT s.region, s.estimate, c.n FROM sci s JOIN counts c USING (region) ORDER BY s.estimate DESC LIMIT 1',
      ],
    ]);
    expect(joined.status).toBe('ok');
    const sci = (await env.indicators(['sci'], ['region', 'wave'])).filter((r) => r.wave === 2025 && r.region);
    const top = sci.reduce((a, b) => (b.estimate! > a.estimate! ? b : a));
    expect(joined.table!.rows[0].region).toBe(top.region);
    expect(joined.table!.rows[0].estimate).toBe(top.estimate);
    expect(joined.table!.rows[0].n).toBeGreaterThan(0);
  });
  it('a parameter holding SQL is a value: it matches no row, and the table survives', async () => {
    const before = await populationRows();
    const [r] = await run(
      [['sql id=q', 'SELECT count(*) AS n FROM population WHERE region = $region']],
      'region: KZ-75',
      { region: "KZ-75'; DROP TABLE population; --" },
    );
    expect(r.status).toBe('ok');
    expect(r.table!.rows).toEqual([{ n: 0 }]);
    const [w] = await run([['sql', 'SELECT count(*) AS n FROM population WHERE wave = $wave']], 'wave: 2025', {
      wave: '2025; DROP TABLE population',
    });
    expect(w.status).toBe('error');
    expect(await populationRows()).toBe(before);
  });
  it('COPY, ATTACH, INSTALL, read_csv and a file in FROM are refused with the line in the file, and never run', async () => {
    const cells: [string, string][] = [
      ['sql id=a', "SELECT 1 AS x;\nCOPY population TO '/tmp/x.csv'"],
      ['sql id=b', "ATTACH '/tmp/evil.db' AS evil"],
      ['sql id=c', 'INSTALL httpfs'],
      ['sql id=d', "SELECT *\nFROM read_csv('/etc/passwd')"],
      ['sql id=e', "SELECT * FROM '/etc/passwd'"],
    ];
    const results = await run(cells);
    expect(results.map((r) => [r.status, r.error?.code, r.error?.line])).toEqual([
      ['error', 'multiple_statements', 10],
      ['error', 'forbidden_statement', 15],
      ['error', 'forbidden_statement', 19],
      ['error', 'forbidden_function', 24],
      ['error', 'file_reference', 28],
    ]);
    expect(results.every((r: CellResult) => r.error!.cell)).toBe(true);
    expect((await db.query("SELECT * FROM duckdb_databases() WHERE database_name = 'evil'")).length).toBe(0);
  });
  it('a result made outside SQL reaches SQL as quoted values: text holding SQL is read back as text', async () => {
    const before = await populationRows();
    const evil = "it's'); DROP TABLE population; --";
    const [, , back] = await run([
      ['sql id=one', 'SELECT 1.1 AS x'],
      [
        'transform id=t from=one',
        `steps:\n  - derive: { name: ${JSON.stringify(JSON.stringify(evil))}, y: "d.x / 3" }`,
      ],
      ['sql id=back', 'SELECT name, y, x FROM t'],
    ]);
    expect(back.error).toBeNull();
    expect(back.table!.rows).toEqual([{ name: evil, y: 1.1 / 3, x: 1.1 }]);
    expect(await populationRows()).toBe(before);
  });
  it('named results live in temporary tables of the run and are dropped when it ends, even after an error', async () => {
    await run([
      ['sql id=a', 'SELECT 1 AS x'],
      ['sql id=b', 'SELECT x + 1 AS y FROM a'],
      ['sql id=c', 'SELECT no_such_column FROM b'],
    ]);
    expect(await tempTables()).toBe(0);
  });
  it('two runs at once keep their results apart', async () => {
    const one = run([
      ['sql id=a', 'SELECT 1 AS x'],
      ['sql id=b', 'SELECT x FROM a'],
    ]);
    const two = run([
      ['sql id=a', 'SELECT 2 AS x'],
      ['sql id=b', 'SELECT x FROM a'],
    ]);
    const [r1, r2] = await Promise.all([one, two]);
    expect([r1, r2].flat().map((r) => [r.status, r.error])).toEqual(Array(4).fill(['ok', null]));
    expect(r1[1].table!.rows).toEqual([{ x: 1 }]);
    expect(r2[1].table!.rows).toEqual([{ x: 2 }]);
  });
  it('a failing query names its cell and the line DuckDB points at; SQL reading it is skipped', async () => {
    const [bad, reader, typo] = await run([
      ['sql id=bad', 'SELECT region,\n  no_such_column\nFROM population'],
      ['sql id=reader', 'SELECT * FROM bad'],
      ['sql id=typo', 'SELECT 1 AS x\nFROM population WHERE wave = = 1'],
    ]);
    expect(bad.error).toMatchObject({ code: 'cell_failed', cell: 'bad', line: 11 });
    expect(bad.error!.detail).toMatch(/^Binder Error: Referenced column "no_such_column" not found/);
    expect(bad.error!.detail).not.toMatch(/LINE|SELECT \* FROM \(/);
    expect(reader.status).toBe('skipped');
    expect(typo.error).toMatchObject({ code: 'cell_failed', cell: 'typo', line: 21 });
  });
});
