import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/core/lang';
import { TABLES, translator } from '../../../src/i18n/t';
import { CATALOGUE } from '../../../src/indicators/catalogue';

const slots = (s: string) => [...s.matchAll(/\{(\w+)(\}|, plural,|, number\})/g)].map((m) => m[1]).sort();
const all = TABLES.flatMap((table) => Object.entries(table) as [string, Record<string, string>][]);

describe('UI strings', () => {
  it('every string has its Russian, Kazakh and English text, with the same placeholders', () => {
    for (const [key, text] of all) {
      for (const lang of LANGS) expect(text[lang]?.trim(), `${key}.${lang}`).toBeTruthy();
      expect(slots(text.ru), key).toEqual(slots(text.en));
      expect(slots(text.kk), key).toEqual(slots(text.en));
    }
  });
  it('no key is defined in two tables', () => {
    const keys = all.map(([key]) => key);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
  it('every indicator of the catalogue has a name and definition in all three languages (names come from the catalogue)', () => {
    for (const e of CATALOGUE)
      for (const lang of LANGS) expect(e.name[lang] && e.definition[lang], `${e.id}.${lang}`).toBeTruthy();
  });
  it('translator fills placeholders and leaves unknown ones visible', () => {
    expect(translator('en')('status.suppressed', { minN: 30 })).toBe('Suppressed (n < 30)');
    expect(translator('kk')('reading.notMeasured', {})).toContain('{wave}');
  });
});
