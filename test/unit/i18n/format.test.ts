import { describe, expect, it } from 'vitest';
import { formatCount, formatNumber } from '../../../src/i18n/format';

describe('formatNumber', () => {
  it('uses the decimal comma and space grouping in Russian and Kazakh, the point in English', () => {
    expect(formatNumber(1888.25, 'ru', 1).replace(/\s/g, ' ')).toBe('1 888,3');
    expect(formatNumber(1888.25, 'kk', 1).replace(/\s/g, ' ')).toBe('1 888,3');
    expect(formatNumber(1888.25, 'en', 1)).toBe('1,888.3');
  });
  it('never shows a negative zero', () => {
    expect(formatNumber(-0.01, 'en', 1)).toBe('0.0');
  });
  it('shows an en dash for a missing value', () => {
    expect(formatNumber(null, 'ru')).toBe('–');
    expect(formatCount(Number.NaN, 'en')).toBe('–');
  });
});
