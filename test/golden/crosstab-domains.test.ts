// Crosstabs in a domain that lacks levels of the whole table, and tests R cannot define, against R survey 4.1.1;
// numbers printed by test/golden/r/derive-crosstab-domains.R (data read from the fixture CSVs).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/core/sql';
import { crosstab } from '../../src/stats/crosstab';
import type { Design } from '../../src/core/design';
import { openWithFixtures } from '../helpers/db';

let db: Connector;
beforeAll(async () => {
  db = await openWithFixtures('apiclus1', 'apistrat', 'apiclus1-boot');
  // nh: the stratum's sample size as its population (R: ave(pw, stype, FUN = length)), every stratum whole.
  await db.query(`CREATE TABLE census AS SELECT *, count(*) OVER (PARTITION BY stype) AS nh FROM apistrat`);
});
afterAll(() => db.close());

const dclus1: Design = { ids: 'dnum', strata: null, weights: 'pw', fpc: 'fpc' };
const dstrat: Design = { ids: null, strata: 'stype', weights: 'pw', fpc: 'fpc' };
const jk1: Design = { ...dclus1, replicates: { columns: '', type: 'JK1' } };
// id=~1 in R: every school its own PSU, as snum (unique) is here.
const jkn: Design = { ...dstrat, ids: 'snum', replicates: { columns: '', type: 'JKn' } };
const boot: Design = {
  ...{ ids: null, strata: null, weights: 'pw', fpc: null },
  replicates: { columns: '^bw', type: 'bootstrap', scale: 15 / (14 * 39) },
};
const census: Design = { ids: 'snum', strata: 'stype', weights: null, fpc: 'nh' };
/** R's cat3(x, a, b): "a" below a, "b" below b, else "c". */
const cat3 = (x: string, a: number, b: number) =>
  `CASE WHEN ${x} < ${a} THEN 'a' WHEN ${x} < ${b} THEN 'b' ELSE 'c' END`;
const mealcat = cat3('meals', 30, 60);
const ellcat = cat3('ell', 10, 30);
const close = (got: number | null | undefined, want: number, rel = 1e-7) =>
  expect(Math.abs(got! - want)).toBeLessThanOrEqual(rel * Math.abs(want));

const cases: Array<[string, string, Design, string, string, string, string[][], number[], number[]]> = [
  // R call, table, design, rows, cols, domain, levels present, [F, ndf, ddf, p], [X², p of "Chisq"]
  [
    'svychisq(~stype + awards, subset(dclus1, api00 > 800)): no H school',
    'apiclus1',
    dclus1,
    'stype',
    'awards',
    'api00 > 800',
    [
      ['E', 'M'],
      ['No', 'Yes'],
    ],
    [0.253512963873, 1, 5, 0.63600527666],
    [0.179487179487, 0.614612282043],
  ],
  [
    'svychisq(~stype + ellcat, subset(dclus1, enroll > 1000)): stopped with "singular matrix"',
    'apiclus1',
    dclus1,
    'stype',
    ellcat,
    'enroll > 1000',
    [
      ['H', 'M'],
      ['a', 'b'],
    ],
    [1.374500536492, 1, 4, 0.306098378191],
    [1.224489795918, 0.241040131813],
  ],
  [
    'svychisq(~stype + mealcat, subset(dclus1, api00 > 750)): was a negative F',
    'apiclus1',
    dclus1,
    'stype',
    mealcat,
    'api00 > 750',
    [
      ['E', 'M'],
      ['a', 'b'],
    ],
    [0.24329152878, 1, 8, 0.63509254911],
    [0.247863247863, 0.621838841516],
  ],
  [
    'svychisq(~stype + mealcat, subset(dclus1, enroll > 1200)): 2 × 3',
    'apiclus1',
    dclus1,
    'stype',
    mealcat,
    'enroll > 1200',
    [
      ['H', 'M'],
      ['a', 'b', 'c'],
    ],
    [2.673374839045, 1.457415450459, 4.372246351376, 0.174226499041],
    [2.9404761904762, 0.0690189041276],
  ],
  [
    'svychisq(~awards + mealcat, subset(dstrat, api00 > 800)): stratified',
    'apistrat',
    dstrat,
    'awards',
    mealcat,
    'api00 > 800',
    [
      ['No', 'Yes'],
      ['a', 'b'],
    ],
    [3.2268411689079, 1, 22, 0.0861866157045],
    [3.647177691603, 0.072440292994],
  ],
  [
    'svychisq(~stype + awards, subset(jk1, api00 > 800)): JK1 replicates',
    'apiclus1',
    jk1,
    'stype',
    'awards',
    'api00 > 800',
    [
      ['E', 'M'],
      ['No', 'Yes'],
    ],
    [0.235094437595, 1, 5, 0.648267365647],
    [0.179487179487, 0.627771840916],
  ],
  [
    'svychisq(~awards + mealcat, subset(jkn, api00 > 800)): JKn, degf 24 (rank of the replicates in the domain − 1)',
    'apistrat',
    jkn,
    'awards',
    mealcat,
    'api00 > 800',
    [
      ['No', 'Yes'],
      ['a', 'b'],
    ],
    [2.987462481277, 1, 24, 0.0967580921947],
    [3.6471776916026, 0.0839115642191],
  ],
  [
    "svychisq(~awards + mealcat, subset(jkn, stype == 'E')): JKn, a whole stratum, degf 99",
    'apistrat',
    jkn,
    'awards',
    mealcat,
    `stype = 'E'`,
    [
      ['No', 'Yes'],
      ['a', 'b', 'c'],
    ],
    [1.388220812844, 2, 198, 0.251936618187],
    [2.741050921932, 0.249518850673],
  ],
  [
    'svychisq(~stype + sch.wide, subset(boot, api00 > 750)): bootstrap columns',
    '"apiclus1-boot"',
    boot,
    'stype',
    'sch.wide',
    'api00 > 750',
    [
      ['E', 'M'],
      ['No', 'Yes'],
    ],
    [4.5257311863504, 1, 8, 0.0660622376838],
    [8.97619047619, 0.033388805041],
  ],
];

