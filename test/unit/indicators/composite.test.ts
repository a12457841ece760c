import { describe, expect, it } from 'vitest';
import type { Component, Entry } from '../../../src/indicators/catalogue/types';
import { aggregate, compositeRows, normalise, withWeights } from '../../../src/indicators/composite';
import { emptyRow } from '../../../src/indicators/rows';
import {
  compositeScenarioScores,
  defaultScenarios,
  rank,
  sensitivity,
  spearman,
} from '../../../src/indicators/sensitivity';

const text = { ru: 'x', kk: 'x', en: 'x' };
const comps: Component[] = [
  { id: 'a', weight: 1, min: 0, max: 100 },
  { id: 'b', weight: 1, min: 0, max: 20 },
];
const composite: Entry = {
  id: 'idx',
  task: 'I3',
  name: text,
  definition: text,
  unit: 'index_0_100',
  direction: 'higher',
  source: 'external',
  dataset: null,
  columns: [],
  formula: { kind: 'composite', of: comps },
  breakdowns: ['region', 'wave'],
  smallBase: { rule: 'composite' },
};
const row = (
  id: string,
  region: string | null,
  estimate: number | null,
  status: 'ok' | 'no_denominator' = 'ok',
  n = 100,
) => ({
  ...emptyRow({ ...composite, id }, status, [], { region, wave: 2025 }),
  estimate,
  n,
});

describe('composite indices', () => {
  it('normalise on fixed bounds (clamped) and reverse when lower is better', () => {
    expect(normalise(10, comps[1])).toBe(50);
    expect(normalise(30, comps[1])).toBe(100);
    expect(normalise(-5, comps[1])).toBe(0);
    expect(normalise(25, comps[0], true)).toBe(75);
  });
  it('aggregate by weighted arithmetic or geometric mean', () => {
    expect(aggregate([40, 80], [1, 1])).toBe(60);
    expect(aggregate([40, 80], [1, 3])).toBe(70);
    expect(aggregate([25, 100], [1, 1], 'geometric')).toBeCloseTo(50, 12);
    expect(aggregate([0, 100], [1, 1], 'geometric')).toBe(0);
    expect(aggregate([10], [0])).toBeNull();
  });
  it('combine region × wave rows: a value only where every component has one, else the weightiest reason', () => {
    const rows = [
      row('a', null, 60),
      row('a', 'X', 40),
      row('a', 'Y', 50),
      row('b', null, null, 'no_denominator'),
      row('b', 'X', 10, 'ok', 7),
      row('b', 'Y', null, 'no_denominator'),
    ];
    const out = compositeRows(composite, rows, []);
    expect(out.map((r) => [r.region, r.estimate, r.status, r.n])).toEqual([
      [null, null, 'no_denominator', 0],
      ['X', 45, 'ok', 7],
      ['Y', null, 'no_denominator', 0],
    ]);
  });
});

describe('user weights', () => {
  it('replace a composite’s published weights, and leave other entries and wrong lengths alone', () => {
    const [c] = withWeights([composite], { idx: [3, 1] });
    expect(c.formula.kind === 'composite' && c.formula.of.map((x) => x.weight)).toEqual([3, 1]);
    expect(withWeights([composite], { idx: [1] })[0]).toBe(composite);
    const rows = [row('a', 'X', 40), row('b', 'X', 10)];
    expect(compositeRows(c, rows, [])[0].estimate).toBe(42.5);
  });
});

describe('sensitivity of a composite ranking', () => {
  it('ranks with ties and Spearman’s correlation', () => {
    expect(rank([3, 1, 3, 2])).toEqual([1.5, 4, 1.5, 3]);
    expect(spearman([1, 2, 3], [10, 20, 30])).toBe(1);
    expect(spearman([1, 2, 3], [3, 2, 1])).toBe(-1);
  });
  it('recomputes the ranking under each scenario and says whether it holds', () => {
    // P leads on a, Q on b: doubling b's weight swaps them; R is last whatever the weights.
    const rows = [
      ['P', 90, 8],
      ['Q', 60, 15],
      ['R', 10, 2],
    ].flatMap(([code, a, b]) => [row('a', code as string, a as number), row('b', code as string, b as number)]);
    const scenarios = defaultScenarios(comps);
    const regions = compositeScenarioScores(rows, new Map(), comps, [false, false], 2025, scenarios);
    const s = sensitivity(regions, scenarios, 0);
    expect(s.scenarios.map((x) => x.id)).toEqual(['published', 'double:a', 'double:b', 'geometric']);
    expect(Object.values(s.scenarios[0].scores).map((x) => x.estimate)).toEqual([65, 67.5, 10]);
    expect(s.ranks.P).toEqual({ published: 2, 'double:a': 1, 'double:b': 2, geometric: 2 });
    expect(s.scenarios[1]).toMatchObject({ maxShift: 1, spearman: 0.5 });
    expect(s.holds).toBe(false);
    expect(sensitivity(regions, scenarios, 1).holds).toBe(true);
  });
  it('gives each scenario the delta-method SE from the components’ covariance (a fixed component adds none)', () => {
    const rows = [row('a', 'P', 50), row('b', 'P', 10)];
    // a: variance 4; b: exact. published = (a + 5b)/2: SE = 2/2 = 1; double:a = (2a + 5b)/3: SE = 4/3.
    const u = {
      cov: [
        [4, 0],
        [0, 0],
      ],
      df: 10,
      n: 100,
      n_eff: 80,
    };
    const scenarios = defaultScenarios(comps);
    const [p] = compositeScenarioScores(rows, new Map([['P|2025', u]]), comps, [false, false], 2025, scenarios);
    expect(p.scores[0]).toMatchObject({ estimate: 50, se: 1, df: 10 });
    expect(p.scores[1].se).toBeCloseTo(4 / 3, 12);
    expect(p.scores[0].ci_low).toBeCloseTo(50 - 2.228138852, 6);
  });
});
