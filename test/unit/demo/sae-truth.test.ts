// Model-based district estimates of the demo survey against the generator's district truth (district-truth.json).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStudyFolder } from '../../../src/cli/study-folder';
import type { Connector } from '../../../src/core/sql';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import type { Sources } from '../../../src/indicators/prepare';
import { DEFAULT_COVARIATES } from '../../../src/indicators/sae-covariates';
import { type SaeResult, runSae } from '../../../src/indicators/sae-run';

const truth = JSON.parse(readFileSync(new URL('../../../data/demo/district-truth.json', import.meta.url), 'utf8'))
  .truth as Record<string, Record<string, number>>;
const HEADLINE_SURVEY = ['sci', 'trust_generalised', 'trust_ngo', 'aware_centre', 'used_centre_services'];
const WAVE = 2025;
let db: Connector;
let sources: Sources;
const fits: Record<string, SaeResult> = {};

beforeAll(async () => {
  db = await openNodeDuckDB();
  ({ sources } = await openStudyFolder(db, 'demo'));
  for (const id of HEADLINE_SURVEY)
    fits[id] = await runSae(db, sources, { indicator: id, wave: WAVE, covariates: DEFAULT_COVARIATES });
}, 120_000);
afterAll(() => db.close());

/** Mean squared error against the truth, over the districts given. */
function mse(rows: SaeResult['rows'], value: (r: SaeResult['rows'][number]) => number | null, id: string) {
  const errs = rows.map((r) => (value(r)! - truth[id][`${r.area}|${WAVE}`]) ** 2);
  return errs.reduce((a, b) => a + b, 0) / errs.length;
}

describe('model-based district estimates recover the generating model better than direct ones', () => {
  for (const id of HEADLINE_SURVEY) {
    it(`${id} ${WAVE}: EBLUPs are closer to the truth than the direct estimates, and their CIs cover it`, () => {
      const rows = fits[id].rows.filter((r) => r.status === 'ok');
      expect(rows).toHaveLength(224);
      const sampled = rows.filter((r) => r.direct !== null);
      const ratio = mse(sampled, (r) => r.estimate, id) / mse(sampled, (r) => r.direct, id);
      const covered = rows.filter((r) => {
        const t = truth[id][`${r.area}|${WAVE}`];
        return t >= r.ci_low! && t <= r.ci_high!;
      }).length;
      console.log(
        `${id}: MSE(EBLUP)/MSE(direct) = ${ratio.toFixed(3)} over ${sampled.length} sampled districts; ` +
          `95% CI coverage ${((100 * covered) / rows.length).toFixed(1)}% of 224`,
      );
      expect(ratio).toBeLessThan(0.8);
      expect(covered / rows.length).toBeGreaterThan(0.85);
    });
  }
});
