import { describe, expect, it } from 'vitest';
import { fitFayHerriot } from '../../../src/stats/sae-fit';
import { equalV, unsampled } from './sae-cases';

describe('fitFayHerriot', () => {
  it('with equal v, REML and FH give RSS/(m − p) − v and ML gives RSS/m − v (0.12/4 − 0.01, 0.12/6 − 0.01)', () => {
    const areas = equalV(1);
    expect(fitFayHerriot(areas, { method: 'REML' }).sigma2_u).toBeCloseTo(0.02, 12);
    expect(fitFayHerriot(areas, { method: 'FH' }).sigma2_u).toBeCloseTo(0.02, 12);
    expect(fitFayHerriot(areas, { method: 'ML' }).sigma2_u).toBeCloseTo(0.01, 12);
  });

  it('with equal v, β is the OLS fit and SE(β) = √((σ²_u + v)·diag((X′X)⁻¹))', () => {
    const fit = fitFayHerriot(equalV(1));
    expect(fit.beta[0]).toBeCloseTo(0.3, 12);
    expect(fit.beta[1]).toBeCloseTo(0.1, 12);
    expect(fit.beta_se[0]).toBeCloseTo(Math.sqrt(0.03 / 6), 12);
    expect(fit.beta_se[1]).toBeCloseTo(Math.sqrt(0.03 / 4), 12);
    expect(fit).toMatchObject({ method: 'REML', m: 6, p: 2, converged: true });
  });

  it("reports metafor's SE of σ²_u: REML and FH τ√(2/(m−p)), ML τ√(2/m), τ = σ²_u + v", () => {
    const areas = equalV(1);
    expect(fitFayHerriot(areas, { method: 'REML' }).sigma2_u_se).toBeCloseTo(0.03 * Math.sqrt(0.5), 12);
    expect(fitFayHerriot(areas, { method: 'FH' }).sigma2_u_se).toBeCloseTo(0.03 * Math.sqrt(0.5), 12);
    expect(fitFayHerriot(areas, { method: 'ML' }).sigma2_u_se).toBeCloseTo(0.02 * Math.sqrt(1 / 3), 12);
  });

  it('truncates σ²_u at 0 when the residuals are smaller than the sampling error', () => {
    for (const method of ['REML', 'ML', 'FH'] as const) {
      const fit = fitFayHerriot(equalV(0.1), { method });
      expect(fit.sigma2_u).toBe(0);
      expect(fit.converged).toBe(true);
    }
  });

  it('gives the ML log-likelihood −½(m·log 2π + Σ log(σ²+v) + Σ r²/(σ²+v)), and null for FH', () => {
    const ml = fitFayHerriot(equalV(1), { method: 'ML' });
    expect(ml.loglik!).toBeCloseTo(-0.5 * (6 * Math.log(2 * Math.PI) + 6 * Math.log(0.02) + 0.12 / 0.02), 10);
    expect(fitFayHerriot(equalV(1), { method: 'FH' }).loglik).toBeNull();
  });

  it('skips areas whose y or v is null', () => {
    const areas = equalV(1);
    const fit = fitFayHerriot([...areas, unsampled, { area: 'w', y: 0.9, v: null, x: [0] }]);
    expect(fit.m).toBe(6);
    expect(fit.sigma2_u).toBeCloseTo(fitFayHerriot(areas).sigma2_u, 14);
  });

  it('throws on ragged x, too few areas, v ≤ 0 or an unknown method', () => {
    const areas = equalV(1);
    expect(() => fitFayHerriot([...areas, { area: 'r', y: 0.1, v: 0.01, x: [1, 2] }])).toThrow(/ragged x/);
    expect(() => fitFayHerriot(areas.slice(0, 2))).toThrow(/too few areas/);
    expect(() => fitFayHerriot([...areas, { area: 'n', y: 0.1, v: 0, x: [1] }])).toThrow(/invalid v/);
    expect(() => fitFayHerriot(areas, { method: 'XX' as 'ML' })).toThrow(/invalid method/);
  });
});
