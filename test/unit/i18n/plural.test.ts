import { describe, expect, it } from 'vitest';
import { fillPlurals, plural } from '../../../src/i18n/plural';

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

const CENTRES = '{n, plural, one {# центр} few {# центра} many {# центров} other {# центра}}';

describe('plural(lang, n, forms) without a count in the forms', () => {
  it('picks the Russian one / few / many form by the count', () => {
    const forms = { one: 'центр', few: 'центра', many: 'центров', other: 'центра' };
    expect([1, 2, 5, 11, 21, 22, 25, 111, 133].map((n) => plural('ru', n, forms))).toEqual([
      'центр',
      'центра',
      'центров',
      'центров',
      'центр',
      'центра',
      'центров',
      'центров',
      'центра',
    ]);
  });
  it('uses one / other in English and other where a language has no such form', () => {
    expect([1, 2].map((n) => plural('en', n, { one: 'centre', other: 'centres' }))).toEqual(['centre', 'centres']);
    expect(plural('kk', 5, { other: 'орталық' })).toBe('орталық');
  });
});

describe('fillPlurals', () => {
  it('fills an ICU plural slot with the count in the language’s format', () => {
    expect(fillPlurals(`База: ${CENTRES}.`, 'ru', { n: 133 })).toBe('База: 133 центра.');
    expect(fillPlurals(`База: ${CENTRES}.`, 'ru', { n: 21 })).toBe('База: 21 центр.');
    expect(fillPlurals(`${CENTRES}`, 'ru', { n: 1500 })).toBe('1\u00a0500 центров');
    expect(fillPlurals('{n, plural, one {# centre} other {# centres}}', 'en', { n: 1500 })).toBe('1,500 centres');
  });
  it('formats a bare count slot with the language’s grouping', () => {
    expect(fillPlurals('n = {n, number}', 'ru', { n: 12000 })).toBe('n = 12\u00a0000');
    expect(fillPlurals('n = {n, number}', 'en', { n: 12000 })).toBe('n = 12,000');
  });
  it('leaves a slot whose count is missing or not a number as it is', () => {
    expect(fillPlurals(CENTRES, 'ru', {})).toBe(CENTRES);
    expect(fillPlurals(CENTRES, 'ru', { n: '133' })).toBe(CENTRES);
  });
});
