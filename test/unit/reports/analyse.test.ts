import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStudyFolder } from '../../../src/cli/study-folder';
import type { Connector } from '../../../src/core/sql';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import type { CodebookVariable, StudyDataset } from '../../../src/data/study';
import { analyse, analysisVariables, exportRows } from '../../../src/reports/analyse';
import { crosstab } from '../../../src/stats/crosstab';
import { estimate } from '../../../src/stats/estimate';
import { meansByGroup } from '../../../src/reports/analyse-means';
import { analyseSet, responseSets } from '../../../src/reports/analyse-mr';
import { changeAcrossWaves } from '../../../src/reports/analyse-change';

let db: Connector;
const ctx = { lang: 'en' as const, place: (c: string) => c, totalLabel: 'All' };
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
    const r = await analyse(
      db,
      ds,
      codebook,
      { rows: 'settlement', cols: 'trust_gen', wave: 2025, percent: 'row' },
      ctx,
    );
    expect(r.cols.map((c) => c.code)).toEqual(['1', '2']);
    expect(r.rows.map((x) => x.label)).toEqual(['Urban', 'Rural']);
    for (const row of r.rows) {
      const sum = r.cells.filter((c) => c.row === row.code).reduce((s, c) => s + c.pct!, 0);
      expect(sum).toBeCloseTo(100, 9);
    }
    expect(r.test!.ddf).toBeGreaterThan(0);
    expect(r.test!.p).toBeGreaterThanOrEqual(0);
    const csv = exportRows(r, 'Settlement', 'Trust');
    expect(Object.keys(csv[0])).toEqual([
      'Settlement',
      'Trust',
      'n',
      'base_n',
      'percent',
      'se',
      'ci_low',
      'ci_high',
      'status',
      'flags',
    ]);
  });
  it('the wave is a domain of the whole design: same numbers as the crosstab with that domain', async () => {
    const r = await analyse(db, ds, codebook, { rows: 'sex', cols: 'volunteered', wave: 2023, percent: 'cell' }, ctx);
    const direct = await crosstab(db, '"population"', ds.design, {
      rows: 'sex',
      cols: 'volunteered',
      domain: 'wave = 2023',
    });
    expect(r.cells.map((c) => c.pct)).toEqual(direct.cells.map((c) => c.cell_pct));
    expect(r.test!.F).toBe(direct.test!.F);
  });
  it('suppresses a percentage whose base is under 30 respondents', async () => {
    const r = await analyse(db, ds, codebook, { rows: 'region', cols: 'trust_gen', wave: 2021, percent: 'col' }, ctx);
    const small = await analyse(db, ds, codebook, { rows: 'svc_legal', cols: 'sex', wave: 2021, percent: 'row' }, ctx);
    expect(r.cells.every((c) => c.status === 'ok')).toBe(true);
    const tiny = small.cells.filter((c) => c.base < 30);
    expect(tiny.length).toBeGreaterThan(0);
    expect(tiny.every((c) => c.status === 'suppressed' && c.pct === null && c.ci_low === null)).toBe(true);
  });
  it('gives each percentage the logit interval of the region pages, inside (0, 100) and longer on the side of 50%', async () => {
    const r = await analyse(db, ds, codebook, { rows: 'region', cols: 'volunteered', wave: 2025, percent: 'row' }, ctx);
    const shown = r.cells.filter((c) => c.ci_low !== null && c.pct! > 0 && c.pct! < 100);
    expect(shown.length).toBeGreaterThan(20);
    for (const c of shown) {
      const [below, above] = [c.pct! - c.ci_low!, c.ci_high! - c.pct!];
      expect(c.ci_low!).toBeGreaterThan(0);
      expect(c.ci_high!).toBeLessThan(100);
      if (c.pct! < 45) expect(above).toBeGreaterThan(below);
      if (c.pct! > 55) expect(below).toBeGreaterThan(above);
    }
  });
});

