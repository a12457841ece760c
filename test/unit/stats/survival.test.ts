import { describe, expect, it } from 'vitest';
import { firstAtHalf, kaplanMeier, kaplanMeierRows } from '../../../src/stats/survival';

describe('kaplanMeierRows(times, events)', () => {
  // Done at 2, 4, 6, 8; open at 2 and 6 (an event at a time precedes a censoring there).
  const km = kaplanMeierRows([2, 2, 4, 6, 6, 8], [true, false, true, true, false, true]);
  it('steps down by the share of those at risk who had the event', () => {
    expect(km.steps.map((s) => [s.time, s.n_risk, s.n_event, s.n_censor])).toEqual([
      [2, 6, 1, 1],
      [4, 4, 1, 0],
      [6, 3, 1, 1],
      [8, 1, 1, 0],
    ]);
    [5 / 6, 5 / 8, 5 / 12, 0].forEach((want, i) => expect(km.steps[i].surv).toBeCloseTo(want, 15));
  });
  it('gives Greenwood’s SE of log S and no bounds once S is 0', () => {
    expect(km.steps[0].std_err).toBeCloseTo(Math.sqrt(1 / (6 * 5)), 15);
    expect(km.steps[1].std_err).toBeCloseTo(Math.sqrt(1 / 30 + 1 / (4 * 3)), 15);
    expect(km.steps[3]).toMatchObject({ std_err: Infinity, lower: null, upper: null });
  });
  it('reads the median where S first falls to 0.5 or below', () => {
    expect([km.n, km.events, km.median]).toEqual([6, 4, 6]);
  });
});

describe('kaplanMeier(counts) and firstAtHalf', () => {
  it('merges counts of the same time, in any order', () => {
    const a = kaplanMeier([
      { time: 3, events: 1, censored: 0 },
      { time: 1, events: 1, censored: 0 },
      { time: 3, events: 0, censored: 2 },
    ]);
    expect(a.steps.map((s) => [s.time, s.n_event, s.n_censor])).toEqual([
      [1, 1, 0],
      [3, 1, 2],
    ]);
  });
  it('takes the midpoint to the next drop where S sits at exactly 0.5; null where it never gets there', () => {
    expect(firstAtHalf([1, 2, 5], [0.75, 0.5, 0.25])).toBe(3.5);
    expect(firstAtHalf([1, 2], [0.75, 0.5])).toBe(2);
    expect(firstAtHalf([1, 2], [0.9, null])).toBeNull();
  });
});
