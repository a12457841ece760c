// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { districtMap } from '../../../src/charts/district-map';
import { districtFeatures } from '../../../src/charts/geo';
import { render } from '../../../src/charts/render';
import { LEVELS } from '../../../src/reports/centres';

describe('districtMap', () => {
  it('draws every district with data-region, coloured by level, grey where there is no centre', () => {
    const features = districtFeatures(
      JSON.parse(readFileSync(join(process.cwd(), 'data/reference/kz-districts.topo.json'), 'utf8')),
    );
    const first = features[0].properties.code;
    const spec = districtMap(features, new Map([[first, 'regional']]), new Map([[first, 2]]), {
      names: { [first]: 'Semey' },
      levels: LEVELS,
      none: 'No centre',
      countLabel: 'Centres',
      ariaLabel: 'map',
      lang: 'en',
      levelLabels: { republican: 'Republican', regional: 'Regional', district: 'District', rural: 'Rural' },
    });
    const svg = render(spec, 800, { legends: false });
    expect(svg.querySelectorAll('[data-region]')).toHaveLength(224);
    expect(svg.querySelector(`[data-region="${first}"]`)!.getAttribute('fill')).toBe('#2171b5');
    expect(svg.querySelector(`[data-region="${features[1].properties.code}"]`)!.getAttribute('fill')).toBe('#eeeeee');
    expect(spec.tips[first]).toEqual(['Semey', 'Regional', 'Centres: 2']);
  });
});
