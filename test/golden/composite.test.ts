// The composite indices carry design-based SEs and t intervals on the design df, checked against R survey 4.1.1
// (test/golden/r/derive-composite.R → test/fixtures/composite-indices.json), in every region × wave of the demo:
//   CSDI:  svycontrast(svytotal(~y_sci + v_sci + … + y_used + v_used, subset(des, region == r & wave == w)),
//            quote((y_sci/v_sci + 100*y_trust_ngo/v_trust_ngo + 100*y_involved/v_involved + 100*y_used/v_used
//                   + 100*ngo_rate/20) / 5)), confint(…, df = degf(subset))
//   its geometric scenario: the same with exp(mean(log(…))) (delta method, as svycontrast of an expression);
//   SCI scenarios, recombined per respondent: svymean(~sci + sci_double_trust + sci_geometric, subset(s, !is.na(sci))).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStudyFolder } from '../../src/cli/study-folder';
import type { Connector } from '../../src/core/sql';
import { CATALOGUE, entryById } from '../../src/indicators/catalogue';
import type { Sources } from '../../src/indicators/prepare';
import type { IndicatorRow } from '../../src/indicators/rows';
import { runIndicators } from '../../src/indicators/run';
import { rankingSensitivity } from '../../src/indicators/sensitivity-run';
import type { Design } from '../../src/core/design';
import { deltaMethod, jointMeans } from '../../src/stats/joint';
import { openBothEngines, openWithFixtures } from '../helpers/db';

interface Interval {
  estimate: number;
  se: number;
  ci_low: number;
  ci_high: number;
  df: number;
}
type Cell = Record<'csdi' | 'csdi_geometric' | 'sci_double_trust' | 'sci_geometric', Interval>;
const R = JSON.parse(readFileSync('test/fixtures/composite-indices.json', 'utf8')) as Record<string, Cell>;

let db: Connector;
let sources: Sources;
let rows: IndicatorRow[];
beforeAll(async () => {
  db = await openBothEngines();
  sources = (await openStudyFolder(db, 'demo')).sources;
  const components = ['sci', 'trust_ngo', 'involved_decisions_pct', 'used_centre_services', 'ngo_active_per_10k'];
  rows = await runIndicators(db, sources, ['region', 'wave'], ['csdi', ...components]);
}, 120_000);
afterAll(() => db.close());

/** Equal to R's printed 12 significant digits. */
function same(
  got: { estimate: number | null; se: number | null; ci_low: number | null; ci_high: number | null },
  want: Interval,
  at: string,
) {
  // The interval's ends to 1e-8: jStat's t quantile agrees with R's qt to about 10 digits.
  for (const k of ['estimate', 'se', 'ci_low', 'ci_high'] as const)
    expect(Math.abs(got[k]! / want[k] - 1), `${at} ${k}`).toBeLessThan(k.startsWith('ci') ? 1e-8 : 1e-10);
}

describe('composite indices against R svycontrast', () => {
  it('the CSDI of each region × wave with a population: estimate, SE and t interval on the design df', () => {
    const cells = Object.keys(R);
    expect(cells).toHaveLength(54);
    for (const cell of cells) {
      const [region, wave] = cell.split('|');
      const row = rows.find((r) => r.indicator_id === 'csdi' && r.region === region && r.wave === Number(wave))!;
      expect(row.status, cell).toBe('ok');
      same(row, R[cell].csdi, cell);
    }
  });
  it('its base is the smallest survey component’s unweighted n, not the registry’s row count', () => {
    const row = rows.find((r) => r.indicator_id === 'csdi' && r.region === 'KZ-10' && r.wave === 2021)!;
    expect(row.n).toBe(77); // trust_ngo's base in KZ-10, 2021: sum(v_trust_ngo) in R (79 respondents)
    expect(row.n_eff).toBeGreaterThan(60);
  });
  it('the sensitivity view recombines respondents: each scenario’s value, SE and interval in every region', async () => {
    const entries = CATALOGUE;
    for (const wave of [2021, 2023, 2025]) {
      const csdi = (await rankingSensitivity(db, entryById('csdi')!, entries, sources, rows, wave))!;
      const sci = (await rankingSensitivity(db, entryById('sci')!, entries, sources, rows, wave))!;
      const pick = (s: typeof csdi, id: string) => s.scenarios.find((x) => x.id === id)!.scores;
      for (const [cell, want] of Object.entries(R).filter(([c]) => c.endsWith(`|${wave}`))) {
        const region = cell.split('|')[0];
        expect(Object.keys(pick(sci, 'published')), cell).toContain(region);
        expect(Object.keys(pick(csdi, 'published')), cell).toContain(region);
        same(pick(csdi, 'published')[region], want.csdi, cell);
        same(pick(csdi, 'geometric')[region], want.csdi_geometric, cell);
        same(pick(sci, 'double:sci_trust')[region], want.sci_double_trust, cell);
        same(pick(sci, 'geometric')[region], want.sci_geometric, cell);
        const published = rows.find((r) => r.indicator_id === 'sci' && r.region === region && r.wave === wave)!;
        expect(pick(sci, 'published')[region].estimate / published.estimate! - 1).toBeCloseTo(0, 12);
        expect(pick(sci, 'published')[region].se! / published.se! - 1).toBeCloseTo(0, 10);
      }
    }
  }, 120_000);
});

describe('a composite under replicate weights (test/golden/r/derive-composite-replicate.R)', () => {
  // svycontrast(svytotal(~ya + va + yb + vb, b, return.replicates = TRUE), quote((ya/va)/10 + 2*(yb/vb)/5)) on the
  // bootstrap(40) replicates of apiclus1: 205.440922897 (7.31477757612), 95% CI on degf(b) = 14.
  it('each mean on its own base, their replicates’ covariance, t on the replicate df', async () => {
    const rdb = await openWithFixtures('apiclus1-boot');
    const design: Design = {
      ids: null,
      strata: null,
      weights: 'pw',
      fpc: null,
      replicates: { columns: '^bw', type: 'bootstrap' },
    };
    const [j] = await jointMeans(rdb, '"apiclus1-boot"', design, [
      { y: 'api00', domain: `"sch.wide" = 'Yes'` },
      { y: 'CASE WHEN enroll < 500 THEN enroll END' },
    ]);
    const c = deltaMethod(j.estimates[0]! / 10 + (2 * j.estimates[1]!) / 5, [1 / 10, 2 / 5], j.cov, j.df);
    same(
      c,
      { estimate: 205.440922897, se: 7.31477757612, ci_low: 189.752285327, ci_high: 221.129560468, df: 14 },
      'boot',
    );
    expect(c.df).toBe(14);
    await rdb.close();
  });
});
