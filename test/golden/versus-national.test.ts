// Region against national: the comparison pages' approximation from published rows against the exact linearised SE of
// R survey 4.1.1 (test/golden/r/derive-versus-national.R → test/fixtures/versus-national-trust_ngo-2025.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IndicatorRow } from '../../src/indicators/rows';
import { criticalValue } from '../../src/stats/ci';
import { versusNational } from '../../src/stats/ranks';

const read = (f: string) => JSON.parse(readFileSync(join(process.cwd(), f), 'utf8'));
const exact = read('test/fixtures/versus-national-trust_ngo-2025.json') as Record<
  string,
  { difference: number; se: number }
>;
const rows = (read('data/demo/precomputed.json') as IndicatorRow[]).filter(
  (r) => r.indicator_id === 'trust_ngo' && r.wave === 2025 && !Object.keys(r.by).length,
);
const national = rows.find((r) => r.region === null)!;
const rankable = (r: IndicatorRow) => ({ key: r.region ?? '', estimate: r.estimate!, se: r.se, df: r.df });

describe('versusNational against R svycontrast(svytotal(~yr + vr + y + v), yr/vr − y/v)', () => {
  const regional = rows.filter((r) => r.region !== null && r.status === 'ok');
  it('all 20 regions are compared', () => expect(regional).toHaveLength(20));
  it('the difference is exact and its SE within 6% of the exact linearised SE', () => {
    for (const r of regional) {
      const v = versusNational(rankable(r), rankable(national), r.n / national.n);
      const want = exact[r.region!];
      expect(v.difference, r.region!).toBeCloseTo(want.difference, 6);
      expect(Math.abs(v.se! / want.se - 1), r.region!).toBeLessThan(0.06);
    }
  });
  // R: confint(svycontrast(...), df = degf(des)), the contrast on t with the national design's df.
  it('the significance call agrees with R’s on t with degf(des) for every region', () => {
    const q = criticalValue(0.95, national.df!);
    expect(national.df).toBeGreaterThan(100);
    for (const r of regional) {
      const v = versusNational(rankable(r), rankable(national), r.n / national.n);
      const want = exact[r.region!];
      expect(v.significant, r.region!).toBe(Math.abs(want.difference / want.se) > q);
    }
  });
});
