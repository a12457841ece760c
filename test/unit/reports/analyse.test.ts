import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStudyFolder } from '../../../src/cli/study-folder';
import type { Connector } from '../../../src/data/connector';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import type { CodebookVariable, StudyDataset } from '../../../src/data/study';
import { analyse, analysisVariables, exportRows } from '../../../src/reports/analyse';
import { crosstab } from '../../../src/stats/crosstab';

let db: Connector;
let ds: StudyDataset;
let codebook: CodebookVariable[];
beforeAll(async () => {
  db = await openNodeDuckDB();
  const { loaded } = await openStudyFolder(db, 'demo');
  ({ dataset: ds, codebook } = loaded.find((l) => l.dataset.id === 'population')!);
});
afterAll(() => db.close());

describe('Analyse: a crosstab of two codebook questions in one wave', () => {
  it('offers labelled questions and the region, never design columns', () => {
    const names = analysisVariables(codebook).map((v) => v.name);
    expect(names).toContain('trust_gen');
    expect(names).toContain('region');
    for (const design of ['psu', 'stratum', 'weight', 'fpc', 'wave', 'id']) expect(names).not.toContain(design);
  });
  it('labels rows and columns, leaves out user-missing codes, and each row % sums to 100', async () => {
    const r = await analyse(db, ds, codebook, { rows: 'settlement', cols: 'trust_gen', wave: 2025, percent: 'row' }, 'en', (c) => c);
    expect(r.cols.map((c) => c.code)).toEqual(['1', '2']);
    expect(r.rows.map((x) => x.label)).toEqual(['Urban', 'Rural']);
    for (const row of r.rows) {
      const sum = r.cells.filter((c) => c.row === row.code).reduce((s, c) => s + c.pct!, 0);
      expect(sum).toBeCloseTo(100, 9);
    }
    expect(r.test!.ddf).toBeGreaterThan(0);
    expect(r.test!.p).toBeGreaterThanOrEqual(0);
    const csv = exportRows(r, 'Settlement', 'Trust');
    expect(Object.keys(csv[0])).toEqual(['Settlement', 'Trust', 'n', 'base_n', 'percent', 'se', 'ci_low', 'ci_high', 'status', 'flags']);
  });
  it('the wave is a domain of the whole design: same numbers as the crosstab with that domain', async () => {
    const r = await analyse(db, ds, codebook, { rows: 'sex', cols: 'volunteered', wave: 2023, percent: 'cell' }, 'en', (c) => c);
    const direct = await crosstab(db, '"population"', ds.design, { rows: 'sex', cols: 'volunteered', domain: 'wave = 2023' });
    expect(r.cells.map((c) => c.pct)).toEqual(direct.cells.map((c) => c.cell_pct));
    expect(r.test!.F).toBe(direct.test!.F);
  });
  it('suppresses a percentage whose base is under 30 respondents', async () => {
    const r = await analyse(db, ds, codebook, { rows: 'region', cols: 'trust_gen', wave: 2021, percent: 'col' }, 'en', (c) => c);
    const small = await analyse(db, ds, codebook, { rows: 'svc_legal', cols: 'sex', wave: 2021, percent: 'row' }, 'en', (c) => c);
    expect(r.cells.every((c) => c.status === 'ok')).toBe(true);
    const tiny = small.cells.filter((c) => c.base < 30);
    expect(tiny.length).toBeGreaterThan(0);
    expect(tiny.every((c) => c.status === 'suppressed' && c.pct === null && c.ci_low === null)).toBe(true);
  });
});
