import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import {
  type MeasureFact,
  deleteMeasureFact,
  evidenceText,
  isMeasureFact,
  listMeasureFacts,
  saveMeasureFacts,
} from '../../../src/data/measure-facts';
import { exportWorkspace, importWorkspace } from '../../../src/data/workspace-file';
import { openBothEngines } from '../../helpers/db';

const f = (measure: number, year: number, evidence: string, status: MeasureFact['status'] = 'done'): MeasureFact => ({
  measure,
  year,
  status,
  evidence,
  link: '',
});

describe('isMeasureFact(x) and evidenceText(text)', () => {
  it('accepts a fact as kept and refuses a bad status, year, link or untidy evidence', () => {
    expect(isMeasureFact(f(16, 2024, 'Опрос проведён'))).toBe(true);
    expect(isMeasureFact({ ...f(16, 2024, 'x'), link: 'notebook:sc-2024' })).toBe(true);
    expect(isMeasureFact({ ...f(16, 2024, 'x'), status: 'finished' })).toBe(false);
    expect(isMeasureFact(f(16, 2024.5, 'x'))).toBe(false);
    expect(isMeasureFact({ ...f(16, 2024, 'x'), link: 'javascript:alert(1)' })).toBe(false);
    expect(isMeasureFact(f(16, 2024, ' two\nlines'))).toBe(false);
    expect(evidenceText(' two\n\tlines\u0007 ')).toBe('two lines');
  });
});

describe('measure facts in the workspace', () => {
  it('save, list and delete one fact per measure and year, on both engines', async () => {
    const db = await openBothEngines();
    await saveMeasureFacts(db, [f(16, 2024, 'first'), f(2, 2021, "it's <b>quoted</b>", 'partly')]);
    await saveMeasureFacts(db, [f(16, 2024, 'replaced', 'not_done')]);
    expect(await listMeasureFacts(db)).toEqual([
      f(2, 2021, "it's <b>quoted</b>", 'partly'),
      f(16, 2024, 'replaced', 'not_done'),
    ]);
    await deleteMeasureFact(db, 2, 2021);
    expect((await listMeasureFacts(db)).map((x) => x.evidence)).toEqual(['replaced']);
    await expect(saveMeasureFacts(db, [{ ...f(1, 2020, 'x'), status: 'maybe' as 'done' }])).rejects.toThrow();
    await db.close();
  });

  it('travel in the workspace file and replace the facts of the workspace it is imported into', async () => {
    const a = await openNodeDuckDB();
    await saveMeasureFacts(a, [f(11, 2023, 'Сеть работает в 17 регионах')]);
    const file = await exportWorkspace(a, {});
    const b = await openNodeDuckDB();
    await saveMeasureFacts(b, [f(1, 2020, 'gone after import')]);
    await importWorkspace(b, file, 'ws.zip');
    expect(await listMeasureFacts(b)).toEqual(await listMeasureFacts(a));
    await Promise.all([a.close(), b.close()]);
  });

  it('a workspace file with a broken or repeated fact changes nothing', async () => {
    const db = await openNodeDuckDB();
    await saveMeasureFacts(db, [f(1, 2020, 'kept')]);
    const manifest = (measureFacts: unknown[]) =>
      zipSync({
        'manifest.json': strToU8(
          JSON.stringify({ kind: 'civic-workbench-workspace', version: 1, datasets: [], measureFacts }),
        ),
      });
    const broken = manifest([f(2, 2021, 'ok'), { ...f(3, 2021, 'x'), status: 'maybe' }]);
    await expect(importWorkspace(db, broken, 'bad.zip')).rejects.toThrow(/measure fact 2 is not valid/);
    const twice = manifest([f(2, 2021, 'one'), f(2, 2021, 'two')]);
    await expect(importWorkspace(db, twice, 'bad.zip')).rejects.toThrow(/measure fact 2 is not valid/);
    expect(await listMeasureFacts(db)).toEqual([f(1, 2020, 'kept')]);
    await db.close();
  });
});
