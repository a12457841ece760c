import { describe, expect, it } from 'vitest';
import { benchmarkEstimates } from '../../../src/stats/sae-benchmark';

// Group g: weighted mean (1·0.2 + 3·0.4)/4 = 0.35, target 0.42; group h has no target.
const est = [
  { area: 'a', group: 'g', weight: 1, eblup: 0.2 },
  { area: 'b', group: 'g', weight: 3, eblup: 0.4 },
  { area: 'c', group: 'h', weight: 2, eblup: 0.5 },
];
const targets = new Map([['g', 0.42]]);
const weightedMean = (m: Map<string, number>) => (1 * m.get('a')! + 3 * m.get('b')!) / 4;

describe('benchmarkEstimates', () => {
  it('ratio multiplies a group by target/weighted mean (0.42/0.35 = 1.2)', () => {
    const out = benchmarkEstimates(est, targets, 'ratio');
    expect(out.get('a')).toBeCloseTo(0.24, 14);
    expect(out.get('b')).toBeCloseTo(0.48, 14);
    expect(weightedMean(out)).toBeCloseTo(0.42, 14);
  });

  it('difference adds target − weighted mean (+0.07)', () => {
    const out = benchmarkEstimates(est, targets, 'difference');
    expect(out.get('a')).toBeCloseTo(0.27, 14);
    expect(out.get('b')).toBeCloseTo(0.47, 14);
    expect(weightedMean(out)).toBeCloseTo(0.42, 14);
  });

  it('leaves groups without a target unchanged', () => {
    expect(benchmarkEstimates(est, targets, 'ratio').get('c')).toBe(0.5);
  });

  it('throws on a ratio to a weighted mean of 0 or a group with no weight', () => {
    const zero = [{ area: 'a', group: 'g', weight: 1, eblup: 0 }];
    expect(() => benchmarkEstimates(zero, targets, 'ratio')).toThrow(/weighted mean 0/);
    const noWeight = [{ area: 'a', group: 'g', weight: 0, eblup: 0.2 }];
    expect(() => benchmarkEstimates(noWeight, targets, 'difference')).toThrow(/total weight/);
  });
});
