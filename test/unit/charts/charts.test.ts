// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/charts/classing';
import { composeSvg, wrapText } from '../../../src/charts/export-svg';
import { VS_COLORS, rankingLegend } from '../../../src/charts/ranking';
import { regionFeatures } from '../../../src/charts/geo';
import { choropleth } from '../../../src/charts/map';
import { render } from '../../../src/charts/render';
import { parseRegions } from '../../../src/data/reference';
import { parseTilegrid, tileLabels } from '../../../src/charts/tilegrid';

const read = (f: string) => readFileSync(join(process.cwd(), 'data', f), 'utf8');
const features = regionFeatures(JSON.parse(read('reference/kz-regions.topo.json')));
const codes = features.map((f) => f.properties.code);

describe('choropleth', () => {
  const shades = codes.map((code, i) => ({
    code,
    value: i === 0 ? null : 10 + i,
    look: (i === 0 ? 'suppressed' : i === 1 ? 'flagged' : 'solid') as 'solid',
    tip: [code],
  }));
  const classes = classify(
    shades.filter((s) => s.value !== null).map((s) => s.value!),
    'quantile',
  );
  it('draws all 20 regions with data-region, grey where there is no value, coloured by class', () => {
    const svg = render(choropleth(features, shades, classes, { lang: 'ru', ariaLabel: 'map' }), 800, {
      legends: false,
    });
    const shapes = [...svg.querySelectorAll('[data-region]')];
    expect(shapes.map((s) => s.getAttribute('data-region')).sort()).toEqual([...codes].sort());
    expect(svg.querySelector(`[data-region="${codes[0]}"]`)!.getAttribute('fill')).toBe('#d9d9d9');
    expect(classes!.colors).toContain(svg.querySelector(`[data-region="${codes[5]}"]`)!.getAttribute('fill'));
  });
  it('hatch overlays carry their patterns into the SVG (so exports keep them)', () => {
    const svg = render(choropleth(features, shades, classes, { lang: 'ru', ariaLabel: 'map' }), 800, {
      legends: false,
    });
    expect(svg.querySelector('defs pattern#cw-hatch')).not.toBeNull();
    expect(svg.querySelectorAll('[fill="url(#cw-hatch)"]')).toHaveLength(1);
    expect(svg.querySelectorAll('[fill="url(#cw-hatch-grey)"]')).toHaveLength(1);
  });
  it('every region feature is wound as Plot expects (the map does not fill the globe)', () => {
    expect(features).toHaveLength(20);
    for (const f of features) expect(geoArea(f), f.properties.code).toBeLessThan(2 * Math.PI);
  });
});

describe('tile grid', () => {
  it('places each of the 20 regions on its own square', () => {
    const tiles = parseTilegrid(read('reference/kz-tilegrid.csv'));
    expect(tiles.map((x) => x.code).sort()).toEqual([...codes].sort());
    expect(new Set(tiles.map((x) => `${x.row},${x.col}`)).size).toBe(20);
  });
  it('tileLabels(names, lang) drops the generic word, abbreviates the "…-Kazakhstan" regions as in use', () => {
    const names = (lang: 'ru' | 'kk' | 'en') =>
      Object.fromEntries(parseRegions(read('reference/regions.csv')).map((r) => [r.code, r.name[lang]]));
    const ru = tileLabels(names('ru'), 'ru');
    expect([ru['KZ-59'], ru['KZ-27'], ru['KZ-63']]).toEqual(['СКО', 'ЗКО', 'ВКО']);
    expect([ru['KZ-35'], ru['KZ-10'], ru['KZ-19'], ru['KZ-75']]).toEqual([
      'Карагандинская',
      'Абай',
      'Алматинская',
      'Алматы',
    ]);
    const kk = tileLabels(names('kk'), 'kk');
    expect([kk['KZ-59'], kk['KZ-27'], kk['KZ-63'], kk['KZ-35']]).toEqual(['СҚО', 'БҚО', 'ШҚО', 'Қарағанды']);
    const en = tileLabels(names('en'), 'en');
    expect([en['KZ-59'], en['KZ-11'], en['KZ-71']]).toEqual(['N. Kazakhstan', 'Akmola', 'Astana']);
    // Without its generic word the region would have the city's name: it keeps its full name.
    expect([kk['KZ-19'], kk['KZ-75'], en['KZ-19'], en['KZ-75']]).toEqual([
      'Алматы облысы',
      'Алматы',
      'Almaty Region',
      'Almaty',
    ]);
    for (const labels of [ru, kk, en]) {
      expect(new Set(Object.values(labels)).size).toBe(20);
      for (const label of Object.values(labels)) expect(label.length, label).toBeLessThanOrEqual(14);
    }
  });
});

