import { describe, expect, it } from 'vitest';
import { meanDifference, proportionDifference, wilson } from '../../../src/stats/difference';

describe('proportionDifference (Newcombe 1998, method 10)', () => {
  it('reproduces Newcombe’s worked examples', () => {
    // Newcombe (1998), Statistics in Medicine 17:873–890, Table II: 56/70 − 48/80 → 0.0524 to 0.3339.
    const a = proportionDifference(56, 70, 48, 80);
    expect(a.estimate).toBeCloseTo(0.2, 10);
    expect(a.ci_low).toBeCloseTo(0.0524, 4);
    expect(a.ci_high).toBeCloseTo(0.3339, 4);
    // 9/10 − 3/10 → 0.1705 to 0.8090.
    const b = proportionDifference(9, 10, 3, 10);
    expect(b.ci_low).toBeCloseTo(0.1705, 4);
    expect(b.ci_high).toBeCloseTo(0.809, 4);
  });
  it('stays sensible at 0% and 100%', () => {
    const c = proportionDifference(0, 22, 0, 60);
    expect(c.estimate).toBe(0);
    expect(c.ci_low).toBeLessThan(0);
    expect(c.ci_high).toBeGreaterThan(0);
  });
});

describe('wilson', () => {
  it('gives the score interval (Newcombe 1998, Table I: 81/263 → 0.2553 to 0.3662)', () => {
    const [lo, hi] = wilson(81, 263);
    expect(lo).toBeCloseTo(0.2553, 4);
    expect(hi).toBeCloseTo(0.3662, 4);
  });
});

describe('meanDifference', () => {
  it('gives the Welch interval of R: t.test(1:10, c(7:20, 200))$conf.int → −47.2429 to 6.3762', () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const y = [...Array(14).keys()].map((i) => i + 7).concat(200);
    const stats = (a: number[]) => {
      const m = a.reduce((s, v) => s + v, 0) / a.length;
      const v = a.reduce((s, z) => s + (z - m) ** 2, 0) / (a.length - 1);
      return [m, Math.sqrt(v / a.length), a.length - 1] as const;
    };
    const d = meanDifference(...stats(x), ...stats(y));
    expect(d.estimate).toBeCloseTo(5.5 - 389 / 15, 10);
    expect(d.ci_low).toBeCloseTo(-47.2429, 4);
    expect(d.ci_high).toBeCloseTo(6.3762, 4);
  });
});
