import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { kk } from '../../../src/i18n/kk';
import { ru } from '../../../src/i18n/ru';
import { translator } from '../../../src/i18n/t';
import { HEADLINE } from '../../../src/indicators/catalogue';

const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI dictionaries', () => {
  it('Russian and Kazakh have every English key, with the same placeholders', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(slots(ru[key]), key).toEqual(slots(en[key]));
      expect(slots(kk[key]), key).toEqual(slots(en[key]));
    }
  });
  it('every indicator of the catalogue has a label, short label and description in all three languages', () => {
    for (const d of [ru, kk, en] as Record<string, string>[]) {
      for (const i of HEADLINE) for (const s of ['label', 'short', 'description']) expect(d[`ind.${i.id}.${s}`], `${i.id}.${s}`).toBeTruthy();
    }
  });
  it('translator fills placeholders and leaves unknown ones visible', () => {
    expect(translator('en')('status.suppressed', { minN: 30 })).toBe('Suppressed (n < 30)');
    expect(translator('kk')('reading.notMeasured', {})).toContain('{wave}');
  });
});
