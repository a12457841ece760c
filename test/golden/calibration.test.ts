// Calibration as R survey 4.1.1's calibrate; numbers printed by test/golden/r/derive-calibration.R
// (gclus1 is also in shared/validation/REFERENCE.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/core/sql';
import { calibrate, trimWeights } from '../../src/stats/calibrate';
import { crosstab } from '../../src/stats/crosstab';
import type { Design } from '../../src/core/design';
import { estimate } from '../../src/stats/estimate';
import { openWithFixtures } from '../helpers/db';

let db: Connector;
beforeAll(async () => void (db = await openWithFixtures('apiclus1', 'apistrat')));
afterAll(() => db.close());
const dclus1: Design = { ids: 'dnum', strata: null, weights: 'pw', fpc: 'fpc' };
const close = (got: number | null, want: number, rel = 1e-7) =>
  expect(Math.abs(got! - want)).toBeLessThanOrEqual(rel * Math.abs(want));
const mean = { statistic: 'mean' as const, y: 'api00' };
const total = { statistic: 'total' as const, y: 'enroll' };

describe('calibrate(dclus1, ~api99, c(6194, 3914069)) (gclus1)', () => {
  it('svymean(~api00) → 666.7177363 (3.295880912); svytotal(~enroll) → 3357372.048 (243227.1868); weights 17.72285853–52.7060654', async () => {
    const { design, diagnostics } = await calibrate(db, 'apiclus1', dclus1, {
      x: ['1', 'api99'],
      totals: [6194, 3914069],
      name: 'w_g',
    });
    const m = (await estimate(db, 'apiclus1', design, mean))[0];
    close(m.estimate, 666.7177363);
    close(m.se, 3.295880912);
    const t = (await estimate(db, 'apiclus1', design, total))[0];
    close(t.estimate, 3357372.048);
    close(t.se, 243227.1868);
    close(diagnostics.weights[0], 17.72285853);
    close(diagnostics.weights[1], 52.7060654);
    const [check] = await db.query<{ n: number; t: number }>(
      'SELECT sum(w_g) AS n, sum(w_g * api99) AS t FROM apiclus1',
    );
    close(check.n, 6194, 1e-12);
    close(check.t, 3914069, 1e-12);
  });
  it('svyby(~api00, ~stype, gclus1, svymean): domains keep the calibration residuals', async () => {
    const { design } = await calibrate(db, 'apiclus1', dclus1, {
      x: ['1', 'api99'],
      totals: [6194, 3914069],
      name: 'w_g',
    });
    const rows = await estimate(db, 'apiclus1', design, { ...mean, by: ['stype'] });
    [671.7631683, 637.614735, 653.5877032].forEach((v, i) => close(rows[i].estimate, v));
    [4.436113744, 26.904385078, 13.438595429].forEach((v, i) => close(rows[i].se, v));
  });
});

