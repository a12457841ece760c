// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regionFeatures } from '../../../src/charts/geo';
import { parseTilegrid } from '../../../src/charts/tilegrid';
import { render } from '../../../src/charts/render';
import { changeRecords, changeView } from '../../../src/views/change-view';
import { populations } from '../../../src/compare/rows';
import { decodeState } from '../../../src/compare/state';
import { compareView, exportRecords } from '../../../src/views/compare-view';
import { parseRegions } from '../../../src/data/reference';
import { translator } from '../../../src/i18n/t';
import { entryById } from '../../../src/indicators/catalogue';
import type { IndicatorRow } from '../../../src/indicators/rows';
import { DEFAULT_RULES } from '../../../src/indicators/status';

const text = (f: string) => readFileSync(join(process.cwd(), 'data', f), 'utf8');
const features = regionFeatures(JSON.parse(text('reference/kz-regions.topo.json')));
const tiles = parseTilegrid(text('reference/kz-tilegrid.csv'));
const regions = parseRegions(text('reference/regions.csv'));
const rows = JSON.parse(text('demo/precomputed.json')) as IndicatorRow[];
const t = translator('en');
const names = Object.fromEntries(regions.map((r) => [r.code, r.name.en]));
const choices = {
  indicators: ['trust_ngo', 'centres_count'],
  waves: [2021, 2023, 2025],
  regions: regions.map((r) => r.code),
};
const input = (params: Record<string, string>, own = rows) => ({
  entry: entryById(params.indicator ?? 'trust_ngo')!,
  rows: own,
  state: decodeState(params, choices),
  names,
  population: populations(regions),
  features,
  tiles,
  groupLabels: {},
  t,
  lang: 'en' as const,
  rules: DEFAULT_RULES,
});