describe('composeSvg', () => {
  const chart = '<svg class="plot" width="400" height="200" viewBox="0 0 400 200"><rect width="10" height="10"/></svg>';
  it('wraps the chart with title, legend and notes, text escaped', () => {
    const out = composeSvg(chart, {
      title: 'Trust <b>&</b> NGOs',
      legend: [
        { fill: '#eee', label: '1 – 2 (3)' },
        { fill: '#fff', label: 'flagged', pattern: 'hatch' },
      ],
      notes: ['Source: demo', 'Synthetic demo data'],
    });
    const doc = new DOMParser().parseFromString(out, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.getAttribute('width')).toBe('480');
    expect([...doc.querySelectorAll('text')].map((x) => x.textContent)).toEqual([
      'Trust <b>&</b> NGOs',
      '1 – 2 (3)',
      'flagged',
      'Source: demo',
      'Synthetic demo data',
    ]);
    expect(doc.querySelector('b')).toBeNull();
    expect(doc.querySelector('pattern#cw-hatch')).not.toBeNull();
    expect(Number(doc.documentElement.getAttribute('height'))).toBeGreaterThan(200 + 4 * 18);
  });
});

describe('composeSvg with small multiples', () => {
  it('stacks the charts under their captions, as wide as the widest', () => {
    const a = '<svg width="500" height="100"><rect/></svg>';
    const b = '<svg width="600" height="120"><circle/></svg>';
    const out = composeSvg([a, b], { title: 'T', notes: [], captions: ['18–29', '30–44'] });
    const doc = new DOMParser().parseFromString(out, 'image/svg+xml');
    expect(doc.documentElement.getAttribute('width')).toBe('600');
    const nested = [...doc.documentElement.children].filter((e) => e.tagName === 'svg');
    expect(nested.map((e) => e.getAttribute('height'))).toEqual(['100', '120']);
    expect(Number(nested[1].getAttribute('y'))).toBeGreaterThan(Number(nested[0].getAttribute('y')) + 100);
    expect([...doc.querySelectorAll('text')].map((x) => x.textContent)).toEqual(['T', '18–29', '30–44']);
  });
});

describe('composeSvg: the ranking legend and long titles', () => {
  const chart = '<svg width="640" height="300" viewBox="0 0 640 300"><circle r="5"/></svg>';
  const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');
  const legend = rankingLegend({ above: 'above', same: 'not different', below: 'below', flagged: 'with care' });
  it('carries the ranking’s colours as legend swatches, each with its label', () => {
    const doc = parse(composeSvg(chart, { title: 'T', legend, notes: [] }));
    const swatches = [...doc.querySelectorAll('rect[stroke]')].map((r) => r.getAttribute('fill'));
    expect(swatches).toEqual([VS_COLORS.above, VS_COLORS.same, VS_COLORS.below, 'url(#cw-hatch)']);
    expect([...doc.querySelectorAll('text')].map((x) => x.textContent)).toEqual([
      'T',
      'above',
      'not different',
      'below',
      'with care',
    ]);
  });
  it('wraps a long title and subtitle to the width, every line inside it and below the one before', () => {
    const title = 'Доля взрослых, которые доверяют некоммерческим организациям своего региона и страны, '.repeat(3);
    const doc = parse(composeSvg(chart, { title, subtitle: title, notes: [title] }));
    const width = Number(doc.documentElement.getAttribute('width'));
    const texts = [...doc.querySelectorAll('text')];
    expect(texts.length).toBeGreaterThan(6);
    for (const x of texts)
      expect(x.textContent!.length * Number(x.getAttribute('font-size')) * 0.6).toBeLessThan(width - 12);
    const ys = texts.map((x) => Number(x.getAttribute('y')));
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(12);
    const top = Number(doc.querySelector('svg > svg')!.getAttribute('y'));
    const subtitleLines = texts.filter((x) => x.getAttribute('font-size') !== '12');
    expect(Math.max(...subtitleLines.map((x) => Number(x.getAttribute('y'))))).toBeLessThan(top);
    expect(Number(doc.documentElement.getAttribute('height'))).toBeGreaterThan(ys.at(-1)!);
  });
  it('wraps a legend label longer than the width onto lines of its own, the next item on a new row', () => {
    const long = {
      fill: '#fff',
      pattern: 'hatch' as const,
      label: 'штриховка: интерпретировать с осторожностью '.repeat(3),
    };
    const doc = parse(composeSvg(chart, { title: 'T', legend: [long, legend[0]], notes: [] }));
    const texts = [...doc.querySelectorAll('text')].slice(1);
    expect(texts.length).toBeGreaterThan(2);
    for (const x of texts) expect(Number(x.getAttribute('x')) + x.textContent!.length * 12 * 0.66).toBeLessThan(640);
    expect(texts.at(-1)!.getAttribute('x')).toBe('32');
    expect(Number(texts.at(-1)!.getAttribute('y'))).toBeGreaterThan(Number(texts.at(-2)!.getAttribute('y')));
  });
  it('wrapText breaks at spaces, a word longer than the line keeps a line of its own', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('a verylongword b', 5)).toEqual(['a', 'verylongword', 'b']);
  });
  it('escapes data text in the legend and notes too', () => {
    const out = composeSvg(chart, { title: 'x', legend: [{ fill: '"/><script>', label: '<i>' }], notes: ['a & b'] });
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<i>');
    expect(parse(out).querySelector('parsererror')).toBeNull();
  });
});
