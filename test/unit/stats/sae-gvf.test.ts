import { describe, expect, it } from 'vitest';
import { fitGvf, gvfVariance } from '../../../src/stats/sae-gvf';

describe('fitGvf', () => {
  it('recovers a from exact data v = exp(−1.5)·n⁻¹ (b = −1), ignoring n < 2, null and non-positive v', () => {
    const exact = [5, 10, 40, 200].map((n) => ({ n, v: Math.exp(-1.5) / n }));
    const junk = [
      { n: 1, v: 0.3 },
      { n: 20, v: null },
      { n: 30, v: 0 },
      { n: 50, v: -0.01 },
    ];
    const g = fitGvf([...exact, ...junk]);
    expect(g.a).toBeCloseTo(-1.5, 12);
    expect(g.b).toBeCloseTo(-1, 12);
    expect(g.k).toBe(4);
  });

  it('a is the log of the n-weighted mean of n·v: (10·(10·0.02) + 30·(30·0.01)) / 40 = 0.275', () => {
    const g = fitGvf([
      { n: 10, v: 0.02 },
      { n: 30, v: 0.01 },
      { n: 10, v: 0.02 },
    ]);
    expect(Math.exp(g.a)).toBeCloseTo((10 * 0.2 + 30 * 0.3 + 10 * 0.2) / 50, 12);
  });

  it('throws with fewer than 3 usable rows', () => {
    expect(() =>
      fitGvf([
        { n: 10, v: 0.01 },
        { n: 20, v: 0.005 },
        { n: 1, v: 0.2 },
      ]),
    ).toThrow(/at least 3 rows/);
  });
});

describe('gvfVariance', () => {
  it('is exp(a + b·log n)', () => {
    expect(gvfVariance({ a: -1.5, b: -1 }, 100)).toBeCloseTo(Math.exp(-1.5) / 100, 15);
    expect(gvfVariance({ a: Math.log(0.25), b: -1 }, 4)).toBeCloseTo(0.0625, 15);
  });
});
