import { describe, expect, it } from 'vitest';
import { figureColumns } from '../../../src/present/figure-columns';

describe('figureColumns', () => {
  it('figureColumns([r], w, h) gives one figure the whole area', () => {
    expect(figureColumns([0.6], 1000, 800)).toEqual([[{ index: 0, width: 1000, height: 800 }]]);
  });

  it('figureColumns(ratios, w, h) puts a tall ranking alone in a column and a map over a short table beside it', () => {
    const cols = figureColumns([1, 0.6, 0.2], 1068, 832, { gap: 40, caption: 52 });
    expect(cols.map((c) => c.map((p) => p.index))).toEqual([[0], [1, 2]]);
    expect(cols[0][0]).toEqual({ index: 0, width: 514, height: 832 });
    const [map, table] = cols[1];
    expect(map.height + 40 + table.height).toBeLessThanOrEqual(832);
    expect(map.height).toBeGreaterThan(table.height);
  });

  it('figureColumns(ratios, w, h) keeps the figures in their order and each in one box', () => {
    const cols = figureColumns([0.4, 0.4, 0.4, 0.4], 1728, 832);
    expect(cols.flat().map((p) => p.index)).toEqual([0, 1, 2, 3]);
    expect(cols.length).toBe(2);
  });
});
