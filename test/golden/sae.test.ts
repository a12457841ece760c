// The Fay–Herriot model against R metafor 3.8-1 on 50 simulated areas plus 3 without a sample
// (test/golden/r/derive-sae.R → test/fixtures/sae-fh.expected.json):
//   fit <- rma(y, v, mods = ~ x1 + x2, data = s, method = M, control = list(threshold = 1e-12, tol = 1e-12))
//   σ²_u = fit$tau2, its SE = fit$se.tau2, β = fit$beta, SE(β) = fit$se, logLik(fit), EBLUP = blup(fit)$pred,
//   synthetic = predict(fit, newmods)$pred with MSE se² + τ², and the Prasad–Rao MSE written out in the R script.
// The FH moment method is metafor's "PM" (Paule–Mandel); "EB" solves the same equation and gives the same numbers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eblupFH } from '../../src/stats/sae-eblup';
import { fitFayHerriot, type SaeMethod } from '../../src/stats/sae-fit';
import { saeFixture } from '../unit/stats/sae-fixture';

interface Expected {
  sigma2_u: number;
  sigma2_u_se: number;
  beta: number[];
  beta_se: number[];
  loglik: number | null;
  eblup: number[];
  mse: number[];
  synthetic_area: string[];
  synthetic: number[];
  synthetic_mse: number[];
}
const r = JSON.parse(readFileSync('test/fixtures/sae-fh.expected.json', 'utf8')) as Record<string, Expected> & {
  area: string[];
};
const areas = saeFixture();
const relClose = (got: number, want: number, tol: number) =>
  expect(Math.abs(got - want)).toBeLessThanOrEqual(tol * Math.abs(want));

const cases: Array<[SaeMethod, string]> = [
  ['REML', 'REML'],
  ['ML', 'ML'],
  ['FH', 'PM'],
];

describe.each(cases)('fitFayHerriot(areas, {method: %s}) against rma(method = "%s")', (method, rMethod) => {
  const want = r[rMethod];
  const model = fitFayHerriot(areas, { method });
  const est = eblupFH(model, areas);
  const sampled = est.filter((e) => !e.synthetic);

  it('fits the 50 sampled areas and converges', () => {
    expect(model).toMatchObject({ method, m: 50, p: 3, converged: true });
    expect(sampled.map((e) => e.area)).toEqual(r.area);
  });

  it('σ²_u and its SE match metafor', () => {
    expect(model.sigma2_u).toBeCloseTo(want.sigma2_u, 10);
    relClose(model.sigma2_u_se!, want.sigma2_u_se, 1e-8);
  });

  it('β and SE(β) match metafor', () => {
    model.beta.forEach((b, i) => expect(b).toBeCloseTo(want.beta[i], 10));
    model.beta_se.forEach((se, i) => relClose(se, want.beta_se[i], 1e-8));
  });

  it("the log-likelihood is metafor's logLik (restricted for REML), null for FH", () => {
    if (want.loglik === null) expect(model.loglik).toBeNull();
    else expect(model.loglik!).toBeCloseTo(want.loglik, 8);
  });

  it('the EBLUPs match blup(fit)$pred', () => {
    sampled.forEach((e, i) => expect(e.eblup).toBeCloseTo(want.eblup[i], 10));
  });

  it("the Prasad–Rao MSE matches the R script's g1 + g2 + 2g3 − bias", () => {
    sampled.forEach((e, i) => relClose(e.mse, want.mse[i], 1e-8));
  });

  it("areas without a sample get x'β̂ and MSE σ̂²_u + x'(X'V⁻¹X)⁻¹x, as predict(fit, newmods)", () => {
    const syn = est.filter((e) => e.synthetic);
    expect(syn.map((e) => e.area)).toEqual(want.synthetic_area);
    syn.forEach((e, i) => {
      const a = areas.find((x) => x.area === e.area)!;
      expect(e.eblup).toBeCloseTo(model.beta[0] + model.beta[1] * a.x[0] + model.beta[2] * a.x[1], 14);
      expect(e.eblup).toBeCloseTo(want.synthetic[i], 10);
      relClose(e.mse, want.synthetic_mse[i], 1e-8);
      expect(e.shrinkage).toBeNull();
    });
  });
});

it('metafor\'s "PM" and "EB" both solve the Fay–Herriot moment equation: same σ²_u', () => {
  expect(r.EB.sigma2_u).toBeCloseTo(r.PM.sigma2_u, 12);
});
