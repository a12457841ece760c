// Crosstabs and svychisq against R survey 4.1.1; numbers printed by test/golden/r/derive-crosstabs.R.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/core/sql';
import { crosstab } from '../../src/stats/crosstab';
import type { Design } from '../../src/core/design';
import { openWithFixtures } from '../helpers/db';

let db: Connector;
beforeAll(
  async () =>
    void (db = await openWithFixtures('apiclus1', 'apistrat', 'apiclus2', 'apiclus1-boot', 'apistrat-lonely')),
);
afterAll(() => db.close());

const dclus1: Design = { ids: 'dnum', strata: null, weights: 'pw', fpc: 'fpc' };
const dstrat: Design = { ids: null, strata: 'stype', weights: 'pw', fpc: 'fpc' };
const dclus2: Design = { ids: 'dnum+snum', strata: null, weights: null, fpc: 'fpc1+fpc2' };
const close = (got: number | null | undefined, want: number, rel = 1e-7) =>
  expect(Math.abs(got! - want)).toBeLessThanOrEqual(rel * Math.abs(want));

const cases: Array<[string, string, Design, string, string, string | undefined, number[], number[]]> = [
  // label, table, design, rows, cols, domain, [F, ndf, ddf, p], [X², p of the first-order "Chisq"]
  [
    'svychisq(~sch.wide + stype, dclus1)',
    'apiclus1',
    dclus1,
    'sch.wide',
    'stype',
    undefined,
    [5.19336954147, 1.49463977771, 20.9249568879, 0.02174746237],
    [11.940892080745, 0.005553263303],
  ],
  [
    'svychisq(~sch.wide + stype, dstrat)',
    'apistrat',
    dstrat,
    'sch.wide',
    'stype',
    undefined,
    [17.24744396, 1.828671504, 360.2482863, 2.035046359e-7],
    [26.75353404, 3.232438416e-8],
  ],
  [
    'svychisq(~stype + awards, dstrat)',
    'apistrat',
    dstrat,
    'stype',
    'awards',
    undefined,
    [14.16940812, 1.885135885, 371.3717694, 2.082108676e-6],
    [19.47965642, 7.019468711e-7],
  ],
  [
    'svychisq(~sch.wide + stype, dclus2) (two stages)',
    'apiclus2',
    dclus2,
    'sch.wide',
    'stype',
    undefined,
    [11.87274514, 1.382498809, 53.91745354, 3.221146624e-4],
    [53.90866834, 6.978021441e-6],
  ],
  [
    'svychisq(~sch.wide + stype, subset(dclus1, enroll > 400))',
    'apiclus1',
    dclus1,
    'sch.wide',
    'stype',
    'enroll > 400',
    [2.3285815834, 1.4917264555, 16.4089910109, 0.1382114655],
    [5.85117223438, 0.09743385092],
  ],
];

describe('Rao–Scott tests as svychisq (statistic = "F" and "Chisq")', () => {
  for (const [label, table, design, rows, cols, domain, [F, ndf, ddf, p], [x2, p1]] of cases) {
    it(`${label} → F ${F}, ndf ${ndf}, ddf ${ddf}, p ${p}; X² ${x2}, p ${p1}`, async () => {
      const { test } = await crosstab(db, table, design, { rows: `"${rows}"`, cols: `"${cols}"`, domain });
      close(test!.F, F);
      close(test!.ndf, ndf);
      close(test!.ddf, ddf);
      close(test!.p, p, 1e-6);
      close(test!.chisq, x2);
      close(test!.chisq_p, p1, 1e-6);
    });
  }
});

