import { describe, expect, it } from 'vitest';
import { bootstrapMse } from '../../../src/stats/sae-bootstrap';
import { eblupFH } from '../../../src/stats/sae-eblup';
import { fitFayHerriot } from '../../../src/stats/sae-fit';
import { mulberry32, normalDraws } from '../../../src/stats/seeded-random';
import { saeFixture } from './sae-fixture';

const areas = saeFixture();

describe('bootstrapMse', () => {
  it('is deterministic for a seed and changes with it', () => {
    const a = bootstrapMse(areas, { replicates: 20, seed: 42 });
    expect(bootstrapMse(areas, { replicates: 20, seed: 42 })).toEqual(a);
    expect(bootstrapMse(areas, { replicates: 20, seed: 43 })).not.toEqual(a);
  });

  it('gives one MSE per area in input order, synthetic areas included', () => {
    const mse = bootstrapMse(areas, { method: 'FH', replicates: 10, seed: 1 });
    expect(mse).toHaveLength(53);
    mse.forEach((m) => expect(m).toBeGreaterThan(0));
  });

  it.each(['REML', 'FH'] as const)('with %s is within 30%% of the Prasad–Rao MSE on average (B = 200)', (method) => {
    const boot = bootstrapMse(areas, { method, replicates: 200, seed: 20260612 });
    const pr = eblupFH(fitFayHerriot(areas, { method }), areas).map((e) => e.mse);
    const ratio = boot.reduce((s, b, i) => s + b / pr[i], 0) / boot.length;
    expect(ratio).toBeGreaterThan(0.7);
    expect(ratio).toBeLessThan(1.3);
  });

  it('throws on fewer than one replicate', () => {
    expect(() => bootstrapMse(areas, { replicates: 0 })).toThrow(/invalid replicates/);
  });
});

describe('normalDraws(mulberry32(seed))', () => {
  it('has mean ≈ 0 and variance ≈ 1 over 20,000 draws', () => {
    const z = normalDraws(mulberry32(7));
    const xs = Array.from({ length: 20000 }, z);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const v = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(v - 1)).toBeLessThan(0.04);
  });
});
