// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { regionFeatures } from '../../../src/charts/geo';
import { regionMap } from '../../../src/charts/map';
import { rankingChart } from '../../../src/charts/ranking';
import { render } from '../../../src/charts/render';
import type { IndicatorRow } from '../../../src/indicators/run';
import { translator } from '../../../src/i18n/t';

const read = (f: string) => JSON.parse(readFileSync(join(process.cwd(), 'data', f), 'utf8'));
const features = regionFeatures(read('reference/kz-regions.topo.json'));
const rows = (read('demo/precomputed.json') as IndicatorRow[]).filter((r) => r.indicator_id === 'trust_ngo' && r.wave === 2025);
const regional = rows.filter((r) => r.region);
const national = rows.find((r) => !r.region);
const t = translator('en');
const names = Object.fromEntries(features.map((f) => [f.properties.code, f.properties.name_en]));

describe('regionMap', () => {
  it('draws all 20 regions with data-region, grey where there is no estimate', () => {
    const withSuppressed = regional.map((r) => (r.region === 'KZ-62' ? { ...r, status: 'suppressed' as const, estimate: null } : r));
    const svg = render(regionMap(features, withSuppressed, { t, lang: 'en', label: '%', names }), 800, { legends: false });
    const shapes = [...svg.querySelectorAll('[data-region]')];
    expect(shapes.map((s) => s.getAttribute('data-region')).sort()).toEqual(features.map((f) => f.properties.code).sort());
    expect(svg.querySelector('[data-region="KZ-62"]')!.getAttribute('fill')).toBe('#d9d9d9');
    expect(svg.querySelector('[data-region="KZ-75"]')!.getAttribute('fill')).not.toBe('#d9d9d9');
  });
  it('every region feature is wound as Plot expects (the map does not fill the globe)', () => {
    expect(features).toHaveLength(20);
    for (const f of features) expect(geoArea(f), f.properties.code).toBeLessThan(2 * Math.PI);
  });
  it('tooltips give value, CI and n in the UI language', () => {
    const spec = regionMap(features, regional, { t, lang: 'en', label: '%', names });
    const almaty = regional.find((r) => r.region === 'KZ-75')!;
    expect(spec.tips['KZ-75'][0]).toBe('Almaty');
    expect(spec.tips['KZ-75'][1]).toBe(`Value: ${almaty.estimate!.toFixed(1)}`);
    expect(spec.tips['KZ-75'][3]).toMatch(/^n = \d/);
  });
});

describe('rankingChart', () => {
  it('sorts regions by estimate, one CI rule and one dot each, flagged estimates hollow', () => {
    const spec = rankingChart(regional, national, names, { t, lang: 'en', label: '%' });
    const dots = spec.marks.find((m) => m.type === 'dot')!.data;
    const est = dots.map((d) => d.estimate as number);
    expect(est).toEqual([...est].sort((a, b) => b - a));
    const flagged = new Set(regional.filter((r) => r.flags.length).map((r) => r.region));
    for (const d of dots) expect(d.fill === 'white').toBe(flagged.has(d.code as string));
    const svg = render(spec, 700);
    expect(svg.querySelectorAll('[data-key]')).toHaveLength(20);
  });
});
