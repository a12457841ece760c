import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStudyFolder } from '../../../src/cli/study-folder';
import type { Connector } from '../../../src/core/sql';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import { loadNgoTable, per10k } from '../../../src/reports/ngo';

let db: Connector;
beforeAll(async () => {
  db = await openNodeDuckDB();
  await openStudyFolder(db, 'demo');
});
afterAll(() => db.close());

describe('loadNgoTable', () => {
  it('sums a year and measure by region and legal form; the national row is the published April 2023 total', async () => {
    const t = await loadNgoTable(db, { year: 2023, measure: 'active', by: 'legal_form' });
    expect(t.rows).toHaveLength(20);
    expect(t.categories.sort()).toEqual([
      'association_of_legal_entities',
      'foundation',
      'private_institution',
      'public_association',
    ]);
    expect(t.national.total).toBe(18204);
    expect(t.rows.reduce((a, r) => a + r.total, 0)).toBe(18204);
  });
  it('breaks every measure down by field of activity too, with its unit', async () => {
    expect((await loadNgoTable(db, { year: 2025, measure: 'registered', by: 'activity' })).categories).toHaveLength(9);
    const wages = await loadNgoTable(db, { year: 2025, measure: 'wage_fund', by: 'activity' });
    expect(wages.categories).toHaveLength(9);
    expect(wages.unit).toBe('thousand_kzt');
    await expect(loadNgoTable(db, { year: 2025, measure: 'value; DROP TABLE x', by: 'activity' })).rejects.toThrow(
      /unknown NGO measure/,
    );
  });
});

describe('per10k', () => {
  it('divides by the population, or gives null without one', () => {
    expect(per10k(50, 100000)).toBe(5);
    expect(per10k(50, null)).toBeNull();
  });
});
