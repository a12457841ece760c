import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CodebookVariable } from '../../../src/data/study';
import { candidateItems, defaultItem, newIndex, nextId, upsert } from '../../../src/views/builder-edit';

const codebook = JSON.parse(
  readFileSync(new URL('../../../data/demo/population-codebook.json', import.meta.url), 'utf8'),
) as CodebookVariable[];

describe('the index builder', () => {
  it('offers labelled items, not ids, weights or design columns', () => {
    const names = candidateItems(codebook).map((v) => v.name);
    expect(names).toContain('conf_ngo');
    expect(names).toContain('trust_gen10');
    for (const x of ['id', 'weight', 'psu', 'stratum', 'fpc', 'age', 'volunteer_hours']) expect(names).not.toContain(x);
  });
  it('an item starts from the codebook: labelled bounds without the missing codes, and its reverse flag', () => {
    expect(defaultItem(codebook.find((v) => v.name === 'conf_ngo')!)).toEqual({
      variable: 'conf_ngo',
      reverse: true,
      min: 1,
      max: 4,
      weight: 1,
    });
    expect(defaultItem(codebook.find((v) => v.name === 'trust_gen10')!)).toEqual({
      variable: 'trust_gen10',
      reverse: false,
      min: 0,
      max: 10,
      weight: 1,
    });
  });
  it('numbers new indices after the saved ones and replaces a saved one by id', () => {
    const a = newIndex('A', 'population', codebook, []);
    expect(a).toMatchObject({ id: 'custom_1', name: 'A', dataset: 'population', minValid: 0.5 });
    expect(a.items).toHaveLength(2);
    expect(nextId([a])).toBe('custom_2');
    expect(upsert([a], { ...a, name: 'B' })).toEqual([{ ...a, name: 'B' }]);
    expect(upsert([a], { ...a, id: 'custom_2' })).toHaveLength(2);
  });
});
