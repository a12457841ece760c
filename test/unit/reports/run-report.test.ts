import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStudyFolder } from '../../../src/cli/study-folder';
import type { Connector } from '../../../src/core/sql';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import { NEEDS_REPORT } from '../../../src/reports/needs-spec';
import { type ReportResult, type WaveData, runReportTable } from '../../../src/reports/run-report';

let db: Connector;
let waves: WaveData[];
const table = (id: string) => NEEDS_REPORT.tables.find((t) => t.id === id)!;
beforeAll(async () => {
  db = await openNodeDuckDB();
  const { loaded } = await openStudyFolder(db, 'demo');
  waves = NEEDS_REPORT.datasets.map((id) => ({
    table: id,
    codebook: loaded.find((l) => l.dataset.id === id)!.codebook,
  }));
});
afterAll(() => db.close());

const row = (r: ReportResult, key: string) => r.rows.find((x) => x.key === key)!;

describe('runReportTable on the needs assessment', () => {
  it('single choice: the published 2019 funding counts and percents beside 2024, with a change and its CI', async () => {
    const r = await runReportTable(db, table('funding_band'), waves, 'en');
    expect(r.question).toMatch(/^Annual funding/);
    expect(r.bases).toEqual([22, 60]);
    expect(r.rows.map((x) => x.cells[0].n)).toEqual([1, 2, 3, 4, 4, 3, 0, 4, 1]);
    expect(r.rows.map((x) => x.cells[0].value)).toEqual([4.5, 9.1, 13.6, 18.2, 18.2, 13.6, 0, 18.2, 4.5]);
    const none = row(r, '9');
    expect(none.label).toBe('No funding');
    expect(none.change!.ci_low).toBeLessThan(none.change!.estimate);
    expect(none.change!.ci_high).toBeGreaterThan(none.change!.estimate);
  });
  it('multiple response: each option as a share of the centres answering, labelled with the option text', async () => {
    const r = await runReportTable(db, table('resources'), waves, 'ru');
    expect(row(r, 'own_materials').cells[0]).toEqual({ n: 20, value: 90.9 });
    expect(row(r, 'own_office').cells[0]).toEqual({ n: 9, value: 40.9 });
    expect(row(r, 'portfolio').label).toBe('Портфолио организации');
    const sources = await runReportTable(db, table('funding_sources'), waves, 'en');
    expect(sources.rows.reduce((a, x) => a + (x.cells[0].value ?? 0), 0)).toBeGreaterThan(100);
  });
  it('scores: a mean with its t interval per wave and a Welch interval for the change', async () => {
    const r = await runReportTable(db, table('competences'), waves, 'en');
    const m = row(r, 'comp_management');
    expect(m.cells[0].n).toBe(22);
    expect(m.cells[0].ci_low!).toBeLessThan(m.cells[0].value!);
    expect(m.change!.estimate).toBeCloseTo(m.cells[1].value! - m.cells[0].value!, 10);
  });
});
