// Change between waves of the demo population survey against R survey 4.1.1; numbers printed by
// test/golden/r/derive-wave-change.R (design: svydesign(ids = ~psu, strata = ~stratum, weights = ~weight, fpc = ~fpc)).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeLines } from '../../src/compare/change';
import type { Connector } from '../../src/core/sql';
import { openStudyFolder } from '../../src/cli/study-folder';
import type { IndicatorRow } from '../../src/indicators/rows';
import { changeAcrossWaves } from '../../src/reports/analyse-change';
import { openBothEngines } from '../helpers/db';

const rows = JSON.parse(readFileSync(join(process.cwd(), 'data/demo/precomputed.json'), 'utf8')) as IndicatorRow[];
const close = (got: number | null, want: number, rel = 1e-7) =>
  expect(Math.abs(got! - want)).toBeLessThanOrEqual(rel * Math.abs(want));

describe('Waves page: two independent waves, t on the Welch–Satterthwaite df of the two design dfs', () => {
  const lines = changeLines(rows, 'trust_ngo', 2025, 2023, {}, 'National');
  // est, se, degf(subset(des, region == r & wave == 2023)), degf(… 2025), Welch df, est ± qt(0.975, df)·se
  const want: Array<[string, number, number, number, number, number, number]> = [
    ['KZ-11', -1.66161095146, 9, 9, 16.67888979508, -19.47326446468, 16.15004256176],
    ['KZ-75', 19.7034131464, 19, 19, 30.46502049423, 8.45469532726, 30.95213096555],
    ['KZ-10', -2.70629644146, 8, 8, 14.75054455185, -20.90107787591, 15.48848499298],
  ];
  for (const [code, est, df1, df2, df, lo, hi] of want) {
    it(`trust_ngo 2025 − 2023 in ${code}: ${lo} … ${hi} on ${df} df`, () => {
      const at = (w: number) => rows.find((r) => r.indicator_id === 'trust_ngo' && r.wave === w && r.region === code);
      expect([at(2023)!.df, at(2025)!.df]).toEqual([df1, df2]);
      const l = lines.find((x) => x.code === code)!;
      close(l.difference, est);
      close(l.ci_low, lo);
      close(l.ci_high, hi);
      close(l.df, df);
    });
  }
});

describe('Analyse change view: waves as domains of the one stacked design', () => {
  let db: Connector;
  beforeAll(async () => void (db = await openBothEngines()));
  afterAll(() => db.close());
  const ctx = { lang: 'en' as const, place: (c: string) => c, totalLabel: 'All' };
  it('conf_ngo = 1: svycontrast(svytotal(~y23 + v23 + y25 + v25), 100·(y25/v25 − y23/v23)), confint(df = degf(des)); each wave as svyciprop(~c1, subset(des, wave == w)) on its own degf', async () => {
    const { loaded } = await openStudyFolder(db, 'demo');
    const { dataset, codebook } = loaded.find((l) => l.dataset.id === 'population')!;
    const r = await changeAcrossWaves(db, dataset, codebook, 'conf_ngo', ctx);
    const one = r.rows.find((x) => x.code === '1')!;
    const waves: Array<[number, number, number]> = [
      [2021, 20.0353803426, 24.0993709058],
      [2023, 21.877154578, 25.7839662876],
      [2025, 24.3260990863, 28.26253888],
    ];
    for (const [w, lo, hi] of waves) {
      const at = one.waves.find((x) => x.wave === w)!;
      close(at.ci_low, lo, 1e-6);
      close(at.ci_high, hi, 1e-6);
    }
    expect(r.df).toBe(645);
    close(one.change!.estimate, 2.4714241799, 1e-8);
    close(one.change!.se, 1.40718812243, 1e-8);
    close(one.change!.ci_low, -0.291798973269, 1e-6); // jStat's t quantile: ~1e-7
    close(one.change!.ci_high, 5.234647333075, 1e-6);
  });
});