describe('compareView', () => {
  it('map, tile grid and ranking show the same 20 regions; legend counts add up', () => {
    const v = compareView(input({ indicator: 'trust_ngo', wave: '2025' }));
    const map = render(v.maps[0].spec, 800, { legends: false });
    expect(map.querySelectorAll('[data-region]')).toHaveLength(20);
    const grid = render(v.tilegrid, 600, { legends: false });
    expect([...grid.querySelectorAll('[data-region]')].map((e) => e.getAttribute('data-region')).sort()).toEqual(
      features.map((f) => f.properties.code).sort(),
    );
    const ranked = v.lines.filter((l) => l.rank !== null).length;
    expect(render(v.ranking, 700).querySelectorAll('[data-key]')).toHaveLength(ranked);
    const counts = v.legend.items.slice(0, v.classes!.colors.length).map((i) => Number(/\((\d+)\)$/.exec(i.label)![1]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(ranked);
  });
  it('flagged regions are hatched on the map and in the ranking; suppressed ones grey-hatched', () => {
    const own = rows.map((r) =>
      r.indicator_id === 'trust_ngo' && r.wave === 2025 && r.region === 'KZ-75'
        ? { ...r, status: 'suppressed' as const, estimate: null }
        : r,
    );
    const v = compareView(input({ indicator: 'trust_ngo', wave: '2025' }, own));
    const flagged = v.lines.filter((l) => l.status === 'ok' && l.flags.length).map((l) => l.code);
    const map = v.maps[0].spec;
    expect(map.marks[1].data.map((d) => d.code)).toEqual(expect.arrayContaining(flagged));
    expect(map.marks[2].data.map((d) => d.code)).toEqual(['KZ-75']);
    const svg = render(map, 800, { legends: false });
    expect(svg.querySelector('pattern#cw-hatch-grey')).not.toBeNull();
    const dots = v.ranking.marks.find((m) => m.type === 'dot')!.data;
    for (const d of dots) expect(d.fill === 'url(#cw-hatch)').toBe(flagged.includes(d.code as string));
  });
  it('the selected region is outlined on the map and tile grid and banded in the ranking', () => {
    const v = compareView(input({ indicator: 'trust_ngo', wave: '2025', region: 'KZ-71' }));
    expect(v.maps[0].spec.marks[3].data.map((d) => d.code)).toEqual(['KZ-71']);
    expect(v.tilegrid.marks[3].data.map((d) => d.code)).toEqual(['KZ-71']);
    expect(v.ranking.marks[0].data).toEqual([{ name: names['KZ-71'] }]);
  });
  it('export records: 20 region rows with estimate and CI columns, the same numbers as the lines', () => {
    const v = compareView(input({ indicator: 'trust_ngo', wave: '2025' }));
    const recs = exportRecords(v, decodeState({ indicator: 'trust_ngo' }, choices), {});
    expect(recs).toHaveLength(20);
    expect(Object.keys(recs[0])).toEqual(
      expect.arrayContaining([
        'region_code',
        'region',
        'estimate',
        'ci_low',
        'ci_high',
        'n',
        'rank_low',
        'rank_high',
        'vs_national',
      ]),
    );
    expect(recs.map((r) => r.estimate)).toEqual(v.lines.map((l) => l.estimate));
  });
  it('a wave the question was not asked in says so', () => {
    const v = compareView(input({ indicator: 'aware_centre', wave: '2021' }));
    expect(v.reading).toMatch(/^Not measured in 2021/);
  });
});
describe('changeView', () => {
  it('the change view draws a dumbbell, a change map and one map per wave with shared classes', () => {
    const v = changeView({
      ...input({ indicator: 'trust_ngo', wave: '2025', compare: '2023' }),
      waves: [2021, 2023, 2025],
    });
    expect(v.summary).toMatch(/^Nationally .* Significant rises in \d+ regions/);
    expect(v.multiples.map((m) => m.wave)).toEqual([2021, 2023, 2025]);
    expect(new Set(v.multiples.map((m) => JSON.stringify(m.spec.plot.color))).size).toBe(1);
    expect(render(v.dumbbell, 700).querySelectorAll('[data-key]').length).toBeGreaterThan(15);
    expect(changeRecords(v.lines, 2023, 2025)[1]).toMatchObject({ earlier_wave: 2023, later_wave: 2025 });
    expect(changeRecords(v.lines, 2023, 2025)[1].df).toBeGreaterThan(2);
  });
  it('states the change interval’s method: t on the Welch–Satterthwaite df, with the national df', () => {
    const v = changeView({ ...input({ indicator: 'trust_ngo', wave: '2025', compare: '2023' }), waves: [2023, 2025] });
    expect(v.method[0]).toContain('Welch–Satterthwaite degrees of freedom df = (v₁ + v₂)² / (v₁²/df₁ + v₂²/df₂)');
    expect(v.method[1]).toBe(`Nationally df = ${Math.round(v.lines[0].df!)}.`);
  });
});

describe('maps on other units', () => {
  const old = JSON.parse(text('reference/kz-regions-17-pre2022.geojson')).features;
  const row = (
    code: string,
    wave: number,
    estimate: number | null,
    status: 'ok' | 'suppressed' = 'ok',
  ): IndicatorRow => ({
    indicator_id: 'trust_ngo',
    unit: 'percent',
    region: null,
    wave,
    by: { region_source: code },
    estimate,
    se: 1,
    ci_low: null,
    ci_high: null,
    df: 20,
    n: 100,
    n_eff: 90,
    status,
    flags: [],
    dropped_by: [],
  });
  const rows2 = [
    row('KZ-VOS', 2021, 40),
    row('KZ-ALM', 2021, null, 'suppressed'),
    row('KZ-ALA', 2021, 55),
    row('KZ-63', 2025, 50),
    { ...row('KZ-VOS', 2025, null), n: 0, status: 'no_data' as const },
  ];
  it('data coded in the pre-2022 units is drawn on the 17-unit map; today’s codes are not forced onto it', async () => {
    const { unitsView, wavesCodedIn } = await import('../../../src/views/units-view');
    const v = unitsView(
      rows2,
      'region_source',
      {
        ...input({ indicator: 'trust_ngo', wave: '2021' }),
        state: { ...decodeState({ wave: '2021' }, choices), level: 'pre2022' },
      },
      old,
      {},
    );
    expect(v.shown).toBe(3);
    const svg = render(v.spec, 800, { legends: false });
    expect(svg.querySelectorAll('[data-region]')).toHaveLength(17);
    expect(svg.querySelector('[data-region="KZ-VOS"]')!.getAttribute('fill')).not.toBe('#d9d9d9');
    expect(v.spec.marks[2].data.map((d) => d.code)).toEqual(['KZ-ALM']);
    expect(
      wavesCodedIn(
        rows2,
        'region_source',
        new Set(old.map((f: { properties: { code: string } }) => f.properties.code)),
      ),
    ).toEqual([2021]);
  });
});
describe('changeView per head', () => {
  it('counts per head on the waves page: the change of the per-100,000 figures', () => {
    const count = (region: string | null, wave: number, estimate: number): IndicatorRow => ({
      indicator_id: 'centres_count',
      unit: 'count',
      region,
      wave,
      by: {},
      estimate,
      se: null,
      ci_low: null,
      ci_high: null,
      df: null,
      n: estimate,
      n_eff: null,
      status: 'ok',
      flags: [],
      dropped_by: [],
    });
    const own = [
      count('KZ-75', 2024, 6),
      count('KZ-75', 2025, 9),
      count('KZ-11', 2024, 5),
      count('KZ-11', 2025, 7),
      count(null, 2024, 150),
      count(null, 2025, 169),
    ];
    const state = {
      ...decodeState({ indicator: 'centres_count', wave: '2025' }, { ...choices, waves: [2024, 2025] }),
      compare: 2024,
      per: '100k' as const,
    };
    const v = changeView({
      ...input({ indicator: 'centres_count' }, own),
      state,
      waves: [2024, 2025],
      population: populations(regions),
    });
    const pop = regions.find((r) => r.code === 'KZ-75')!.population!;
    const almaty = v.lines.find((x) => x.code === 'KZ-75')!;
    expect(almaty.later).toBeCloseTo((9 / pop) * 1e5, 10);
    expect(almaty.difference).toBeCloseTo((3 / pop) * 1e5, 10);
    expect(almaty.direction).toBe('up'); // exact figures: any change is a change
    expect(v.method).toEqual([]); // exact figures: no interval to explain
    expect(v.lines.find((x) => x.code === 'KZ-11')!.later).toBeNull(); // Akmola has no official population
  });
});
