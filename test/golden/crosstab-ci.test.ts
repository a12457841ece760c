// Crosstab percentages' intervals against R survey 4.1.1; numbers printed by test/golden/r/derive-crosstab-ci.R.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Design } from '../../src/core/design';
import type { Connector } from '../../src/core/sql';
import { crosstab } from '../../src/stats/crosstab';
import { type Percent, cellShares } from '../../src/stats/crosstab-ci';
import { crosstabDf } from '../../src/stats/crosstab-df';
import { openWithFixtures } from '../helpers/db';

let db: Connector;
beforeAll(async () => void (db = await openWithFixtures('apiclus1')));
afterAll(() => db.close());

const dclus1: Design = { ids: 'dnum', strata: null, weights: 'pw', fpc: 'fpc' };

/** The shares of a crosstab of apiclus1 under dclus1, by row and column level. */
async function shares(rows: string, cols: string, percent: Percent) {
  const spec = { rows: `"${rows}"`, cols: `"${cols}"` };
  const x = await crosstab(db, 'apiclus1', dclus1, spec);
  const all = cellShares(x, percent, await crosstabDf(db, 'apiclus1', dclus1, spec));
  return (r: string, c: string) => all[x.cells.findIndex((d) => d.row === r && d.col === c)];
}

const close = (got: number | null, want: number, rel = 1e-6) =>
  expect(Math.abs(got! - want)).toBeLessThanOrEqual(rel * Math.abs(want));

describe('crosstab intervals as svyciprop(method = "logit") within the base, on the base subset\'s degf', () => {
  it('row %: svyciprop(~I(stype == c), subset(dclus1, sch.wide == r), method = "logit")', async () => {
    const at = await shares('sch.wide', 'stype', 'row');
    const want: Array<[string, string, number, number, number, number]> = [
      ['No', 'E', 52.17391304, 21.84103286, 80.98409596, 9],
      ['No', 'H', 13.043478261, 3.736734849, 36.694034285, 9],
      ['No', 'M', 34.7826087, 12.93015615, 65.69949161, 9],
      ['Yes', 'E', 82.5, 71.36764003, 89.91565483, 14],
      ['Yes', 'H', 6.875, 3.117066492, 14.486079518, 14],
      ['Yes', 'M', 10.625, 6.351198499, 17.245110198, 14],
    ];
    for (const [r, c, p, lo, hi, df] of want) {
      const s = at(r, c);
      close(s.pct, p);
      close(s.ci_low, lo);
      close(s.ci_high, hi);
      expect([r, c, s.df, s.boundary]).toEqual([r, c, df, false]);
    }
  });
  it('column %: svyciprop(~I(sch.wide == "No"), subset(dclus1, stype == c)); cell %: on the whole design', async () => {
    const col = await shares('sch.wide', 'stype', 'col');
    close(col('No', 'E').ci_low, 4.801319853);
    close(col('No', 'E').ci_high, 14.079346294);
    close(col('No', 'H').ci_low, 7.018742764);
    close(col('No', 'H').ci_high, 49.631203213);
    expect(col('No', 'H').df).toBe(7);
    close(col('No', 'M').ci_low, 13.45437383);
    close(col('No', 'M').ci_high, 58.75445553);
    const cell = await shares('sch.wide', 'stype', 'cell');
    close(cell('No', 'H').ci_low, 0.4615302396);
    close(cell('No', 'H').ci_high, 5.6522313701);
    expect(cell('No', 'H').df).toBe(14);
  });
  it('a small cell (9 of 144) by logit; a zero cell (0 of 14, 0 of 25) by the exact interval, never cut at 0', async () => {
    const at = await shares('stype', 'yr.rnd', 'row');
    // svyciprop(~I(yr.rnd == "Yes"), subset(dclus1, stype == "E"), method = "logit"): 6.25% (1.524287823, 22.307812348)
    close(at('E', 'Yes').pct, 6.25);
    close(at('E', 'Yes').ci_low, 1.524287823);
    close(at('E', 'Yes').ci_high, 22.307812348);
    // R's logit collapses at 0% (3.57e-12, 0); equal weights make the Kish n_eff the row's n: binom.test(0, n).
    for (const [r, n, hi] of [
      ['H', 14, 23.16357617],
      ['M', 25, 13.71851715],
    ] as const) {
      const s = at(r, 'Yes');
      expect([s.pct, s.ci_low, s.boundary]).toEqual([0, 0, true]);
      close(s.n_eff, n);
      close(s.ci_high, hi);
    }
  });
});
