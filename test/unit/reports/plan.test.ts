import { describe, expect, it } from 'vitest';
import { type Candidate, hopsToCentre, rankCandidates } from '../../../src/reports/plan';

// A line of five districts: A – B – C – D – E, with a centre in A.
const LINE = new Map([
  ['A', ['B']],
  ['B', ['A', 'C']],
  ['C', ['B', 'D']],
  ['D', ['C', 'E']],
  ['E', ['D']],
]);

const exact = (value: number | null) => ({ value, se: 0 });
function candidate(district: string, aware: number | null, se: number, hops: number, hasCentre = false): Candidate {
  return {
    district,
    region: 'KZ-10',
    hasCentre,
    measures: {
      population: exact(10000),
      aware_centre: { value: aware, se },
      used_centre_services: exact(null),
      sci: exact(null),
      distance: exact(hops),
    },
  };
}

describe('hopsToCentre', () => {
  it('counts shared boundaries crossed to the nearest district with a centre', () => {
    expect(Object.fromEntries(hopsToCentre(LINE, new Set(['A'])))).toEqual({ A: 0, B: 1, C: 2, D: 3, E: 4 });
    expect(Object.fromEntries(hopsToCentre(LINE, new Set(['A', 'E'])))).toEqual({ A: 0, B: 1, C: 2, D: 1, E: 0 });
  });
  it('leaves out districts no path reaches', () => {
    expect(hopsToCentre(new Map([['X', []], ...LINE]), new Set(['A'])).has('X')).toBe(false);
  });
});

describe('rankCandidates', () => {
  const cands = [
    candidate('A', 50, 0, 0, true),
    candidate('B', 40, 0, 1),
    candidate('C', 20, 0, 2),
    candidate('D', 30, 0, 3),
  ];
  it('ranks only districts without a centre; low awareness is more need', () => {
    const rows = rankCandidates(cands, { aware_centre: 1 });
    expect(rows.map((r) => r.district)).toEqual(['C', 'D', 'B']);
    // z-scores of awareness 40, 20, 30 (mean 30, sd 10), signed: −1, +1, 0.
    expect(rows.map((r) => r.score)).toEqual([1, 0, -1]);
    expect(rows.map((r) => [r.rank, r.rank_low, r.rank_high])).toEqual([
      [1, 1, 1],
      [2, 2, 2],
      [3, 3, 3],
    ]);
  });
  it('weights add standardised needs: distance doubled outweighs awareness', () => {
    const rows = rankCandidates(cands, { aware_centre: 1, distance: 2 });
    // distance 1, 2, 3 → z −1, 0, 1; scores B: −1 − 2 = −3, C: 1 + 0 = 1, D: 0 + 2 = 2.
    expect(rows.map((r) => [r.district, r.score])).toEqual([
      ['D', 2],
      ['C', 1],
      ['B', -3],
    ]);
  });
  it('uncertain estimates widen the rank ranges; an unknown value scores at the mean and is listed', () => {
    const wide = [candidate('B', 40, 15, 1), candidate('C', 20, 15, 2), candidate('D', null, 0, 3)];
    const rows = rankCandidates(wide, { aware_centre: 1 });
    const c = rows.find((r) => r.district === 'C')!;
    expect(c.score_se).toBeGreaterThan(0);
    expect([c.rank_low, c.rank_high]).toEqual([1, 3]);
    expect(rows.find((r) => r.district === 'D')!.unknown).toEqual(['aware_centre']);
  });
});
