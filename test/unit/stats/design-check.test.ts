import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/core/sql';
import { checkDesign } from '../../../src/stats/design-check';
import { openWithFixtures } from '../../helpers/db';

let db: Connector;
beforeAll(async () => {
  db = await openWithFixtures('apistrat', 'apistrat-lonely', 'apiclus1');
  await db.exec(
    `CREATE TABLE holes AS SELECT * REPLACE (CASE WHEN snum % 50 = 0 THEN NULL ELSE pw END AS pw, ` +
      `CASE WHEN stype = 'H' THEN 3 ELSE fpc END AS fpc) FROM apistrat`,
  );
});
afterAll(() => db.close());

describe('checkDesign', () => {
  it('a sound design: PSUs, strata and df, nothing to report', async () => {
    expect(await checkDesign(db, '"apiclus1"', { ids: 'dnum', strata: null, weights: 'pw', fpc: 'fpc' })).toEqual({
      errors: [],
      warnings: [],
      psus: 15,
      strata: 1,
      df: 14,
    });
  });
  it('a negative weight is an error and a zero weight a warning, each naming the column and its first data rows', async () => {
    await db.exec(
      `CREATE TABLE signs AS SELECT * FROM (VALUES (1, 1.5), (2, -1.0), (3, 0.0), (4, 2.0), (5, -2.0), (6, 0.0)) ` +
        `v(psu, w)`,
    );
    const c = await checkDesign(db, 'signs', { ids: 'psu', strata: null, weights: 'w', fpc: null });
    expect(c.errors).toEqual([{ code: 'negative_weights', count: 2, example: 'w', rows: [2, 5] }]);
    expect(c.warnings).toEqual([{ code: 'zero_weights', count: 2, example: 'w', rows: [3, 6] }]);
  });
  it('warns about a stratum with one PSU, naming it', async () => {
    const c = await checkDesign(db, '"apistrat-lonely"', { ids: null, strata: 'stype', weights: 'pw', fpc: null });
    expect(c.warnings).toEqual([{ code: 'lonely_psu', stage: 1, count: 1, example: 'X' }]);
  });
  it('PSUs in several strata without nest, missing weights and an fpc below the sample are errors', async () => {
    const c = await checkDesign(db, 'holes', { ids: 'dnum', strata: 'stype', weights: 'pw', fpc: 'fpc' });
    expect(c.errors.map((e) => e.code).sort()).toEqual(['fpc_below_sample', 'missing_weights', 'not_nested']);
    const nested = await checkDesign(db, 'holes', {
      ids: 'dnum',
      strata: 'stype',
      weights: 'pw',
      fpc: null,
      nest: true,
    });
    expect(nested.errors.map((e) => e.code)).toEqual(['missing_weights']);
  });
});

describe('checkDesign in a domain', () => {
  it('counts the PSUs and strata the domain analysis uses (dclus1: districts with a high school)', async () => {
    const c = await checkDesign(
      db,
      '"apiclus1"',
      { ids: 'dnum', strata: null, weights: 'pw', fpc: 'fpc' },
      `stype = 'H'`,
    );
    expect([c.psus, c.strata, c.df]).toEqual([8, 1, 7]); // degf(subset(dclus1, stype == "H")) = 7
  });
});
