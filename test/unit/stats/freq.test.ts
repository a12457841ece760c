import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/core/sql';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import { frequencies, round1 } from '../../../src/stats/freq';

let db: Connector;
beforeAll(async () => {
  db = await openNodeDuckDB();
  await db.exec(
    `CREATE TABLE f AS SELECT * FROM (VALUES (1, 1.0), (1, 1.0), (2, 2.0), (98, 1.0), (NULL, 1.0)) v(x, w)`,
  );
});
afterAll(() => db.close());

describe('frequencies', () => {
  it('lists valid and labelled values (zero counts kept), user-missing codes, then NA; percents of the valid n', async () => {
    const meta = {
      name: 'x',
      level: 'nominal' as const,
      label: { ru: 'x', kk: 'x', en: 'x' },
      user_missing: [98],
      values: {
        1: { ru: 'Да', kk: 'Иә', en: 'Yes' },
        3: { ru: 'Нет', kk: 'Жоқ', en: 'No' },
        98: { ru: 'З/О', kk: 'Б/Ж', en: 'DK' },
      },
    };
    const rows = await frequencies(db, 'f', 'x', { weight: 'w', meta, lang: 'ru' });
    expect(rows).toEqual([
      { value: 1, label: 'Да', missing: false, n: 2, percent: 66.7, weighted_percent: 50 },
      { value: 2, label: null, missing: false, n: 1, percent: 33.3, weighted_percent: 50 },
      { value: 3, label: 'Нет', missing: false, n: 0, percent: 0, weighted_percent: 0 },
      { value: 98, label: 'З/О', missing: true, n: 1, percent: null, weighted_percent: null },
      { value: null, label: null, missing: true, n: 1, percent: null, weighted_percent: null },
    ]);
  });
  it('without a weight, weighted_percent is null', async () => {
    const rows = await frequencies(db, 'f', 'x');
    expect(rows.every((r) => r.weighted_percent === null)).toBe(true);
  });
});

describe('round1', () => {
  it('rounds half away from zero at one decimal (1/22 → 4.5, 0.25 → 0.3)', () => {
    expect(round1((1 / 22) * 100)).toBe(4.5);
    expect(round1(0.25)).toBe(0.3);
    expect(round1((13 / 22) * 100)).toBe(59.1);
  });
});
