import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, readJson } from '../../../src/data/import/json';

const nested = (depth: number) => `[{"a":1,"deep":${'['.repeat(depth)}${']'.repeat(depth)}}]`;

describe('readJson', () => {
  it(`keeps a value nested ${MAX_DEPTH} levels deep as JSON text`, () => {
    const [, deep] = readJson(nested(MAX_DEPTH), 'x.json', false);
    expect(deep.values[0]).toBe('['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH));
  });

  it('refuses one level deeper, naming the row and column, whatever the stack holds', () => {
    expect(() => readJson(nested(MAX_DEPTH + 1), 'x.json', false)).toThrow(
      /x\.json: row 1, column "deep": .*nested too deeply \(over 1000 levels\)/,
    );
  });
});
