import { describe, expect, it } from 'vitest';
import { type Centre, countByDistrict, filterCentres, highestLevelByDistrict } from '../../../src/reports/centres';

const c = (centre_id: string, level: string, district: string, region = 'KZ-10', model = 'expert') =>
  ({ centre_id, name: centre_id, level, region, district, model }) as Centre;
const centres = [
  c('1', 'rural', 'a'),
  c('2', 'district', 'a'),
  c('3', 'rural', 'b', 'KZ-11', 'mentor'),
  c('4', 'regional', 'c'),
];

describe('centres helpers', () => {
  it('highestLevelByDistrict keeps the highest network level in each district', () => {
    expect(Object.fromEntries(highestLevelByDistrict(centres))).toEqual({ a: 'district', b: 'rural', c: 'regional' });
  });
  it('filterCentres applies only the filters that are set', () => {
    expect(filterCentres(centres, { region: 'KZ-10', level: '' }).map((x) => x.centre_id)).toEqual(['1', '2', '4']);
    expect(filterCentres(centres, { model: 'mentor' }).map((x) => x.centre_id)).toEqual(['3']);
  });
  it('countByDistrict counts centres per district', () => {
    expect(Object.fromEntries(countByDistrict(centres))).toEqual({ a: 2, b: 1, c: 1 });
  });
});
