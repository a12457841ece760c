import { describe, expect, it } from 'vitest';
import { eblupFH } from '../../../src/stats/sae-eblup';
import { fitFayHerriot } from '../../../src/stats/sae-fit';
import { equalV, unsampled } from './sae-cases';

const z95 = 1.959963984540054;

describe('eblupFH', () => {
  it('shrinks the direct estimate towards x′β̂ by γ = σ²/(σ²+v) = 2/3 (REML, equal v)', () => {
    const areas = equalV(1);
    const [a1] = eblupFH(fitFayHerriot(areas), areas);
    expect(a1.shrinkage).toBeCloseTo(2 / 3, 12);
    expect(a1.eblup).toBeCloseTo(0.2 + (2 / 3) * 0.1, 12);
    expect(a1).toMatchObject({ area: 'a1', direct: areas[0].y, direct_var: 0.01, synthetic: false });
  });

  it('gives the Prasad–Rao MSE g1 + g2 + 2g3 = 0.02/3 + 0.0125/9 + 2·0.0003/(9·0.03) (REML, x = −1)', () => {
    const areas = equalV(1);
    const [a1] = eblupFH(fitFayHerriot(areas), areas);
    expect(a1.mse).toBeCloseTo(0.0925 / 9, 14);
    expect(a1.ci_low).toBeCloseTo(a1.eblup - z95 * Math.sqrt(a1.mse), 14);
    expect(a1.ci_high).toBeCloseTo(a1.eblup + z95 * Math.sqrt(a1.mse), 14);
    expect(a1.cv!).toBeCloseTo(Math.sqrt(a1.mse) / a1.eblup, 14);
  });

  it('with σ²_u = 0 the EBLUP is the regression fit and the shrinkage 0', () => {
    const areas = equalV(0.1);
    const est = eblupFH(fitFayHerriot(areas), areas);
    est.forEach((e, i) => {
      expect(e.eblup).toBeCloseTo(0.3 + 0.1 * areas[i].x[0], 12);
      expect(e.shrinkage).toBe(0);
    });
  });

  it('with σ²_u = 0 the MSE at x = 1 is g2 + 2g3 = v(1/6 + 1/4) + 4v/6, plus p·v/m for ML', () => {
    const areas = equalV(0.1);
    const mseAt = (method: 'REML' | 'ML' | 'FH') => eblupFH(fitFayHerriot(areas, { method }), areas)[2].mse;
    expect(mseAt('REML')).toBeCloseTo((0.01 * 13) / 12, 14);
    expect(mseAt('FH')).toBeCloseTo((0.01 * 13) / 12, 14);
    expect(mseAt('ML')).toBeCloseTo((0.01 * 13) / 12 + (2 * 0.01) / 6, 14);
  });

  it('gives an area without a sample x′β̂ and MSE σ²_u + x′(X′V⁻¹X)⁻¹x', () => {
    const areas = [...equalV(1), unsampled];
    const z = eblupFH(fitFayHerriot(areas), areas)[6];
    expect(z).toMatchObject({ area: 'z', direct: null, direct_var: null, synthetic: true, shrinkage: null });
    expect(z.eblup).toBeCloseTo(0.5, 12);
    expect(z.mse).toBeCloseTo(0.02 + 0.03 * (1 / 6 + 4 / 4), 14);
  });

  it('takes the interval level from {level}', () => {
    const areas = equalV(1);
    const [a1] = eblupFH(fitFayHerriot(areas), areas, { level: 0.9 });
    expect(a1.ci_high - a1.eblup).toBeCloseTo(1.6448536269514722 * Math.sqrt(a1.mse), 12);
  });

  it('gives cv null when the EBLUP is 0', () => {
    const areas = [-0.1, 0.1, -0.2, 0.2].map((y, i) => ({ area: `b${i}`, y, v: 0.01, x: [] }));
    const all = [...areas, { area: 'none', y: null, v: null, x: [] }];
    const none = eblupFH(fitFayHerriot(all), all)[4];
    expect(none.eblup).toBe(0);
    expect(none.cv).toBeNull();
  });

  it('throws when the areas are not those of the fit', () => {
    const fit = fitFayHerriot(equalV(1));
    expect(() => eblupFH(fit, equalV(1).slice(0, 5))).toThrow(/fitted on 6 areas/);
  });
});
