import { describe, expect, it } from 'vitest';
import { differs, indistinguishableGroups, rankIntervals, versusNational } from '../../../src/stats/ranks';

const item = (key: string, estimate: number, se: number | null) => ({ key, estimate, se });

describe('rank uncertainty', () => {
  // A at 60 ± 1 is clearly first; B, C, D (50, 48, 47 with se 2) overlap; E at 30 ± 1 is clearly last.
  const items = [item('C', 48, 2), item('A', 60, 1), item('E', 30, 1), item('B', 50, 2), item('D', 47, 2)];

  it('pairwise tests use √(se₁² + se₂²) at the 5% level', () => {
    expect(differs(item('x', 50, 2), item('y', 44.5, 2))).toBe(false); // 5.5 / 2.83 = 1.94
    expect(differs(item('x', 50, 2), item('y', 44, 2))).toBe(true); // 6 / 2.83 = 2.12
    expect(differs(item('x', 50, 2), item('y', 45, 2))).toBe(false); // 5 / 2.83 = 1.77
    expect(differs(item('x', 5, null), item('y', 4, null))).toBe(true);
    expect(differs(item('x', 5, null), item('y', 5, null))).toBe(false);
  });
  it('on t with the Welch–Satterthwaite df of the two design dfs, not z', () => {
    // 5.8 / 2.83 = 2.05: beyond z = 1.96, within t(0.975, 20) = 2.086; df = (4 + 4)² / (4²/10 + 4²/10) = 20.
    const [x, y] = [
      { ...item('x', 50, 2), df: 10 },
      { ...item('y', 44.2, 2), df: 10 },
    ];
    expect(differs(item('x', 50, 2), item('y', 44.2, 2))).toBe(true);
    expect(differs(x, y)).toBe(false);
    expect(differs(x, { ...y, estimate: 44 })).toBe(true); // 6 / 2.83 = 2.12
    // An exact figure adds no variance and no df: t on the other's df alone (t(0.975, 10) = 2.228).
    expect(differs({ ...item('x', 50, 1), df: 10 }, item('y', 47.9, null))).toBe(false);
    expect(rankIntervals([x, y]).map((r) => [r.low, r.high])).toEqual([
      [1, 2],
      [1, 2],
    ]);
  });
  it('rank intervals: 1 + units significantly above to n − units significantly below', () => {
    expect(rankIntervals(items)).toEqual([
      { key: 'A', rank: 1, low: 1, high: 1 },
      { key: 'B', rank: 2, low: 2, high: 4 },
      { key: 'C', rank: 3, low: 2, high: 4 },
      { key: 'D', rank: 4, low: 2, high: 4 },
      { key: 'E', rank: 5, low: 5, high: 5 },
    ]);
  });
  it('every interval holds its rank, and exact figures get exact ranks', () => {
    for (const r of rankIntervals(items)) expect(r.low <= r.rank && r.rank <= r.high).toBe(true);
    expect(rankIntervals([item('a', 3, null), item('b', 2, null)]).map((r) => [r.low, r.high])).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });
  it('groups regions that cannot be told apart from the head of their group', () => {
    expect(indistinguishableGroups(items)).toEqual([['A'], ['B', 'C', 'D'], ['E']]);
    expect(indistinguishableGroups([item('a', 10, 5), item('b', 9, 5), item('c', 8, 5)])).toEqual([['a', 'b', 'c']]);
  });
});

describe('versusNational', () => {
  it('removes the region’s own share from the variance of the difference', () => {
    const v = versusNational(item('r', 60, 3), item('N', 55, 1), 0.05);
    expect(v.difference).toBe(5);
    expect(v.se).toBeCloseTo(Math.sqrt(9 * 0.9 + 1), 12);
    expect(v.significant).toBe(false); // 5 / 3.02 = 1.66
    expect(versusNational(item('r', 62, 3), item('N', 55, 1), 0.05).direction).toBe('above');
    expect(versusNational(item('r', 48, 3), item('N', 55, 1), 0.05).direction).toBe('below');
  });
  it('tests on t with the national design df', () => {
    // 5.6 / 2.92 = 1.92 (share 0.1): inside z; 6 / 2.92 = 2.06 beyond z, within t(0.975, 8) = 2.306.
    const national = { ...item('N', 55, 1), df: 8 };
    expect(versusNational(item('r', 61, 3), item('N', 55, 1), 0.1).significant).toBe(true);
    expect(versusNational(item('r', 61, 3), national, 0.1).significant).toBe(false);
    expect(versusNational(item('r', 62, 3), national, 0.1).significant).toBe(true); // 7 / 2.92 = 2.40
  });
  it('exact figures differ whenever unequal', () => {
    expect(versusNational(item('r', 3, null), item('N', 2, null), 0.1)).toMatchObject({
      se: null,
      significant: true,
      direction: 'above',
    });
  });
});
