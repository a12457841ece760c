import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/core/sql';
import { openNativeDuckDB } from '../../../src/data/duckdb-native';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import { type GuardOptions, type GuardedSql, type SqlRefusal, guardSql } from '../../../src/notebooks/sql-guard';

const opts: GuardOptions = {
  relations: { population: '"main"."population_t"', by_region: '"nb_by_region"' },
  params: { wave: 2025, region: 'KZ-75', note: '1; DROP TABLE population_t', flag: true, none: null },
};
const guarded = (sql: string, o = opts) => guardSql(sql, o) as GuardedSql;
const refusal = (sql: string) => {
  const r = guardSql(sql, opts) as SqlRefusal;
  return [r.refused, r.line];
};

describe('guardSql accepts one read-only query', () => {
  it.each([
    ['SELECT region, count(*) AS n FROM population GROUP BY region'],
    ['WITH w AS (SELECT * FROM population WHERE wave = 2025) SELECT * FROM w'],
    ['FROM population SELECT region'],
    ['(SELECT 1 AS x) UNION ALL (SELECT 2)'],
    ['VALUES (1, 2)'],
    ['TABLE population'],
    ['SELECT * FROM population WHERE region IN (SELECT region FROM by_region)'],
    ['SELECT region, rank() OVER (PARTITION BY wave ORDER BY n DESC) FROM by_region'],
    ["SELECT 'COPY t TO ''x''; DROP TABLE t' AS s, \"load\", \"set\" FROM population"],
    ['SELECT $$ATTACH; read_csv($$ AS s'],
    ["SELECT E'it\\'s; DROP' AS s"],
    ["SELECT * FROM population p JOIN by_region b ON p.region = b.region AND b.label = 'a.csv'"],
    ['SELECT * FROM range(3) r(x), population AS p'],
    ["SELECT extract(year FROM DATE '2025-03-01') AS y, trim(BOTH 'x' FROM 'xax') AS t"],
    ['SELECT * FROM (SUMMARIZE population)'],
    ["SELECT * FROM population WHERE region IS NOT DISTINCT FROM 'KZ-75' OR label IS DISTINCT FROM 'x'"],
    ['SELECT 1 /* nested /* ; DROP */ still a comment */ AS x -- COPY'],
    ['SELECT 1;'],
    ['WITH a AS MATERIALIZED (FROM population), "B" AS (FROM a) SELECT * FROM a JOIN b USING (region)'],
    ['SELECT * FROM POPULATION'],
    ['SELECT * FROM population UNPIVOT (score FOR item IN (a, b))'],
    ['WITH m AS (UNPIVOT (SELECT region, a, b FROM population) ON a, b INTO NAME k VALUE v) SELECT * FROM m'],
    ["WITH answers(code, answer) AS (VALUES (1, 'a')) SELECT * FROM answers a LEFT JOIN population USING (code)"],
  ])('%s', (sql) => {
    expect(guardSql(sql, opts)).toHaveProperty('sql');
  });
});

describe('guardSql refuses, naming the line', () => {
  it.each([
    ["SELECT 1\nFROM population\nWHERE x = 'open", 'unterminated', 3],
    ['SELECT 1 /* open', 'unterminated', 1],
    ['SELECT 1 AS "open', 'unterminated', 1],
    ['SELECT $$open', 'unterminated', 1],
    ['SELECT 1;\nDROP TABLE population_t', 'multiple_statements', 1],
    ['SELECT 1;;', 'multiple_statements', 1],
    ['', 'not_a_query', 1],
    ['-- only a comment', 'not_a_query', 1],
    ['EXPLAIN SELECT 1', 'not_a_query', 1],
    ['SELECT (1', 'unbalanced', 1],
    ['SELECT 1)\n, (SELECT 2', 'unbalanced', 1],
    ["COPY population TO '/tmp/x.csv'", 'forbidden_statement', 1],
    ["ATTACH '/tmp/x.db'", 'forbidden_statement', 1],
    ['INSTALL httpfs', 'forbidden_statement', 1],
    ['LOAD httpfs', 'forbidden_statement', 1],
    ["SET file_search_path = '/'", 'forbidden_statement', 1],
    ['SELECT 1 AS load', 'forbidden_statement', 1],
    ["SELECT *\nFROM read_csv('/etc/passwd')", 'forbidden_function', 2],
    ['SELECT * FROM "read_csv"(\'/etc/passwd\')', 'forbidden_function', 1],
    ["SELECT getenv('HOME')", 'forbidden_function', 1],
    ["SELECT current_setting('home_directory')", 'forbidden_function', 1],
    ["SELECT * FROM query('DROP TABLE population_t')", 'forbidden_function', 1],
    ["SELECT * FROM parquet_metadata('x')", 'forbidden_function', 1],
    ['SELECT * FROM some_reader(1)', 'forbidden_function', 1],
    ["SELECT *\n\nFROM '/etc/passwd'", 'file_reference', 3],
    ["SELECT * FROM population JOIN 'x.csv' USING (region)", 'file_reference', 1],
    ["SELECT * FROM population, 'x.csv'", 'file_reference', 1],
    ["SELECT * FROM population p JOIN by_region b ON p.a = b.a, 'x.csv'", 'file_reference', 1],
    ['SELECT * FROM "/etc/passwd"', 'file_reference', 1],
    ['SELECT * FROM x.csv', 'file_reference', 1],
    ["SELECT * FROM (FROM 'x.csv')", 'file_reference', 1],
    ["SELECT * FROM (SUMMARIZE 'x.csv')", 'file_reference', 1],
    ['SELECT * FROM population, $region', 'file_reference', 1],
    ["SELECT DISTINCT FROM 'x.csv'", 'file_reference', 1],
    ['SELECT "is" "distinct" FROM \'x.csv\'', 'file_reference', 1],
    ["SELECT * FROM population UNION ALL FROM ('x' || '.csv')", 'file_reference', 1],
    ['SELECT * FROM population WHERE wave = ?', 'positional_param', 1],
    ['SELECT * FROM population\nWHERE wave = $1', 'positional_param', 2],
    ['SELECT * FROM population WHERE wave = $year', 'unknown_param', 1],
    ['SELECT * FROM workspace_datasets', 'unknown_table', 1],
    ['SELECT * FROM population\nJOIN "workspace_notebooks" USING (id)', 'unknown_table', 2],
    ['SELECT * FROM pragma_database_list', 'unknown_table', 1],
    ['SELECT * FROM population p JOIN population q ON p.id = q.id, workspace_datasets', 'unknown_table', 1],
    ['SELECT * FROM (SUMMARIZE duckdb_settings)', 'unknown_table', 1],
    ['WITH w AS (SELECT 1) SELECT * FROM w, population_t', 'unknown_table', 1],
  ])('%j → %s at line %i', (sql, code, line) => {
    expect(refusal(sql)).toEqual([code, line]);
  });
});

