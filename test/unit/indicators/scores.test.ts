import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/core/sql';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import { availableScores, compileScores, scoreExpr, type ScoreSpec } from '../../../src/indicators/scores';
import { SOCIAL_CAPITAL_SCORES } from '../../../src/indicators/social-capital';

let db: Connector;
beforeAll(async () => {
  db = await openNodeDuckDB();
  await db.exec(
    `CREATE TABLE r AS SELECT * FROM (VALUES (1, 1, 0, 2, 5), (2, 4, 1, 98, 10), (3, 99, NULL, NULL, 98)) ` +
      `v(id, a, b, c, s10)`,
  );
});
afterAll(() => db.close());

const scores: ScoreSpec[] = [
  { id: 'sa', kind: 'likert4', item: 'a' },
  { id: 'sb', kind: 'binary', item: 'b' },
  { id: 'sc', kind: 'likert4', item: 'c' },
  { id: 'x10', kind: 'scale10', item: 's10' },
  { id: 'half', kind: 'mean', of: ['sa', 'sb', 'sc', 'x10'], minValid: 0.5 },
  { id: 'all', kind: 'mean', of: ['sa', 'sb'], minValid: 1 },
  { id: 'anyc', kind: 'any', items: ['a', 'c'], value: 2 },
];

describe('compileScores', () => {
  it('rescales items to 0–100 (98/99 missing, reverse-coded ones flipped) and averages when enough items are valid', async () => {
    const { sql, errors } = compileScores('r', scores, ['id', 'a', 'b', 'c', 's10'], new Set(['a', 'b', 'c']));
    expect(errors).toEqual([]);
    const rows = await db.query(`SELECT id, sa, sb, sc, x10, half, "all", anyc FROM (${sql}) ORDER BY id`);
    expect(rows).toEqual([
      {
        id: 1,
        sa: 100,
        sb: 100,
        sc: expect.closeTo(66.667, 3),
        x10: 50,
        half: expect.closeTo(79.167, 3),
        all: 100,
        anyc: 100,
      },
      { id: 2, sa: 0, sb: 0, sc: null, x10: 100, half: expect.closeTo(33.333, 3), all: 0, anyc: 0 },
      { id: 3, sa: null, sb: null, sc: null, x10: null, half: null, all: null, anyc: 0 },
    ]);
  });
  it('reports unknown inputs and clashing names as errors, not exceptions', () => {
    const { errors } = compileScores('r', [{ id: 'a', kind: 'likert4', item: 'zz' }], ['a']);
    expect(errors).toEqual(['a: unknown column "zz"', 'a: already a column']);
  });
  it('a dataset lacking items computes the scores it can, and none that need what it lacks', () => {
    expect(availableScores(scores, ['id', 'a', 'b', 's10']).map((x) => x.id)).toEqual(['sa', 'sb', 'x10', 'all']);
    expect(availableScores(SOCIAL_CAPITAL_SCORES, ['pride', 'close_kz', 'close_region']).map((x) => x.id)).toEqual([
      's_pride',
      's_close_kz',
      's_close_region',
      'sci_identity',
    ]);
  });
  it('an item not reverse-coded keeps its direction', async () => {
    const { sql } = compileScores(
      'r',
      [
        { id: 'sa', kind: 'likert4', item: 'a' },
        { id: 'x10', kind: 'scale10', item: 's10' },
      ],
      ['id', 'a', 's10'],
      new Set(['s10']),
    );
    expect(await db.query(`SELECT sa, x10 FROM (${sql}) ORDER BY id`)).toEqual([
      { sa: 0, x10: 50 },
      { sa: 100, x10: 0 },
      { sa: null, x10: null },
    ]);
  });
  it('the social capital index compiles against the demo codebook and needs all four sub-indices', () => {
    const last = SOCIAL_CAPITAL_SCORES.find((s) => s.id === 'sci')!;
    expect(last).toMatchObject({ id: 'sci', kind: 'mean', minValid: 1 });
    expect(scoreExpr(last)).toContain('>= 4');
  });
});
