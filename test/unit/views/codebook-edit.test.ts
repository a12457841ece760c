import { describe, expect, it } from 'vitest';
import { parseMissing, textToValues, valuesToText } from '../../../src/views/codebook-edit';

describe('codebook editing', () => {
  it('edits value labels in one language and keeps the others', () => {
    const old = { 1: { ru: 'Да', kk: 'Иә', en: 'Yes' }, 2: { ru: 'Нет', kk: 'Жоқ', en: 'No' } };
    expect(valuesToText(old, 'ru')).toBe('1 = Да\n2 = Нет');
    expect(textToValues('1 = Да, конечно\n2 = Нет\n98 = Не знаю\nnoise', 'ru', old)).toEqual({
      1: { ru: 'Да, конечно', kk: 'Иә', en: 'Yes' },
      2: old[2],
      98: { ru: 'Не знаю', kk: 'Не знаю', en: 'Не знаю' },
    });
  });

  it('reads missing codes leniently', () => {
    expect(parseMissing('98, 99;-1 x')).toEqual([98, 99, -1]);
  });
});
