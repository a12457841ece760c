import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/core/sql';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import type { CodebookVariable } from '../../../src/data/study';
import { SOCIAL_CAPITAL_SCORES } from '../../../src/indicators/social-capital';
import { compileScores } from '../../../src/indicators/scores';

const codebook = JSON.parse(
  readFileSync(new URL('../../../data/demo/population-codebook.json', import.meta.url), 'utf8'),
) as CodebookVariable[];
const reversed = new Set(codebook.filter((v) => v.reverse).map((v) => v.name));
const INST = [
  'government',
  'akimat',
  'courts',
  'police',
  'parliament',
  'media',
  'ngo',
  'centres',
  'public_councils',
  'charities',
];
const GROUPS = [
  'drug_users',
  'heavy_drinkers',
  'other_nationality',
  'other_religion',
  'migrants',
  'hiv',
  'unmarried_couples',
  'other_language',
  'former_prisoners',
];
const MEMB = ['religious', 'sport', 'culture', 'union', 'party', 'ngo'];
const ACTS = ['petition', 'hearing', 'akimat_meeting', 'donation'];

/** A respondent as a row of the demo questionnaire (codes as asked: 1 = best on the 4-point items). */
function respondent(
  id: number,
  a: {
    gen10: number | null;
    trust: (number | null)[];
    conf: number | null;
    nb: (number | null)[];
    memb: number | null;
    vol: number | null;
    acts: (number | null)[];
    identity: (number | null)[];
  },
) {
  return {
    id,
    trust_gen10: a.gen10,
    trust_neighbours: a.trust[0],
    trust_nationality: a.trust[1],
    trust_religion: a.trust[2],
    ...Object.fromEntries(INST.map((i) => [`conf_${i}`, a.conf])),
    ...Object.fromEntries(GROUPS.map((g, i) => [`nb_${g}`, a.nb[i]])),
    ...Object.fromEntries(MEMB.map((m) => [`memb_${m}`, a.memb])),
    volunteered: a.vol,
    ...Object.fromEntries(ACTS.map((x, i) => [`act_${x}`, a.acts[i]])),
    pride: a.identity[0],
    close_kz: a.identity[1],
    close_region: a.identity[2],
  };
}

const rows = [
  // Best answer everywhere: every sub-index and the index are 100.
  respondent(1, {
    gen10: 10,
    trust: [1, 1, 1],
    conf: 1,
    nb: Array(9).fill(0),
    memb: 2,
    vol: 1,
    acts: [1, 1, 1, 1],
    identity: [1, 1, 1],
  }),
  // Mixed, with don't-knows (98/99): worked by hand below.
  respondent(2, {
    gen10: 5,
    trust: [2, 4, 98],
    conf: 3,
    nb: [1, 1, 1, 0, 0, 0, 0, 0, 0],
    memb: 1,
    vol: 0,
    acts: [1, 0, 0, 0],
    identity: [2, 1, 99],
  }),
  // Only civic identity answered: the index needs all four sub-indices.
  respondent(3, {
    gen10: null,
    trust: [null, null, null],
    conf: null,
    nb: Array(9).fill(null),
    memb: null,
    vol: null,
    acts: [null, null, null, null],
    identity: [1, 2, 3],
  }),
];

let db: Connector;
beforeAll(async () => {
  db = await openNodeDuckDB();
  const cols = Object.keys(rows[0]);
  const values = rows.map((r) => `(${cols.map((c) => r[c as keyof typeof r] ?? 'NULL').join(', ')})`).join(',\n');
  await db.exec(`CREATE TABLE r AS SELECT * FROM (VALUES ${values}) v(${cols.join(', ')})`);
});
afterAll(() => db.close());

describe('the social capital index on hand-checkable respondents (spec section 11)', () => {
  it('gives the sub-indices and the index worked out by hand', async () => {
    const { sql, errors } = compileScores('r', SOCIAL_CAPITAL_SCORES, Object.keys(rows[0]), reversed);
    expect(errors).toEqual([]);
    const got = await db.query(
      `SELECT id, sci_trust, sci_tolerance, sci_participation, sci_identity, sci FROM (${sql}) ORDER BY id`,
    );
    expect(got[0]).toEqual({
      id: 1,
      sci_trust: 100,
      sci_tolerance: 100,
      sci_participation: 100,
      sci_identity: 100,
      sci: 100,
    });
    // Respondent 2: interpersonal = mean(50, 66.7, 0) = 38.89 (religion 98 missing); institutional = 33.33 (all "3");
    // trust = 36.11. Tolerance = 100 × (1 − 3/9) = 66.67. Participation = mean(no active membership 0,
    // no volunteering 0, 1 of 4 actions 25) = 8.33. Identity = mean(66.67, 100) = 83.33 (99 missing).
    // Index = mean(36.11, 66.67, 8.33, 83.33) = 48.61.
    const b = got[1] as Record<string, number>;
    expect(b.sci_trust).toBeCloseTo(((50 + 200 / 3 + 0) / 3 + 100 / 3) / 2, 10);
    expect(b.sci_tolerance).toBeCloseTo(200 / 3, 10);
    expect(b.sci_participation).toBeCloseTo(25 / 3, 10);
    expect(b.sci_identity).toBeCloseTo(250 / 3, 10);
    expect(b.sci).toBeCloseTo((b.sci_trust + b.sci_tolerance + b.sci_participation + b.sci_identity) / 4, 10);
    expect(b.sci).toBeCloseTo(48.611111, 5);
    // Respondent 3: identity = mean(100, 66.67, 33.33) = 66.67, but no other sub-index, so no index.
    expect(got[2]).toMatchObject({ sci_trust: null, sci: null });
    expect(got[2].sci_identity).toBeCloseTo(200 / 3, 10);
  });
});
