import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/data/errors';
import { translator } from '../../../src/i18n/t';
import type { Probe } from '../../../src/data/import/probe';
import { importAndSave, isQuotaError, ranOutOfStorage, problemText, progressText } from '../../../src/ui/data-actions';

describe('import messages', () => {
  it('a problem names the file, row and column in the user language, with the technical detail', () => {
    const e = new DataError({
      code: 'bad_value',
      file: 'опрос.csv',
      row: 12,
      column: 'Доход',
      detail: '"12,x" is not DOUBLE',
    });
    expect(problemText(translator('ru'), e)).toBe(
      'опрос.csv, строка 12, столбец «Доход»: значение не подходит к типу столбца ' +
        '(смените тип на «текст» в предпросмотре) ("12,x" is not DOUBLE)',
    );
    expect(problemText(translator('en'), new DataError({ code: 'empty', file: 'a.csv' }))).toBe(
      'a.csv: the file has no data rows',
    );
    expect(problemText(translator('kk'), new DataError({ code: 'parse', file: 'a.csv', row: 4 }))).toBe(
      'a.csv, 4-жол: мәтінді талдау мүмкін емес',
    );
  });

  it('progress says rows, percent and the time left at the pace so far', () => {
    expect(progressText(translator('en'), { bytes: 25, total: 100, rows: 250000 }, 0, 2000)).toBe(
      '250,000 rows, 25% — about 6 s left',
    );
  });

  it('recognises the browsers’ out-of-storage errors', () => {
    expect(isQuotaError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Error('IO Error: No space left on device'))).toBe(true);
    expect(isQuotaError(new Error('Conversion Error'))).toBe(false);
  });

  it('an import whose own writing runs out of storage is a storage_full problem naming the file', async () => {
    const full = new Error('IO Error: Could not write file "opfs://civic-workbench.duckdb.wal": QuotaExceededError');
    const workspace = { withDb: () => Promise.reject(full), save: async () => {}, refreshDatasets: async () => {} };
    const req = { file: 'big.csv', bytes: new Uint8Array(), probe: {} as Probe };
    await expect(importAndSave(workspace, req)).rejects.toMatchObject({
      problem: { code: 'storage_full', file: 'big.csv' },
    });
  });

  it('takes an engine failure for a full disk only when the storage refuses as much as the write needed', async () => {
    const overflow = new RangeError('Maximum call stack size exceeded');
    const room = (free: number) => async (need: number) => need > free;
    expect(await ranOutOfStorage(overflow, 5000, room(100))).toBe(true);
    expect(await ranOutOfStorage(overflow, 5000, room(1e9))).toBe(false);
    expect(await ranOutOfStorage(new DataError({ code: 'parse', file: 'a.csv' }), 5000, room(100))).toBe(false);
    expect(await ranOutOfStorage(overflow, 5000, () => Promise.reject(new Error('no OPFS')))).toBe(false);
  });
});
