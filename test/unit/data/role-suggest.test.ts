import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/core/sql';
import type { DatasetMeta } from '../../../src/data/datasets';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import { type ColumnProfile, applyRoles, profileColumns, suggestRoles } from '../../../src/data/role-suggest';
import { inferCodebook } from '../../../src/data/import/commit';

/** A profile of a 100-row column with every value filled; `over` changes what differs. */
const col = (name: string, over: Partial<ColumnProfile> = {}): ColumnProfile => ({
  name,
  numeric: true,
  rows: 100,
  filled: 100,
  distinct: 5,
  min: 1,
  fractional: false,
  ...over,
});
const weightLike = { distinct: 60, min: 0.31, fractional: true };
const unique = { distinct: 100 };

describe('suggestRoles(profiles) guesses design roles from names and values', () => {
  it('finds a weight, strata, a PSU and an id named in Russian', () => {
    const got = suggestRoles([
      col('№ анкеты', unique),
      col('Страта', { distinct: 8 }),
      col('Кластер', { distinct: 30 }),
      col('Вес_респондента', weightLike),
      col('Q1'),
    ]);
    expect(got).toEqual([
      { column: 'Вес_респондента', role: 'weight' },
      { column: 'Страта', role: 'strata' },
      { column: 'Кластер', role: 'psu' },
      { column: '№ анкеты', role: 'id' },
    ]);
  });
  it('finds them named in Kazakh (салмақ, страта, БІБ, сауалнама нөмірі)', () => {
    const got = suggestRoles([
      col('сауалнама нөмірі', unique),
      col('страта', { distinct: 8 }),
      col('БІБ', { distinct: 30 }),
      col('салмағы', weightLike),
    ]);
    expect(got.map((s) => [s.role, s.column])).toEqual([
      ['weight', 'салмағы'],
      ['strata', 'страта'],
      ['psu', 'БІБ'],
      ['id', 'сауалнама нөмірі'],
    ]);
  });
  it('finds them named in English (wt, stratum, psu, respondent_id) and w_* weights', () => {
    expect(
      suggestRoles([col('respondent_id', unique), col('stratum'), col('psu', { distinct: 40 }), col('wt', weightLike)]),
    ).toEqual([
      { column: 'wt', role: 'weight' },
      { column: 'stratum', role: 'strata' },
      { column: 'psu', role: 'psu' },
      { column: 'respondent_id', role: 'id' },
    ]);
    expect(suggestRoles([col('w_final', weightLike)])).toEqual([{ column: 'w_final', role: 'weight' }]);
  });
  it('takes a non-integer weight, not an integer count or a column with zeros or text', () => {
    expect(suggestRoles([col('weight', { distinct: 4 })])).toEqual([]);
    expect(suggestRoles([col('weight', { ...weightLike, min: 0 })])).toEqual([]);
    expect(suggestRoles([col('weight', { ...weightLike, numeric: false, min: null })])).toEqual([]);
    expect(suggestRoles([col('household_weight', weightLike)])).toEqual([
      { column: 'household_weight', role: 'weight' },
    ]);
  });
  it('takes an id only when it is unique on every row and named like one; a numeric id counts', () => {
    expect(suggestRoles([col('id', unique)])).toEqual([{ column: 'id', role: 'id' }]);
    expect(suggestRoles([col('номер', { ...unique, numeric: false, min: null })])).toEqual([
      { column: 'номер', role: 'id' },
    ]);
    expect(suggestRoles([col('id', { distinct: 99 })])).toEqual([]);
    expect(suggestRoles([col('id', { ...unique, filled: 99 })])).toEqual([]);
    expect(suggestRoles([col('income', unique)])).toEqual([]);
  });
  it('skips roles the codebook already gives and columns it already uses', () => {
    const codebook = inferCodebook([
      { name: 'weight', type: 'DOUBLE' },
      { name: 'id', type: 'BIGINT' },
    ]).map((v) => (v.name === 'weight' ? { ...v, role: 'weight' } : v));
    expect(suggestRoles([col('weight', weightLike), col('wt', weightLike), col('id', unique)], codebook)).toEqual([
      { column: 'id', role: 'id' },
    ]);
  });
});

describe('profileColumns(db, table) and applyRoles(meta, accepted)', () => {
  let db: Connector;
  beforeAll(async () => {
    db = await openNodeDuckDB();
    await db.exec(`CREATE TABLE t AS SELECT * FROM (VALUES
      (101, 'A', 1, 1.25, 3), (102, 'A', 1, 0.75, 3), (103, 'B', 2, 1.5, 2), (104, 'B', 3, 2.0, 1))
      AS v(anketa_no, strata, cluster, ves, q1)`);
  });
  afterAll(() => db.close());

  it('profiles each column in one query and the suggestions follow', async () => {
    const profiles = await profileColumns(db, 't');
    expect(profiles.find((p) => p.name === 'ves')).toEqual({
      name: 'ves',
      numeric: true,
      rows: 4,
      filled: 4,
      distinct: 4,
      min: 0.75,
      fractional: true,
    });
    expect(profiles.find((p) => p.name === 'anketa_no')).toMatchObject({ distinct: 4, fractional: false });
    expect(profiles.find((p) => p.name === 'strata')).toMatchObject({ numeric: false, min: null, distinct: 2 });
    expect(suggestRoles(profiles).map((s) => `${s.role}:${s.column}`)).toEqual([
      'weight:ves',
      'strata:strata',
      'psu:cluster',
      'id:anketa_no',
    ]);
  });
  it('types an accepted id as an identifier and puts weight, strata and PSU in the design', () => {
    const meta = {
      id: 't',
      codebook: inferCodebook([
        { name: 'anketa_no', type: 'BIGINT' },
        { name: 'strata', type: 'VARCHAR' },
        { name: 'cluster', type: 'BIGINT' },
        { name: 'ves', type: 'DOUBLE' },
      ]),
      design: null,
    } as unknown as DatasetMeta;
    const next = applyRoles(meta, [
      { column: 'ves', role: 'weight' },
      { column: 'strata', role: 'strata' },
      { column: 'cluster', role: 'psu' },
      { column: 'anketa_no', role: 'id' },
    ]);
    expect(next.codebook.map((v) => [v.name, v.level, v.role])).toEqual([
      ['anketa_no', 'id', 'id'],
      ['strata', 'nominal', 'strata'],
      ['cluster', 'nominal', 'psu'],
      ['ves', 'scale', 'weight'],
    ]);
    expect(next.design).toEqual({ ids: 'cluster', strata: 'strata', weights: 'ves', fpc: null });
    expect(applyRoles(meta, [{ column: 'anketa_no', role: 'id' }]).design).toBeNull();
  });
});
