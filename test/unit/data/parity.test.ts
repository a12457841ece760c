// Native DuckDB (the CLI) and DuckDB-wasm (the browser) must give the same numbers: the goldens run every query on
// both through bothEngines (test/helpers/db.ts); here the check itself, and the whole catalogue through the CLI.
import { describe, expect, it } from 'vitest';
import { openNativeDuckDB } from '../../../src/data/duckdb-native';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import { cli } from '../../helpers/cli';
import { PARITY, agree, bothEngines } from '../../helpers/parity';

describe('engine parity', () => {
  it('agree() takes numbers to 1e-12 relative and everything else exactly', () => {
    expect(agree(1 + 5e-13, 1)).toBe(true);
    expect(agree(1 + 5e-12, 1)).toBe(false);
    expect(agree([{ a: 1e9, b: 'x' }], [{ a: 1e9 * (1 + 1e-13), b: 'x' }])).toBe(true);
    expect(agree([{ a: 1, b: 'x' }], [{ a: 1, b: 'y' }])).toBe(false);
    expect(agree(null, 0)).toBe(false);
  });
  it('bothEngines() fails a query whose results differ between the engines and names the SQL', async () => {
    const db = bothEngines(await openNodeDuckDB(), await openNativeDuckDB());
    await expect(db.query('SELECT version() AS v')).rejects.toThrow(/engines differ[\s\S]*SQL: SELECT version/);
    expect(await db.query('SELECT 0.1 + 0.2 AS x')).toEqual([{ x: 0.1 + 0.2 }]);
    await db.close();
  });
  it('indicators demo --by region,wave gives the same rows on native DuckDB and DuckDB-wasm', async () => {
    const [native, wasm] = await Promise.all(
      ['native', 'wasm'].map((e) => cli('indicators', 'demo', '--by', 'region,wave', '--engine', e)),
    );
    expect([native.code, wasm.code]).toEqual([0, 0]);
    const [a, b] = [JSON.parse(native.stdout), JSON.parse(wasm.stdout)];
    expect(a.length).toBeGreaterThan(1000);
    expect(a.length).toBe(b.length);
    const off = a.filter((row: unknown, i: number) => !agree(row, b[i]));
    expect(off, `rows differing beyond ${PARITY}`).toEqual([]);
  }, 120_000);
});
