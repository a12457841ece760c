import { tableFromArrays, tableFromIPC, tableToIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/core/sql';
import { openNativeDuckDB } from '../../../src/data/duckdb-native';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import { runTransaction } from '../../../src/data/connector';

// An extension each engine lacks: the wasm build has no Parquet reader built in; native DuckDB has, but no spatial.
describe.each([
  ['DuckDB-wasm', openNodeDuckDB, "SELECT * FROM read_parquet('x.parquet')", /parquet/i],
  ['native DuckDB', () => openNativeDuckDB({ threads: 2 }), 'LOAD spatial', /spatial/i],
] as const)('the %s connector', (_, open, missingExtension, named) => {
  let db: Connector;
  beforeAll(async () => void (db = await open()));
  afterAll(() => db.close());

  it('query() returns plain rows with BIGINT as number', async () => {
    const rows = await db.query("SELECT 2::BIGINT AS a, 1.5::DECIMAL(4,2) AS b, 'x' AS c");
    expect(rows).toEqual([{ a: 2, b: 1.5, c: 'x' }]);
  });
  it('query() gives dates and timestamps as epoch milliseconds', async () => {
    expect(await db.query("SELECT DATE '2025-03-01' AS d, TIMESTAMP '2025-03-01 10:00:00' AS ts")).toEqual([
      { d: Date.UTC(2025, 2, 1), ts: Date.UTC(2025, 2, 1, 10) },
    ]);
  });
  it('transaction() rolls back everything when the work fails', async () => {
    await db.exec('CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1)');
    await expect(
      db.transaction(async (c) => {
        await c.exec('INSERT INTO t VALUES (2)');
        await c.exec('DROP TABLE t');
        await c.query('SELECT * FROM no_such_table');
      }),
    ).rejects.toThrow(/no_such_table/);
    expect(await db.query('SELECT x FROM t')).toEqual([{ x: 1 }]);
  });
  it('query() binds parameters to $1, $2, … as values: integers, doubles, text, booleans and null', async () => {
    const sql = 'SELECT $1 AS i, $2 AS d, $3 AS s, $4 AS b, $5 AS n, $1 * 2 AS twice, $6 + 1 AS big';
    expect(await db.query(sql, [3, 1.25, 'ä', true, null, 1e10])).toEqual([
      { i: 3, d: 1.25, s: 'ä', b: true, n: null, twice: 6, big: 1e10 + 1 },
    ]);
  });
  it('a parameter holding SQL text is only a string', async () => {
    await db.exec('CREATE TABLE kept (x INTEGER); INSERT INTO kept VALUES (1), (2)');
    const rows = await db.query('SELECT count(*) AS n, $1 AS v FROM kept WHERE x >= $2', ['1; DROP TABLE kept', 2]);
    expect(rows).toEqual([{ n: 1, v: '1; DROP TABLE kept' }]);
    expect(await db.query('SELECT count(*) AS n FROM kept')).toEqual([{ n: 2 }]);
  });
  it('a query with parameters is one statement: SQL chained before it is refused, not run', async () => {
    await expect(db.query('DROP TABLE kept; SELECT $1 AS v', [1])).rejects.toThrow(/multiple statements/i);
    expect(await db.query('SELECT count(*) AS n FROM kept')).toEqual([{ n: 2 }]);
  });
  it('a failed query carries its SQL', async () => {
    await expect(db.query('SELEC 1')).rejects.toThrow(/SQL Query: SELEC 1/);
    await expect(db.query('SELECT $1 + no_such_column', [1])).rejects.toThrow(/SQL Query: SELECT \$1/);
  });
  it('never downloads an extension: one that is not built in fails cleanly and the instance keeps working', async () => {
    await expect(db.exec(missingExtension)).rejects.toThrow(named);
    expect(await db.query('SELECT 41 + 1 AS v')).toEqual([{ v: 42 }]);
  });
  it('the extension settings are locked against user SQL', async () => {
    await expect(db.exec('SET autoload_known_extensions = true')).rejects.toThrow(/lock/i);
  });
  it('registerText() makes text readable by read_csv; dropFile() forgets it', async () => {
    await db.registerText('mem/a.csv', 'x,y\n1,a\n2,b\n');
    expect(await db.query("SELECT sum(x) AS s FROM read_csv('mem/a.csv')")).toEqual([{ s: 3 }]);
    await db.dropFile('mem/a.csv');
    await expect(db.query("SELECT * FROM read_csv('mem/a.csv')")).rejects.toThrow();
  });
  it('insertArrow() creates a table from an Arrow IPC stream', async () => {
    const ipc = tableToIPC(tableFromArrays({ a: Int32Array.from([1, 2, 3]) }), 'stream');
    await db.insertArrow('arrow_t', ipc);
    expect(await db.query('SELECT sum(a) AS s FROM arrow_t')).toEqual([{ s: 6 }]);
  });
  it('exportArrow() and insertArrow() round-trip numbers, text, booleans, dates and nulls', async () => {
    const sql = "SELECT * FROM (VALUES (1.5, 'ä', true, DATE '2024-02-29'), (NULL, NULL, NULL, NULL)) v(x, s, b, d)";
    const ipc = await db.exportArrow(sql);
    expect(tableFromIPC(ipc).numRows).toBe(2);
    await db.insertArrow('round_trip', ipc);
    expect(await db.query('SELECT * FROM round_trip')).toEqual(await db.query(sql));
  });
});

describe('the native connector', () => {
  it('keeps virtual files inside its own folder', async () => {
    const db = await openNativeDuckDB();
    await expect(db.registerText('../../escape.csv', 'x\n1\n')).rejects.toThrow(/invalid virtual file/);
    await db.close();
  });
});

describe('a transaction whose COMMIT fails', () => {
  it('throws the COMMIT’s error, not that of the ROLLBACK after it (DuckDB has already ended the transaction)', async () => {
    const said: string[] = [];
    const db = {
      exec: async (sql: string) => {
        said.push(sql);
        if (sql === 'COMMIT') throw new Error('IO Error: QuotaExceededError');
        if (sql === 'ROLLBACK') throw new Error('TransactionContext Error: cannot rollback - no transaction is active');
      },
    } as unknown as Connector;
    await expect(runTransaction(db, async (c) => c.exec('INSERT 1'))).rejects.toThrow(/QuotaExceededError/);
    expect(said).toEqual(['BEGIN TRANSACTION', 'INSERT 1', 'COMMIT', 'ROLLBACK']);
  });
});
