import { describe, expect, it } from 'vitest';
import { contrast, equalityTest, independentDifference } from '../../../src/stats/change';
import { raoScott } from '../../../src/stats/crosstab';
import { UNDEFINED_REASONS } from '../../../src/stats/undefined';
import { translator } from '../../../src/i18n/t';

/** A 2 × 2 table's cell proportions (rows vary fastest) and a covariance of the cells: σ² on the diagonal. */
const p = [0.2, 0.3, 0.1, 0.4];
const diag = (s2: number) => p.map((_, i) => p.map((__, j) => (i === j ? s2 : 0)));
const nulls = { F: null, ndf: null, ddf: null, p: null, chisq: null, chisq_p: null };

describe('raoScott: an undefined test is null with a reason, never a number', () => {
  it('has a value with design variance and df', () => {
    const t = raoScott(p, diag(1e-3), 2, 2, 100, 10);
    expect(t.reason).toBeNull();
    expect(t.F).toBeGreaterThan(0);
    expect(t.ndf).toBeCloseTo(1, 12);
  });
  it('one_level: a single row or column', () => {
    expect(raoScott([0.4, 0.6], diag(1e-3).slice(0, 2), 1, 2, 100, 10)).toEqual({
      statistic: 'F',
      ...nulls,
      reason: 'one_level',
    });
  });
  it('no_df: a single PSU (ν = 0) or fewer PSUs than strata', () => {
    expect(raoScott(p, diag(1e-3), 2, 2, 100, 0).reason).toBe('no_df');
    expect(raoScott(p, diag(1e-3), 2, 2, 100, -1).reason).toBe('no_df');
  });
  it('no_variance: a zero covariance, or one that is rounding (the −1e15 F came from a trace of −1e−16)', () => {
    for (const s2 of [0, 1e-30, -1e-18]) expect(raoScott(p, diag(s2), 2, 2, 100, 10)).toMatchObject(nulls);
    expect(raoScott(p, diag(-1e-18), 2, 2, 100, 10).reason).toBe('no_variance');
  });
  it('sparse_table: a 3 × 3 table with only its diagonal filled has no estimable interaction', () => {
    const q = [1 / 3, 0, 0, 0, 1 / 3, 0, 0, 0, 1 / 3];
    const v = q.map((_, i) => q.map((__, j) => (i === j ? 1e-3 : 0)));
    expect(raoScott(q, v, 3, 3, 90, 10).reason).toBe('sparse_table');
  });
});

describe('Wald tests and contrasts without design df or variance', () => {
  const d = (cov: number[][], df: number) => ({
    levels: ['a', 'b', 'c'],
    estimates: [5, 6, 7],
    n: [9, 9, 9],
    nEff: [9, 9, 9],
    cov,
    df,
    dfs: [df, df, df],
  });
  const v3 = (s2: number) => [0, 1, 2].map((i) => [0, 1, 2].map((j) => (i === j ? s2 : 0)));
  it('equalityTest: one_level, no_df (ν − k < 1), no_variance; a value otherwise', () => {
    expect(equalityTest({ ...d(v3(0.1), 10), estimates: [5], levels: ['a'], cov: [[0.1]] }).reason).toBe('one_level');
    expect(equalityTest(d(v3(0.1), 2))).toEqual({ F: null, ndf: null, ddf: null, p: null, reason: 'no_df' });
    expect(equalityTest(d(v3(1e-25), 10)).reason).toBe('no_variance');
    expect(equalityTest(d(v3(0), 10)).reason).toBe('no_variance');
    const ok = equalityTest(d(v3(0.1), 10));
    expect([ok.reason, ok.ndf, ok.ddf]).toEqual([null, 2, 8]);
    // Differences from the first d = (1, 2), CΣCᵀ = 0.1·[[2, 1], [1, 2]]: W = dᵀ(CΣCᵀ)⁻¹d = 6 / 0.3 = 20, F = W/2.
    expect(ok.F).toBeCloseTo(10, 10);
  });
  it('contrast: p null with no variance (interval of width 0), interval and p null with no df', () => {
    const none = contrast(d(v3(0), 10), [-1, 1, 0]);
    expect(none).toMatchObject({ estimate: 1, se: 0, ci_low: 1, ci_high: 1, p: null, statistic: null });
    expect(none.reason).toBe('no_variance');
    const noDf = contrast(d(v3(0.1), 0), [-1, 1, 0]);
    expect(noDf).toMatchObject({ ci_low: null, ci_high: null, p: null, reason: 'no_df' });
    expect(contrast(d(v3(0.1), 10), [-1, 1, 0]).p).toBeGreaterThan(0);
  });
  it('independentDifference: two waves with no variance give no p', () => {
    const a = { estimate: 0.4, se: 0, df: 10 },
      b = { estimate: 0.5, se: 0, df: 12 };
    expect(independentDifference(a, b)).toMatchObject({ p: null, reason: expect.any(String) });
  });
});

describe('every reason is worded in ru, kk and en', () => {
  it.each(['ru', 'kk', 'en'] as const)('%s', (lang) => {
    const t = translator(lang);
    for (const r of UNDEFINED_REASONS) expect(t(`stat.undefined.${r}`)).not.toMatch(/^stat\./);
  });
});
