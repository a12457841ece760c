import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRegions } from '../../../src/data/reference';
import { matchRegions, pre2022Codes } from '../../../src/data/region-match';

const regions = parseRegions(readFileSync('data/reference/regions.csv', 'utf8'));
const crosswalk = pre2022Codes(readFileSync('data/reference/regions-crosswalk-2022.csv', 'utf8'));
const codeOf = (v: string) => matchRegions([v], regions, crosswalk)[0];

describe('region matching', () => {
  it.each([
    ['KZ-11', 'KZ-11', 'code'],
    ['Акмолинская область', 'KZ-11', 'name'],
    ['Ақмола облысы', 'KZ-11', 'name'],
    ['Akmola Region', 'KZ-11', 'name'],
    ['акмолинская обл.', 'KZ-11', 'name'],
    ['AKMOLA', 'KZ-11', 'name'],
    ['г. Алматы', 'KZ-75', 'name'],
    ['Almaty city', 'KZ-75', 'name'],
    ['Алматинская область', 'KZ-19', 'name'],
    ['Нур-Султан', 'KZ-71', 'former'],
    ['Nur-Sultan', 'KZ-71', 'former'],
    ['ЮКО', 'KZ-61', 'abbreviation'],
    ['ВКО', 'KZ-63', 'abbreviation'],
    ['Уральск', 'KZ-27', 'city'],
    ['Южно-Казахстанская область', 'KZ-61', 'former'],
    ['Туркестанская', 'KZ-61', 'name'],
    ['Qostanay oblysy', 'KZ-39', 'name'],
    ['Kostanai', 'KZ-39', 'name'],
    ['Kostanaiskaya', 'KZ-39', 'name'],
    ['Карагандинкая обл', 'KZ-35', 'fuzzy'],
    ['Shymkent', 'KZ-79', 'name'],
    ['Жетісу облысы', 'KZ-33', 'name'],
    ['KZ-AKT', 'KZ-15', 'pre2022'],
    ['Абайская область', 'KZ-10', 'fuzzy'],
  ])('%s → %s (%s)', (value, code, how) => {
    expect(codeOf(value)).toMatchObject({ code, how });
  });

  it('leaves what it cannot tell for the user, with the closest candidates; never guesses a split region', () => {
    expect(codeOf('Москва')).toMatchObject({ code: null, how: 'none' });
    expect(codeOf('KZ-ALM')).toEqual({ value: 'KZ-ALM', code: null, how: 'none', candidates: ['KZ-19', 'KZ-33'] });
    expect(codeOf('')).toMatchObject({ code: null, how: 'none' });
  });

  it('reports each distinct value once', () => {
    expect(matchRegions(['Астана', 'Астана', 'KZ-71'], regions).map((m) => m.value)).toEqual(['Астана', 'KZ-71']);
  });
});

describe('a region and the city of the same name', () => {
  it.each([
    ['Алматы облысы', 'KZ-19'],
    ['Алматы обл.', 'KZ-19'],
    ['Алматинская', 'KZ-19'],
    ['Almaty Region', 'KZ-19'],
    ['Almaty oblysy', 'KZ-19'],
    ['Almaty oblast', 'KZ-19'],
    ['Алматы', 'KZ-75'],
    ['Алматы қаласы', 'KZ-75'],
    ['г.Алматы', 'KZ-75'],
    ['Almaty', 'KZ-75'],
    ['Shymkent city', 'KZ-79'],
    ['Түркістан облысы', 'KZ-61'],
    ['Turkistan oblysy', 'KZ-61'],
    ['Астана', 'KZ-71'],
    ['Ақмола облысы', 'KZ-11'],
    ['Караганда обл.', 'KZ-35'],
    ['Qaraghandy oblysy', 'KZ-35'],
    ['Павлодар облысы', 'KZ-55'],
    ['Aktobe Region', 'KZ-15'],
    ['Атырау облысы', 'KZ-23'],
    ['Кызылорда обл', 'KZ-43'],
    ['Жамбыл облысы', 'KZ-31'],
    ['Kostanay oblysy', 'KZ-39'],
  ])('%s → %s: the word for region or city decides', (value, code) => {
    expect(codeOf(value).code).toBe(code);
  });
  it('never matches a value marked as a region to a city, even by a close spelling', () => {
    for (const v of ['Алмаы облысы', 'Almaty-oblysy', 'Шымкент облысы', 'Astana oblast']) {
      const m = codeOf(v);
      expect(['KZ-71', 'KZ-75', 'KZ-79'], v).not.toContain(m.code);
    }
  });
  it('leaves a value that names both to the user, with both candidates', () => {
    const m = codeOf('Алматы (обл./г.)');
    expect([m.code, m.how, [...m.candidates].sort()]).toEqual([null, 'none', ['KZ-19', 'KZ-75']]);
  });
});
