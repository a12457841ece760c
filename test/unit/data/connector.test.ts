import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/core/sql';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';

let db: Connector;
beforeAll(async () => void (db = await openNodeDuckDB()));
afterAll(() => db.close());

describe('the DuckDB-wasm connector', () => {
  it('query() returns plain rows with BIGINT as number', async () => {
    expect(await db.query('SELECT 2::BIGINT AS a, 1.5::DECIMAL(4,2) AS b, \'x\' AS c')).toEqual([{ a: 2, b: 1.5, c: 'x' }]);
  });
  it('transaction() rolls back everything when the work fails', async () => {
    await db.exec('CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1)');
    await expect(db.transaction(async (c) => {
      await c.exec('INSERT INTO t VALUES (2)');
      await c.exec('DROP TABLE t');
      await c.query('SELECT * FROM no_such_table');
    })).rejects.toThrow(/no_such_table/);
    expect(await db.query('SELECT x FROM t')).toEqual([{ x: 1 }]);
  });
  it('a failed query carries its SQL', async () => {
    await expect(db.query('SELEC 1')).rejects.toThrow(/SQL Query: SELEC 1/);
  });
  it('never downloads an extension: Parquet fails cleanly and the instance keeps working', async () => {
    await expect(db.query("SELECT * FROM read_parquet('x.parquet')")).rejects.toThrow(/parquet/i);
    expect(await db.query('SELECT 41 + 1 AS v')).toEqual([{ v: 42 }]);
  });
  it('the extension settings are locked against user SQL', async () => {
    await expect(db.exec('SET autoload_known_extensions = true')).rejects.toThrow(/lock/i);
  });
  it('registerText() makes text readable by read_csv', async () => {
    await db.registerText('mem/a.csv', 'x,y\n1,a\n2,b\n');
    expect(await db.query("SELECT sum(x) AS s FROM read_csv('mem/a.csv')")).toEqual([{ s: 3 }]);
  });
  it('insertArrow() creates a table from an Arrow IPC stream', async () => {
    const ipc = tableToIPC(tableFromArrays({ a: Int32Array.from([1, 2, 3]) }), 'stream');
    await db.insertArrow('arrow_t', ipc);
    expect(await db.query('SELECT sum(a) AS s FROM arrow_t')).toEqual([{ s: 6 }]);
  });
});
