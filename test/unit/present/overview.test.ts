import { describe, expect, it } from 'vitest';
import { columnsFor } from '../../../src/present/overview';

describe('columnsFor', () => {
  it('takes the fewest columns that fit every slide on the screen (one slide: a full-width one would not)', () => {
    expect(columnsFor(1, 1920, 1080)).toBe(2);
    expect(columnsFor(3, 1920, 1080)).toBe(3);
    expect(columnsFor(7, 1920, 1080)).toBe(4);
    expect(columnsFor(12, 1366, 768)).toBe(4);
  });
  it('stops at six columns and lets a long deck scroll', () => {
    expect(columnsFor(60, 1920, 1080)).toBe(6);
  });
});
