import { describe, expect, it } from 'vitest';
import { columnsFor, pickInOverview } from '../../../src/present/overview';

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

describe('pickInOverview', () => {
  it('moves by one with → and ←, by a row with ↑ and ↓, to the ends with Home and End', () => {
    expect(pickInOverview(5, 'next', 'ArrowRight', 4)).toBe(6);
    expect(pickInOverview(5, 'back', 'PageUp', 4)).toBe(4);
    expect(pickInOverview(5, 'next', 'ArrowDown', 4)).toBe(9);
    expect(pickInOverview(5, 'back', 'ArrowUp', 4)).toBe(1);
    expect([pickInOverview(5, 'first', 'Home', 4), pickInOverview(5, 'last', 'End', 4)]).toEqual([0, Infinity]);
  });
  it('closes on O, Esc and Enter; contrast, full screen and speaker close it and then act; others do nothing', () => {
    expect(['overview', 'leave', 'enter'].map((a) => pickInOverview(0, a as 'leave', '', 3))).toEqual([
      'close',
      'close',
      'close',
    ]);
    expect(pickInOverview(0, 'speaker', 's', 3)).toBe('then');
    expect([pickInOverview(0, 'black', 'b', 3), pickInOverview(0, 'goto', 'g', 3)]).toEqual([null, null]);
  });
});
