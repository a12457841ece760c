// The path a user's file takes (the Data page's import: sniffing, chunked loading, one transaction), checked
// against R survey 4.1.1 on the api data (shared/validation/REFERENCE.md), on both engines:
//   dclus1 <- svydesign(id = ~dnum, weights = ~pw, data = apiclus1, fpc = ~fpc)
//   svymean(~api00, dclus1)   → 644.1694, SE 23.542
//   svytotal(~enroll, dclus1) → 3,404,940.13, SE 932,235.03
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Design } from '../../src/core/design';
import { type Connector, quoteIdent } from '../../src/core/sql';
import { importDataset } from '../../src/data/dataset-import';
import { probeFile } from '../../src/data/import/probe';
import { estimate } from '../../src/stats/estimate';
import { openBothEngines, openWithFixtures } from '../helpers/db';

const dclus1: Design = { ids: 'dnum', strata: null, weights: 'pw', fpc: 'fpc' };
let imported: Connector;
let fixture: Connector;
let table: string;

beforeAll(async () => {
  const bytes = new Uint8Array(readFileSync(new URL('../fixtures/apiclus1.csv', import.meta.url)));
  imported = await openBothEngines();
  const probe = await probeFile('apiclus1.csv', bytes);
  const meta = await importDataset(imported, { file: 'apiclus1.csv', bytes, probe });
  table = quoteIdent(meta.id);
  fixture = await openWithFixtures('apiclus1');
});
afterAll(async () => {
  await imported.close();
  await fixture.close();
});

describe('a file imported as a user imports it', () => {
  it('svymean(~api00) → 644.1694, SE 23.542; svytotal(~enroll) → 3,404,940.13, SE 932,235.03', async () => {
    const [mean] = await estimate(imported, table, dclus1, { statistic: 'mean', y: '"api00"' });
    expect(mean.estimate).toBeCloseTo(644.1694, 4);
    expect(mean.se).toBeCloseTo(23.542, 3);
    const [total] = await estimate(imported, table, dclus1, { statistic: 'total', y: '"enroll"' });
    expect(total.estimate).toBeCloseTo(3404940.13, 1);
    expect(total.se).toBeCloseTo(932235.03, 1);
  });
  it('gives the same numbers as the start-up path (load-csv.ts, which the demo and the fixtures take)', async () => {
    const spec = { statistic: 'mean' as const, y: '"api00"', by: ['"stype"'] };
    const viaImport = await estimate(imported, table, dclus1, spec);
    const viaStartup = await estimate(fixture, '"apiclus1"', dclus1, spec);
    expect(viaImport).toEqual(viaStartup);
  });
});
