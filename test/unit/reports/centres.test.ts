// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { districtMap } from '../../../src/charts/district-map';
import { districtFeatures } from '../../../src/charts/geo';
import { render } from '../../../src/charts/render';
import { type Centre, LEVELS, countByDistrict, filterCentres, highestLevelByDistrict } from '../../../src/reports/centres';

const c = (centre_id: string, level: string, district: string, region = 'KZ-10', model = 'expert') =>
  ({ centre_id, name: centre_id, level, region, district, model }) as Centre;
const centres = [c('1', 'rural', 'a'), c('2', 'district', 'a'), c('3', 'rural', 'b', 'KZ-11', 'mentor'), c('4', 'regional', 'c')];

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

describe('districtMap', () => {
  it('draws every district with data-region, coloured by level, grey where there is no centre', () => {
    const features = districtFeatures(JSON.parse(readFileSync(join(process.cwd(), 'data/reference/kz-districts.topo.json'), 'utf8')));
    const first = features[0].properties.code;
    const spec = districtMap(features, new Map([[first, 'regional']]), new Map([[first, 2]]), {
      names: { [first]: 'Semey' }, levels: LEVELS, none: 'No centre', countLabel: 'Centres', ariaLabel: 'map',
      levelLabels: { republican: 'Republican', regional: 'Regional', district: 'District', rural: 'Rural' },
    });
    const svg = render(spec, 800, { legends: false });
    expect(svg.querySelectorAll('[data-region]')).toHaveLength(224);
    expect(svg.querySelector(`[data-region="${first}"]`)!.getAttribute('fill')).toBe('#2171b5');
    expect(svg.querySelector(`[data-region="${features[1].properties.code}"]`)!.getAttribute('fill')).toBe('#eeeeee');
    expect(spec.tips[first]).toEqual(['Semey', 'Regional', 'Centres: 2']);
  });
});
