import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStudyFolder, readDistricts, readRegions } from '../../../src/cli/study-folder';
import type { Connector } from '../../../src/core/sql';
import type { DatasetMeta } from '../../../src/data/datasets';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import { prepareSources } from '../../../src/indicators/prepare';
import { inputsWithRoles } from '../../../src/indicators/roles';
import { runIndicators } from '../../../src/indicators/run';

let db: Connector;
let study: Awaited<ReturnType<typeof openStudyFolder>>;
beforeAll(async () => {
  db = await openNodeDuckDB();
  study = await openStudyFolder(db, 'demo');
  // An "imported" copy of the 2025 wave, its region column matched into region_code as the Data page does.
  await db.exec(
    `CREATE TABLE u_wave_2025 AS SELECT * EXCLUDE (region, wave), region AS region_code ` +
      `FROM population WHERE wave = 2025`,
  );
});
afterAll(() => db.close());

const meta = (role: string | null): DatasetMeta => ({
  id: 'u_wave_2025',
  title: 'My 2025 wave',
  file: 'wave-2025.csv',
  format: 'csv',
  encoding: 'utf-8',
  delimiter: ',',
  decimal: '.',
  rows: 2000,
  imported: '2026-11-28T00:00:00Z',
  codebook: study.loaded.find((l) => l.dataset.id === 'population')!.codebook,
  design: { ids: 'psu', strata: 'stratum', weights: 'weight', fpc: 'fpc' },
  wave: 2025,
  role,
});

describe('an imported dataset standing in for a study dataset', () => {
  it('replaces the study dataset of its role, keeping its own table, codebook, design and wave', () => {
    const inputs = inputsWithRoles(study.loaded, [meta('population'), { ...meta(null), id: 'u_other' }]);
    const pop = inputs.find((i) => i.dataset.id === 'population')!;
    expect(pop).toMatchObject({
      table: 'u_wave_2025',
      dataset: { id: 'population', kind: 'survey', waves: [2025], design: { weights: 'weight' } },
    });
    expect(inputs).toHaveLength(study.loaded.length);
    expect(inputsWithRoles(study.loaded, [meta(null)])).toEqual(study.loaded);
  });
  it('feeds the catalogue: the same estimates as the study gives for that wave, region codes from region_code', async () => {
    const ref = { regions: await readRegions(), districts: await readDistricts() };
    const sources = await prepareSources(db, inputsWithRoles(study.loaded, [meta('population')]), ref);
    const mine = await runIndicators(db, sources, ['region', 'wave'], ['trust_ngo', 'sci']);
    const theirs = (await runIndicators(db, study.sources, ['region', 'wave'], ['trust_ngo', 'sci'])).filter(
      (r) => r.wave === 2025,
    );
    expect(mine).toHaveLength(theirs.length);
    mine.forEach((r, i) => {
      expect([r.indicator_id, r.region, r.wave, r.status, r.n]).toEqual([
        theirs[i].indicator_id,
        theirs[i].region,
        theirs[i].wave,
        theirs[i].status,
        theirs[i].n,
      ]);
      if (r.estimate !== null) expect(r.estimate).toBeCloseTo(theirs[i].estimate!, 9);
      if (r.se !== null) expect(r.se).toBeCloseTo(theirs[i].se!, 9);
    });
  }, 60_000);
});
