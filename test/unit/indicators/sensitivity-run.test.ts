import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/core/sql';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import { scenarioScoreSql } from '../../../src/indicators/sensitivity-run';

let db: Connector;
beforeAll(async () => {
  db = await openNodeDuckDB();
  await db.exec(
    `CREATE TABLE r AS SELECT * FROM (VALUES (1, 25.0, 100.0), (2, 0.0, 50.0), (3, NULL, 50.0)) t(id, a, b)`,
  );
});
afterAll(() => db.close());

const scores = async (weights: number[], method: 'arithmetic' | 'geometric') =>
  (
    await db.query<{ s: number | null }>(
      `SELECT ${scenarioScoreSql(['a', 'b'], { id: 'x', weights, method })} AS s FROM r ORDER BY id`,
    )
  ).map((r) => r.s);

describe('a respondent’s score under a scenario', () => {
  it('weighted arithmetic mean of the components, NULL unless every one is valid', async () => {
    expect(await scores([1, 3], 'arithmetic')).toEqual([81.25, 37.5, null]);
  });
  it('weighted geometric mean; a 0 in a weighted component gives 0, in an unweighted one nothing', async () => {
    const [first, second] = await scores([1, 1], 'geometric');
    expect(first).toBeCloseTo(50, 12);
    expect(second).toBe(0);
    expect((await scores([0, 1], 'geometric'))[1]).toBeCloseTo(50, 12);
  });
});