const quoted = (x: string) => (/^[\w.]+$/.test(x) ? `"${x}"` : x);

describe('svychisq in a domain uses the levels present there', () => {
  for (const [label, table, design, rows, cols, domain, [rl, cl], [F, ndf, ddf, p], [x2, p1]] of cases) {
    it(`${label} → F ${F}, ndf ${ndf}, ddf ${ddf}, p ${p}; X² ${x2}, p ${p1}`, async () => {
      const x = await crosstab(db, table, design, { rows: quoted(rows), cols: quoted(cols), domain });
      expect([x.rows, x.cols]).toEqual([rl, cl]);
      expect(x.test.reason).toBeNull();
      close(x.test.F, F);
      close(x.test.ndf, ndf);
      close(x.test.ddf, ddf);
      close(x.test.p, p, 1e-6);
      close(x.test.chisq, x2);
      close(x.test.chisq_p, p1, 1e-6);
    });
  }

  it('cells of stype × awards in subset(dclus1, api00 > 800): svymean(~interaction(stype, awards), s), no H cell', async () => {
    const { cells } = await crosstab(db, 'apiclus1', dclus1, {
      rows: '"stype"',
      cols: '"awards"',
      domain: 'api00 > 800',
    });
    expect(cells.map((c) => `${c.row}.${c.col}`)).toEqual(['E.No', 'M.No', 'E.Yes', 'M.Yes']);
    const pct = [7.14285714286, 0, 78.57142857143, 14.28571428571];
    const se = [7.68433746027, 0, 7.01480827746, 4.67653885164];
    cells.forEach((c, i) => {
      close(c.cell_pct, pct[i]);
      close(c.se_cell_pct, se[i]);
    });
  });
});

describe('a test R cannot define is null with a reason', () => {
  const undefinedCases: Array<[string, string, Design, string, string, string | undefined, string]> = [
    // R call and what R gives, table, design, rows, cols, domain, reason
    [
      'svychisq(~stype + sch.wide, subset(dclus1, api00 > 800)): R stops, "contrasts … 2 or more levels"',
      'apiclus1',
      dclus1,
      'stype',
      'sch.wide',
      'api00 > 800',
      'one_level',
    ],
    [
      'svychisq(~awards + yr.rnd, subset(dclus1, dnum == 135)): R gives F 1.68e30 on ddf 0, p NaN',
      'apiclus1',
      dclus1,
      'awards',
      'yr.rnd',
      'dnum = 135',
      'no_df',
    ],
    [
      'svychisq(~sch.wide + awards, census): every stratum whole, R gives F Inf, ndf NaN',
      'census',
      census,
      'sch.wide',
      'awards',
      undefined,
      'no_variance',
    ],
  ];
  for (const [label, table, design, rows, cols, domain, reason] of undefinedCases) {
    it(`${label} → null, ${reason}`, async () => {
      const { test } = await crosstab(db, table, design, { rows: `"${rows}"`, cols: `"${cols}"`, domain });
      expect(test).toEqual({
        statistic: 'F',
        ...{ F: null, ndf: null, ddf: null, p: null, chisq: null, chisq_p: null },
        reason,
      });
    });
  }
});
