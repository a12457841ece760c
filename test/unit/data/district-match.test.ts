import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchDistricts } from '../../../src/data/district-match';
import { parseDistricts } from '../../../src/data/reference';

const districts = parseDistricts(readFileSync('data/reference/districts.csv', 'utf8'));
const match = (region: string | null, value: string) => matchDistricts([{ region, value }], districts)[0];

describe('matchDistricts: district names to KATO codes, within the row’s region', () => {
  it.each([
    ['KZ-75', 'Алмалинский район', 'KZ751110', 'name'],
    ['KZ-75', 'Алмалы ауданы', 'KZ751110', 'name'],
    ['KZ-75', 'Almaly district', 'KZ751110', 'name'],
    ['KZ-75', 'р-н Медеуский', 'KZ751710', 'name'],
    ['KZ-75', 'Ауэзовский р-н', 'KZ751310', 'name'],
    ['KZ-10', 'г. Семей', 'KZ101000', 'name'],
    ['KZ-10', 'Семей Г.А.', 'KZ101000', 'name'],
    ['KZ-10', 'Абайский район', 'KZ103200', 'name'],
    ['KZ-75', 'KZ751110', 'KZ751110', 'code'],
    ['KZ-75', '751110000', 'KZ751110', 'code'],
    ['KZ-75', 'Бостандыский', 'KZ751410', 'fuzzy'],
  ])('%s %s → %s (%s)', (region, value, code, how) => {
    expect(match(region, value)).toMatchObject({ code, how });
  });

  it('the same name in two regions: "Алматинский район" of Astana is not Almaty’s', () => {
    expect(match('KZ-71', 'Алматинский район')).toMatchObject({ code: 'KZ711110', how: 'name' });
    expect(match(null, 'Абайский район')).toEqual({
      region: null,
      value: 'Абайский район',
      code: null,
      how: 'none',
      candidates: ['KZ103200', 'KZ353200', 'KZ791110'],
    });
  });

  it('a city and the district around it share a Kazakh name: "г." or "район" tells them apart, else the user chooses', () => {
    expect(match('KZ-55', 'г. Павлодар')).toMatchObject({ code: 'KZ551000', how: 'name' });
    expect(match('KZ-55', 'Павлодарский район')).toMatchObject({ code: 'KZ556000', how: 'name' });
    expect(match('KZ-55', 'Павлодар')).toMatchObject({ code: null, how: 'none', candidates: ['KZ551000', 'KZ556000'] });
  });

  it('leaves what names no district for the user, with the closest of its region', () => {
    const m = match('KZ-75', 'мкр. Самал-2');
    expect(m).toMatchObject({ code: null, how: 'none' });
    expect(m.candidates).toHaveLength(3);
    expect(m.candidates.every((c) => c.startsWith('KZ75'))).toBe(true);
  });

  it('reports each (region, value) pair once', () => {
    const pairs = [
      { region: 'KZ-75', value: 'Медеуский' },
      { region: 'KZ-75', value: 'Медеуский' },
      { region: null, value: 'Медеуский' },
    ];
    expect(matchDistricts(pairs, districts).map((m) => [m.region, m.code])).toEqual([
      ['KZ-75', 'KZ751710'],
      [null, 'KZ751710'],
    ]);
  });
});