describe('calibration to category margins (pop: 6194 schools; H 755, M 1018; sch.wide Yes 5122)', () => {
  const x = ['1', `(stype = 'H')::INT`, `(stype = 'M')::INT`, `("sch.wide" = 'Yes')::INT`];
  const totals = [6194, 755, 1018, 5122];
  it('calfun = "raking": svymean(~api00) → 641.2303209 (23.70361689); svytotal(~enroll) → 3647280.149 (400603.2571)', async () => {
    const { design, diagnostics } = await calibrate(db, 'apiclus1', dclus1, {
      x,
      totals,
      calfun: 'raking',
      name: 'w_rake',
    });
    const m = (await estimate(db, 'apiclus1', design, mean))[0];
    close(m.estimate, 641.2303209);
    close(m.se, 23.70361689);
    const t = (await estimate(db, 'apiclus1', design, total))[0];
    close(t.estimate, 3647280.149);
    close(t.se, 400603.2571);
    close(diagnostics.weights[0], 29.87067549);
    close(diagnostics.weights[1], 67.12552931);
    expect(diagnostics.iterations).toBeGreaterThan(1);
    expect(diagnostics.kish_deff).toBeGreaterThan(1);
  });
  it("rake(dclus1, list(~stype, ~sch.wide), margins) agrees within rake's convergence tolerance: 641.2302469 (23.70364124), 3647300.031 (400602.7197)", async () => {
    const { design } = await calibrate(db, 'apiclus1', dclus1, { x, totals, calfun: 'raking', name: 'w_rake2' });
    const m = (await estimate(db, 'apiclus1', design, mean))[0];
    close(m.estimate, 641.2302469, 1e-6);
    close(m.se, 23.70364124, 1e-5);
    const t = (await estimate(db, 'apiclus1', design, total))[0];
    close(t.estimate, 3647300.031, 1e-5);
    close(t.se, 400602.7197, 1e-5);
  });
  it('calfun = "linear": svymean(~api00) → 640.9958701 (23.82949299)', async () => {
    const { design } = await calibrate(db, 'apiclus1', dclus1, { x, totals, name: 'w_lin' });
    const m = (await estimate(db, 'apiclus1', design, mean))[0];
    close(m.estimate, 640.9958701);
    close(m.se, 23.82949299);
  });
});

describe('crosstabs on a calibrated design', () => {
  it('svychisq(~sch.wide + stype, gclus1) → F 6.972973376818, ndf 1.552825793816, ddf 21.739561113425, p 0.007470809739; X² 12.81963946', async () => {
    const { design } = await calibrate(db, 'apiclus1', dclus1, {
      x: ['1', 'api99'],
      totals: [6194, 3914069],
      name: 'w_g',
    });
    const { test } = await crosstab(db, 'apiclus1', design, { rows: '"sch.wide"', cols: 'stype' });
    close(test!.F, 6.972973376818);
    close(test!.ndf, 1.552825793816);
    close(test!.ddf, 21.739561113425);
    close(test!.p, 0.007470809739, 1e-6);
    close(test!.chisq, 12.81963946);
    close(test!.chisq_p, 9.368631133e-4, 1e-6);
  });
});

describe("trimming as R's trimWeights", () => {
  it('trimWeights(dstrat, upper = 40): svymean(~api00) → 659.3497435 (8.927861022), weights 19.30999947–40', async () => {
    const dstrat: Design = { ids: null, strata: 'stype', weights: 'pw', fpc: 'fpc' };
    const { design, trimmed } = await trimWeights(db, 'apistrat', dstrat, { upper: 40, name: 'pw_t' });
    expect(trimmed).toBe(100);
    const m = (await estimate(db, 'apistrat', design, mean))[0];
    close(m.estimate, 659.3497435);
    close(m.se, 8.927861022);
    const [r] = await db.query<{ lo: number; hi: number }>('SELECT min(pw_t) AS lo, max(pw_t) AS hi FROM apistrat');
    close(r.lo, 19.30999947);
    close(r.hi, 40);
  });
  it('trimWeights(gclus1, upper = 45, lower = 20, strict = TRUE): the calibration residuals stay → 665.7184806 (3.38901793); total 3357191.692 (242857.3732)', async () => {
    const { design: g } = await calibrate(db, 'apiclus1', dclus1, {
      x: ['1', 'api99'],
      totals: [6194, 3914069],
      name: 'w_g',
    });
    const { design, iterations } = await trimWeights(db, 'apiclus1', g, {
      upper: 45,
      lower: 20,
      strict: true,
      name: 'w_gt',
    });
    expect(iterations).toBeGreaterThanOrEqual(1);
    const m = (await estimate(db, 'apiclus1', design, mean))[0];
    close(m.estimate, 665.7184806);
    close(m.se, 3.38901793);
    const t = (await estimate(db, 'apiclus1', design, total))[0];
    close(t.estimate, 3357191.692);
    close(t.se, 242857.3732);
  });
});