describe('Analyse: frequencies, means by group and multiple-response sets', () => {
  it('frequencies: one total column whose column % are the weighted shares, summing to 100', async () => {
    const r = await analyse(db, ds, codebook, { rows: 'education', cols: '', wave: 2025, percent: 'col' }, ctx);
    expect(r.cols).toEqual([{ code: 'total', label: 'All', total: expect.any(Number) }]);
    expect(r.cells.reduce((s, c) => s + c.pct!, 0)).toBeCloseTo(100, 9);
    expect(r.test).toMatchObject({ F: null, p: null, reason: 'one_level' });
  });
  it('means by group: each group mean equals the domain estimate; the Wald test and marks against the rest', async () => {
    const m = await meansByGroup(db, ds, codebook, { y: 'trust_gen10', group: 'settlement', wave: 2025 }, ctx);
    expect(m.rows.map((r) => r.label)).toEqual(['Urban', 'Rural']);
    const [urban] = await estimate(db, 'population', ds.design, {
      statistic: 'mean',
      y: 'CASE WHEN trust_gen10 IN (98, 99) THEN NULL ELSE trust_gen10 END',
      domain: 'wave = 2025 AND settlement = 1',
    });
    expect(m.rows[0].mean).toBeCloseTo(urban.estimate!, 10);
    expect(m.rows[0].mean!).toBeGreaterThanOrEqual(0);
    expect(m.rows[0].mean!).toBeLessThanOrEqual(10);
    expect(m.test.ndf).toBe(1);
    // With two groups the Wald F is the contrast's t squared; only the denominator df differ (ν − 1 against ν).
    expect(m.rows[0].p_vs_rest).toBeCloseTo(m.test.p!, 4);
    expect(m.rows[0].p_vs_rest).not.toBe(m.test.p);
    expect(m.total.n).toBe(m.rows.reduce((s, r) => s + r.n, 0));
  });
  it('multiple-response sets: yes/no groups only; % of respondents per option, not summing to 100', async () => {
    const sets = responseSets(codebook, 'en');
    expect(sets.map((s) => s.id)).toEqual(expect.arrayContaining(['nb', 'act']));
    expect(sets.map((s) => s.id)).not.toContain('trust');
    const nb = sets.find((s) => s.id === 'nb')!;
    const r = await analyseSet(db, ds, codebook, nb, { cols: 'settlement', wave: 2025 }, ctx);
    expect(r.cols.map((c) => c.label)).toEqual(['Urban', 'Rural']);
    expect(r.cells).toHaveLength(nb.items.length * 2);
    const urban = r.cells.filter((c) => c.col === '1').reduce((s, c) => s + c.pct!, 0);
    expect(urban).toBeGreaterThan(100);
    const one = r.cells.find((c) => c.option === nb.items[0].name && c.col === '1')!;
    const [direct] = await estimate(db, 'population', ds.design, {
      statistic: 'proportion',
      y: `COALESCE(${nb.items[0].name} = 1, false)::INT`,
      domain: `wave = 2025 AND settlement = 1 AND (${nb.items.map((v) => `${v.name} IS NOT NULL`).join(' OR ')})`,
    });
    expect(one.pct).toBeCloseTo(100 * direct.estimate!, 10);
  });
});

describe('Analyse: change across waves', () => {
  it('shares per wave match the single-wave crosstab; the change is last − previous in points with a CI', async () => {
    const r = await changeAcrossWaves(db, ds, codebook, 'volunteered', ctx);
    expect(r.waves).toEqual([2021, 2023, 2025]);
    const yes = r.rows.find((x) => x.code === '1')!;
    const single = await analyse(db, ds, codebook, { rows: 'volunteered', cols: '', wave: 2023, percent: 'col' }, ctx);
    expect(yes.waves[1].pct).toBeCloseTo(single.cells.find((c) => c.row === '1')!.pct!, 9);
    expect(yes.change!.estimate).toBeCloseTo(yes.waves[2].pct! - yes.waves[1].pct!, 9);
    expect(yes.change!.ci_low).toBeLessThan(yes.change!.estimate);
  });
  it('a question not asked in a wave leaves that wave out and says so', async () => {
    const r = await changeAcrossWaves(db, ds, codebook, 'aware_centre', ctx);
    expect(r.waves).toEqual([2023, 2025]);
    expect(r.skipped).toEqual([2021]);
  });
});

describe('Analyse: configurable small-base rules', () => {
  it('the same table under stricter rules suppresses what the defaults show', async () => {
    const req = { rows: 'settlement', cols: 'trust_gen', wave: 2025, percent: 'row' as const };
    const loose = await analyse(db, ds, codebook, req, ctx);
    const strict = await analyse(db, ds, codebook, req, { ...ctx, rules: { minN: 5000, minNeff: 50, maxRse: 0.3 } });
    expect(loose.cells.every((c) => c.status === 'ok')).toBe(true);
    expect(strict.cells.every((c) => c.status === 'suppressed' && c.pct === null)).toBe(true);
    const flagged = await analyse(db, ds, codebook, req, { ...ctx, rules: { minN: 30, minNeff: 5000, maxRse: 0.3 } });
    expect(flagged.cells.every((c) => c.status === 'ok' && c.flags.includes('small_base'))).toBe(true);
  });
});

describe('Analyse: marks against the total', () => {
  it("a row % is marked against its column's total share, a column % against its row's, only where the 95% CI excludes it", async () => {
    const req = { rows: 'region', cols: 'trust_gen', wave: 2025 };
    const cells = (await analyse(db, ds, codebook, { ...req, percent: 'cell' }, ctx)).cells;
    const share = (pick: (c: (typeof cells)[number]) => boolean) => cells.filter(pick).reduce((s, c) => s + c.pct!, 0);
    for (const percent of ['row', 'col'] as const) {
      const r = await analyse(db, ds, codebook, { ...req, percent }, ctx);
      for (const c of r.cells) {
        const total = percent === 'row' ? share((d) => d.col === c.col) : share((d) => d.row === c.row);
        const expected = c.ci_low! > total ? 'above' : c.ci_high! < total ? 'below' : null;
        expect(c.vsTotal).toBe(expected);
      }
      expect(r.cells.some((c) => c.vsTotal)).toBe(true);
    }
  });
});
