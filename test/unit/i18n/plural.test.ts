import { describe, expect, it } from 'vitest';
import { fillPlurals, plural } from '../../../src/i18n/plural';

const CENTRES = '{n, plural, one {# центр} few {# центра} many {# центров} other {# центра}}';

describe('plural(lang, n, forms)', () => {
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