describe('guardSql output', () => {
  it('binds the notebook names as CTEs and keeps the user text, comments included, the paren on its own line', () => {
    expect(guarded('SELECT * FROM population -- all').sql).toBe(
      'WITH "population" AS (SELECT * FROM "main"."population_t"), "by_region" AS (SELECT * FROM "nb_by_region")\n' +
        'SELECT * FROM (\nSELECT * FROM population -- all\n)',
    );
  });
  it('rewrites $name to $1…$n in order of first appearance, a name used twice keeping its number', () => {
    const g = guarded('SELECT $region AS r, $wave AS w, $region AS again;', { relations: {}, params: opts.params });
    expect(g).toEqual({ sql: 'SELECT * FROM (\nSELECT $1 AS r, $2 AS w, $1 AS again\n)', values: ['KZ-75', 2025] });
  });
  it('leaves $name inside strings alone', () => {
    expect(guarded("SELECT '$wave' AS s, $wave AS w").values).toEqual([2025]);
  });
});

describe.each([
  ['DuckDB-wasm', openNodeDuckDB],
  ['native DuckDB', () => openNativeDuckDB({ threads: 1 })],
] as const)('guarded SQL on %s', (_, open) => {
  let db: Connector;
  const dir = mkdtempSync(join(tmpdir(), 'sql-guard-'));
  const run = async (sql: string) => {
    const g = guardSql(sql, opts);
    if ('refused' in g) return g;
    return db.query(g.sql, g.values);
  };
  beforeAll(async () => {
    db = await open();
    await db.exec(
      'CREATE TABLE population_t AS SELECT * FROM ' +
        "(VALUES ('KZ-75', 2025, 10), ('KZ-75', 2024, 20), ('KZ-11', 2025, 30)) v(region, wave, n);" +
        "CREATE TABLE nb_by_region AS SELECT 'KZ-75' AS region, 'Almaty' AS label;" +
        'CREATE TABLE population AS SELECT 0 AS shadowed',
    );
  });
  afterAll(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs with the notebook names bound and the parameters as values', async () => {
    const sql =
      'SELECT p.region, label, sum(n) AS n, $note AS note, $flag AS flag, $none AS none\n' +
      'FROM population p JOIN by_region USING (region)\n' +
      'WHERE wave = $wave AND p.region = $region\nGROUP BY ALL -- done';
    expect(await run(sql)).toEqual([
      { region: 'KZ-75', label: 'Almaty', n: 10, note: '1; DROP TABLE population_t', flag: true, none: null },
    ]);
  });
  it('keeps the order, window functions and CTEs of the user query', async () => {
    const sql = 'WITH t AS (FROM population) SELECT wave, row_number() OVER (ORDER BY n) AS r FROM t ORDER BY n DESC';
    expect(await run(sql)).toEqual([
      { wave: 2025, r: 3 },
      { wave: 2024, r: 2 },
      { wave: 2025, r: 1 },
    ]);
  });
  it.each([
    `COPY population_t TO '${dir}/out.csv'`,
    `SELECT 1; COPY population_t TO '${dir}/out.csv'`,
    `ATTACH '${dir}/out.db'`,
    'INSTALL httpfs',
    'LOAD httpfs',
    "SELECT * FROM read_csv('/etc/passwd')",
    "FROM '/etc/passwd'",
    'SELECT 1; DROP TABLE population_t',
    'SELECT 1 AS x -- ; DROP TABLE population_t\n; DROP TABLE population_t',
  ])('%s does nothing', async (sql) => {
    expect(await run(sql)).toHaveProperty('refused');
    expect(await db.query('SELECT count(*) AS n FROM population_t')).toEqual([{ n: 3 }]);
    expect(existsSync(join(dir, 'out.csv')) || existsSync(join(dir, 'out.db'))).toBe(false);
  });
  it('a parameter holding SQL is only a value', async () => {
    expect(await run('SELECT count(*) AS n FROM population WHERE region = $note')).toEqual([{ n: 0 }]);
    expect(await db.query('SELECT count(*) AS n FROM population_t')).toEqual([{ n: 3 }]);
  });
});
