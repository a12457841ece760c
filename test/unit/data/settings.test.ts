import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/core/sql';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import { SETTINGS, readAllSettings, readSetting, writeAllSettings, writeSetting } from '../../../src/data/settings';

let db: Connector;
beforeAll(async () => {
  db = await openNodeDuckDB();
});
afterAll(() => db.close());

describe('workspace settings', () => {
  it('read a fallback before any write, then the value written, replaced on the next write', async () => {
    expect(await readSetting(db, 'targets', {})).toEqual({});
    await writeSetting(db, 'targets', { sci: 70 });
    await writeSetting(db, 'targets', { sci: 65, "it's": 'quoted' });
    expect(await readSetting(db, 'targets', {})).toEqual({ sci: 65, "it's": 'quoted' });
    expect(await db.query(`SELECT count(*)::INT AS n FROM ${SETTINGS}`)).toEqual([{ n: 1 }]);
  });
  it('a value that does not parse gives the fallback', async () => {
    await db.exec(`INSERT OR REPLACE INTO ${SETTINGS} VALUES ('broken', '{not json')`);
    expect(await readSetting(db, 'broken', [])).toEqual([]);
  });
  it('all settings go into a workspace file and come back from one', async () => {
    await writeAllSettings(db, { weights: { csdi: [2, 1, 1, 1, 1] }, targets: { sci: 60 } });
    expect(await readAllSettings(db)).toEqual({ targets: { sci: 60 }, weights: { csdi: [2, 1, 1, 1, 1] } });
  });
});