describe('cell, row and column percentages of sch.wide × stype in dclus1', () => {
  it('cells: svymean(~interaction(sch.wide, stype)); rows: svyby(~stype, ~sch.wide, svymean); cols: svyby(~sch.wide, ~stype, svymean)', async () => {
    const { cells, rows, cols } = await crosstab(db, 'apiclus1', dclus1, { rows: '"sch.wide"', cols: '"stype"' });
    expect(rows).toEqual(['No', 'Yes']);
    expect(cols).toEqual(['E', 'H', 'M']);
    const at = (r: string, c: string) => cells.find((x) => x.row === r && x.col === c)!;
    const order: Array<[string, string]> = [
      ['No', 'E'],
      ['Yes', 'E'],
      ['No', 'H'],
      ['Yes', 'H'],
      ['No', 'M'],
      ['Yes', 'M'],
    ];
    const cell = [6.557377049, 72.131147541, 1.639344262, 6.010928962, 4.371584699, 9.289617486];
    const seCell = [1.7408143734, 4.3663666262, 0.9618698526, 2.1307288567, 1.9653177981, 2.1824433];
    const row = [52.17391304, 82.5, 13.04347826, 6.875, 34.7826087, 10.625];
    const seRow = [15.023172862, 4.28988131, 6.777517716, 2.47928185, 12.82085557, 2.485066367];
    const col = [8.333333333, 91.666666667, 21.428571429, 78.571428571, 32, 68];
    const seCol = [2.098427895, 2.098427895, 9.146190999, 9.146190999, 10.95022484, 10.95022484];
    order.forEach(([r, c], i) => {
      const x = at(r, c);
      close(x.cell_pct, cell[i]);
      close(x.se_cell_pct, seCell[i]);
      close(x.row_pct, row[i]);
      close(x.se_row_pct, seRow[i]);
      close(x.col_pct, col[i]);
      close(x.se_col_pct, seCol[i]);
    });
    expect(cells.reduce((s, x) => s + x.n, 0)).toBe(183);
  });
});

describe('lonely-PSU rules in crosstabs: options(survey.lonely.psu = rule); svychisq(~sch.wide + awards, apistrat-lonely)', () => {
  it.each([
    ['adjust', 74.77742649, 1.880100767e-15],
    ['average', 57.95868913, 1.104755371e-12],
    ['certainty', 77.27825217, 7.549755051e-16],
  ] as const)('%s → F %f (1 and 196 df), p %f', async (rule, F, p) => {
    const design: Design = { ids: null, strata: 'stype', weights: 'pw', fpc: null, lonelyPsu: rule };
    const { test } = await crosstab(db, '"apistrat-lonely"', design, { rows: '"sch.wide"', cols: 'awards' });
    close(test!.F, F);
    expect([test.ndf!, test.ddf!].map((x) => Math.round(x * 1e6) / 1e6)).toEqual([1, 196]);
    close(test!.p, p, 1e-5);
  });
  it('fail names the stratum', async () => {
    const design: Design = { ids: null, strata: 'stype', weights: 'pw', fpc: null };
    await expect(crosstab(db, '"apistrat-lonely"', design, { rows: '"sch.wide"', cols: 'awards' })).rejects.toThrow(
      /stratum X has only one PSU/,
    );
  });
});

describe('crosstabs under replicate weights (svychisq.svyrep.design)', () => {
  it('as.svrepdesign(dclus1, "JK1"): F 4.46390538193, ndf 1.41972547969, ddf 19.87615671572, p 0.03577339901; X² p 0.0115172959; cell SEs', async () => {
    const jk1: Design = { ...dclus1, replicates: { columns: '', type: 'JK1' } };
    const { test, cells } = await crosstab(db, 'apiclus1', jk1, { rows: '"sch.wide"', cols: '"stype"' });
    close(test!.F, 4.46390538193);
    close(test!.ndf, 1.41972547969);
    close(test!.ddf, 19.87615671572);
    close(test!.p, 0.03577339901, 1e-6);
    close(test!.chisq_p, 0.0115172959, 1e-6);
    [1.9603613964, 4.8258958079, 0.9901743138, 2.2211701074, 2.0793174541, 2.4055929603].forEach((se, i) =>
      close(cells[i].se_cell_pct, se),
    );
    // Row %: svyby(~stype, ~sch.wide, jk1, svymean), each share re-estimated in every replicate.
    const row = (r: string, c: string) => cells.find((x) => x.row === r && x.col === c)!.se_row_pct;
    close(row('No', 'E'), 16.814241085);
    close(row('No', 'H'), 7.246818758);
    close(row('Yes', 'M'), 2.787896703);
  });
  it('bootstrap weights read from columns: F 4.32719460106, ndf 1.50257125948, ddf 21.03599763268, p 0.03593996092', async () => {
    const boot: Design = {
      ids: null,
      strata: null,
      weights: 'pw',
      fpc: null,
      replicates: { columns: '^bw', type: 'bootstrap', scale: 15 / (14 * 39) },
    };
    const { test } = await crosstab(db, '"apiclus1-boot"', boot, { rows: '"sch.wide"', cols: '"stype"' });
    close(test!.F, 4.32719460106);
    close(test!.ndf, 1.50257125948);
    close(test!.ddf, 21.03599763268);
    close(test!.p, 0.03593996092, 1e-6);
    close(test!.chisq_p, 0.01320453958, 1e-6);
  });
});
