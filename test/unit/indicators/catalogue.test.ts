import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStudyFolder } from '../../../src/cli/study-folder';
import type { Connector } from '../../../src/core/sql';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import { CATALOGUE } from '../../../src/indicators/catalogue';
import { validateCatalogue } from '../../../src/indicators/catalogue/validate';
import { DEFAULT_RUBRIC } from '../../../src/indicators/kpi/default-rubric';
import { evaluateCentre } from '../../../src/indicators/kpi/evaluate';
import { HEADLINE } from '../../../src/indicators/catalogue';

describe('the shipped catalogue', () => {
  it('validates, and covers every task of the strategy table (spec section 2)', () => {
    expect(validateCatalogue(CATALOGUE)).toEqual([]);
    expect([...new Set(CATALOGUE.map((e) => e.task))].sort()).toEqual([
      'D1',
      'I1',
      'I2',
      'I3',
      'P1',
      'P2',
      'P3',
      'S1',
      'S2',
      'S3',
    ]);
  });
  it('keeps the contract’s stable ids as the headline indicators', () => {
    expect(HEADLINE.map((i) => i.id)).toEqual([
      'sci',
      'trust_generalised',
      'trust_ngo',
      'aware_centre',
      'used_centre_services',
      'centres_per_100k',
      'districts_with_centre_pct',
    ]);
  });
  it('lists the indicators no dataset feeds with what they would need', () => {
    const missing = CATALOGUE.filter((e) => e.formula.kind === 'unavailable');
    expect(missing.map((e) => e.id)).toContain('consumer_loans');
    for (const e of missing) expect(e.needs?.ru && e.needs.kk && e.needs.en, e.id).toBeTruthy();
  });
});

describe('validateCatalogue', () => {
  const good = CATALOGUE.find((e) => e.id === 'trust_ngo')!;
  it('reports each problem with its path', () => {
    const bad = [
      {
        ...good,
        id: 'Bad Id',
        task: 'X9',
        name: { ru: 'a', kk: '', en: 'c' },
        unit: 'furlongs',
        breakdowns: ['region', 'shoe_size'],
      },
      { ...good, formula: { kind: 'survey_share', yes: 'q = 1; DROP TABLE x', valid: '' } },
      {
        ...good,
        id: 'c',
        formula: {
          kind: 'composite',
          of: [
            { id: 'trust_ngo', weight: 1, min: 0, max: 100 },
            { id: 'nope', weight: -1, min: 5, max: 5 },
          ],
        },
      },
      {
        ...good,
        id: 'c',
        formula: { kind: 'rate', per: 1000 },
        breakdowns: ['region', 'sex'],
        smallBase: { rule: 'census' },
      },
      { ...good, id: 'u', formula: { kind: 'unavailable' } },
    ];
    expect(validateCatalogue(bad)).toEqual([
      'catalogue[0].id: lower-case letters, digits and _',
      'catalogue[0].task: must be one of I1, I2, I3, P1, P2, P3, S1, S2, S3, D1',
      'catalogue[0].name.kk: missing text',
      'catalogue[0].unit: unknown unit "furlongs"',
      'catalogue[0].breakdowns[1]: unknown breakdown "shoe_size"',
      'catalogue[1].formula.yes: one expression only (no ";" or comments)',
      'catalogue[1].formula.valid: must be a non-empty SQL expression',
      'catalogue[2].formula.of[1].id: unknown entry "nope"',
      'catalogue[2].formula.of[1].weight: must be a number ≥ 0',
      'catalogue[2].formula.of[1]: max must be above min',
      'catalogue[3].formula.per: must be 10000 or 100000',
      'catalogue[3].breakdowns[1]: "sex" has no population denominator',
      'catalogue[3].id: duplicate id "c"',
      'catalogue[4].needs: must be an object with ru, kk and en texts',
    ]);
  });
  it('refuses what is not a list', () => {
    expect(validateCatalogue({})).toEqual(['catalogue: must be a list of entries']);
  });
});

describe('the KPI rubric compiled to SQL', () => {
  let db: Connector;
  beforeAll(async () => {
    db = await openNodeDuckDB();
  });
  afterAll(() => db.close());
  it('gives every demo centre the levels the one-centre evaluator gives', async () => {
    await openStudyFolder(db, 'demo');
    const sql = await db.query('SELECT * FROM centres_prepared ORDER BY centre_id');
    const raw = await db.query('SELECT * FROM centres ORDER BY centre_id');
    expect(sql).toHaveLength(169);
    raw.forEach((c, i) => {
      const rows = evaluateCentre(c, DEFAULT_RUBRIC);
      for (const r of rows) {
        const column = r.kpi === 'overall' ? 'kpi_overall' : `kpi_${r.kpi.replace(':', '_')}`;
        expect(Number(sql[i][column]), `${c.centre_id} ${r.kpi}`).toBeCloseTo(r.score, 10);
      }
    });
  }, 60_000);
});
