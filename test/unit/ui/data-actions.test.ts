import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/data/errors';
import { translator } from '../../../src/i18n/t';
import { isQuotaError, problemText, progressText } from '../../../src/ui/data-actions';

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
});
