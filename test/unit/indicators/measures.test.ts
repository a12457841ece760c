import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/core/lang';
import { CATALOGUE } from '../../../src/indicators/catalogue';
import { EXECUTORS, MEASURES, TERM, measureByNumber } from '../../../src/indicators/measures';

describe('MEASURES (the strategy’s §4)', () => {
  it('has the 16 measures, numbered 1–16 in order', () => {
    expect(MEASURES.map((m) => m.number)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
  });

  it('every indicator a measure is meant to move is a catalogue entry', () => {
    const ids = new Set(CATALOGUE.map((e) => e.id));
    for (const m of MEASURES) {
      expect(m.indicators.length, `measure ${m.number}`).toBeGreaterThan(0);
      for (const id of m.indicators) expect(ids.has(id), `measure ${m.number}: ${id}`).toBe(true);
    }
  });

  it('every title and short title is in Russian, Kazakh and English; every executor is known', () => {
    for (const m of MEASURES) {
      for (const lang of LANGS) expect(m.title[lang] && m.short[lang], `${m.number}.${lang}`).toBeTruthy();
      for (const e of m.executors) expect(EXECUTORS[e], `${m.number}: ${e}`).toBeDefined();
    }
  });

  it('keeps the timing of §4: spans as dated, yearly and two-yearly ones over the term 2020–2025', () => {
    const timing = MEASURES.map((m) => `${m.periodicity}${m.atLeast ? '+' : ''} ${m.years.first}-${m.years.last}`);
    expect(timing).toEqual([
      'span 2020-2025',
      'yearly 2020-2025',
      'yearly+ 2020-2025',
      'span 2020-2025',
      'yearly 2020-2025',
      'span 2020-2023',
      'yearly 2020-2025',
      'yearly 2020-2025',
      'biennial 2020-2025',
      'yearly 2020-2025',
      'yearly 2020-2025',
      'biennial+ 2020-2025',
      'span 2020-2023',
      'span 2020-2025',
      'span 2020-2025',
      'biennial 2020-2025',
    ]);
    expect(TERM).toEqual({ first: 2020, last: 2025 });
  });

  it('takes titles and executors from the Russian original', () => {
    expect(measureByNumber(13)?.title.ru).toBe('Разработка, обсуждение и внедрение системы верификации НПО');
    expect(measureByNumber(7)?.executors).toEqual(['akims']);
    expect(measureByNumber(16)?.executors.map((e) => EXECUTORS[e].short.ru)).toEqual(['МИОР', 'ГРЦ', 'НПО']);
  });

  it('measure 16 moves the population survey’s social capital entries, measure 11 the network’s coverage', () => {
    expect(measureByNumber(16)?.indicators).toContain('sci');
    expect(measureByNumber(11)?.indicators).toEqual(
      expect.arrayContaining(['centres_per_100k', 'districts_with_centre_pct']),
    );
  });
});
