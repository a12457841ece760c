import { describe, expect, it } from 'vitest';
import { plural } from '../../../src/i18n/plural';

const indicators = {
  one: '{n} показатель',
  few: '{n} показателя',
  many: '{n} показателей',
  other: '{n} показателя',
};

describe('plural', () => {
  it('plural(ru, n, forms) agrees with the count: 1, 21 → one; 2–4, 22 → few; 5–20, 86 → many', () => {
    expect([1, 21, 2, 4, 22, 5, 11, 20, 86].map((n) => plural('ru', n, indicators))).toEqual([
      '1 показатель',
      '21 показатель',
      '2 показателя',
      '4 показателя',
      '22 показателя',
      '5 показателей',
      '11 показателей',
      '20 показателей',
      '86 показателей',
    ]);
  });
  it('plural(en, n, forms) picks one or other; missing categories fall back to other', () => {
    const forms = { one: '{n} indicator', other: '{n} indicators' };
    expect([plural('en', 1, forms), plural('en', 0, forms), plural('en', 2, forms)]).toEqual([
      '1 indicator',
      '0 indicators',
      '2 indicators',
    ]);
    expect(plural('kk', 5, { other: '{n} көрсеткіш' })).toBe('5 көрсеткіш');
  });
  it('formats the count for the language (grouping)', () => {
    expect(plural('ru', 1234, indicators)).toBe('1 234 показателя'.replace(' ', '\u00a0'));
    expect(plural('en', 1234, { other: '{n} rows' })).toBe('1,234 rows');
  });
});
