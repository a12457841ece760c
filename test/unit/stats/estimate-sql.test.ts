import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/core/sql';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import { parseDesign } from '../../../src/stats/design';
import { compileEstimate } from '../../../src/stats/estimate-sql';
import { estimate } from '../../../src/stats/estimate';

let db: Connector;
beforeAll(async () => {
  db = await openNodeDuckDB();
  // Two strata of two PSUs; y by hand: stratum A PSU totals 1+2, 3; stratum B 4, 6.
  await db.exec(`CREATE TABLE d AS SELECT * FROM (VALUES
    ('A', 1, 1.0, 1.0, 'g'), ('A', 1, 1.0, 2.0, 'h'), ('A', 2, 1.0, 3.0, 'g'),
    ('B', 3, 2.0, 4.0, 'g'), ('B', 4, 2.0, 6.0, 'h')) v(h, psu, w, y, grp)`);
});
afterAll(() => db.close());

const design = { ids: 'psu', strata: 'h', weights: 'w', fpc: null };

describe('compileEstimate', () => {
  it('binds in DuckDB (EXPLAIN) with and without groups', async () => {
    await db.query(`EXPLAIN ${compileEstimate('d', design, { statistic: 'mean', y: 'y' })}`);
    await db.query(
      `EXPLAIN ${compileEstimate('d', design, { statistic: 'ratio', y: 'y', x: 'w', by: ['grp'], domain: 'y > 1' })}`,
    );
  });
  it('a weighted total matches the hand computation: Σwy = 26, V = 2·Σ_h Σ_i (z_hi − z̄_h)² = 2·(0 + 8) = 16', async () => {
    // Stratum A: PSU totals 3 and 3 → 0. Stratum B: 8 and 12 → (8−10)² + (12−10)² = 8; n_h/(n_h−1) = 2.
    const [r] = await estimate(db, 'd', design, { statistic: 'total', y: 'y' });
    expect(r.estimate).toBe(26);
    expect(r.se).toBeCloseTo(4, 10);
    expect(r.df).toBe(2);
  });
  it('domain estimates keep every PSU in the variance (rows outside count as zero)', async () => {
    const [r] = await estimate(db, 'd', design, { statistic: 'total', y: 'y', domain: "grp = 'g'" });
    // Stratum A: PSU totals 1, 3 → 2; stratum B: 8, 0 → 32; V = 2·34 = 68.
    expect(r.estimate).toBe(12);
    expect(r.se).toBeCloseTo(Math.sqrt(68), 10);
  });
});

describe('parseDesign', () => {
  it('reads the CLI design string as R names it; ids=1 means no clustering', () => {
    expect(parseDesign('ids=1,strata=stype,weights=pw,fpc=fpc')).toEqual({
      design: { ids: null, strata: 'stype', weights: 'pw', fpc: 'fpc' },
      errors: [],
    });
  });
  it('reports unknown keys, an fpc without one term per stage and unknown rules as errors', () => {
    expect(parseDesign('ids=a+b,fpc=f,foo=1,lonely=skip').errors).toEqual([
      'design: unknown key "foo"',
      'design.lonely: "skip" is not one of fail, remove, certainty, adjust, average',
      'design: fpc has 1 term(s) for 2 stage(s)',
    ]);
  });
  it('reads multistage, nest, lonely-PSU, jackknife and replicate-weight designs', () => {
    expect(parseDesign('ids=dnum+snum,fpc=fpc1+fpc2,nest=true,lonely=adjust').design).toEqual({
      ids: 'dnum+snum',
      strata: null,
      weights: null,
      fpc: 'fpc1+fpc2',
      nest: true,
      lonelyPsu: 'adjust',
    });
    expect(parseDesign('ids=dnum,weights=pw,as=JK1,mse=true').design.replicates).toEqual({
      columns: '',
      type: 'JK1',
      mse: true,
    });
    expect(parseDesign('weights=w,repweights=^rw,type=Fay,rho=0.3').design.replicates).toEqual({
      columns: '^rw',
      type: 'Fay',
      rho: 0.3,
    });
    expect(parseDesign('weights=w,type=BRR').errors).toEqual(['design: a replicate design needs repweights=REGEX']);
  });
});
