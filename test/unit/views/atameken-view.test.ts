import { describe, expect, it } from 'vitest';
import type { DistrictFeature } from '../../../src/charts/district-map';
import { translator } from '../../../src/i18n/t';
import { hexSize } from '../../../src/reports/atameken/hex';
import { LAYERS } from '../../../src/reports/atameken/layers';
import type { DistrictCount } from '../../../src/reports/atameken/map-data';
import type { MonthPoint } from '../../../src/indicators/monthly';
import { type AtamekenSaid, countRecords, hexView, monthlyView, pointsView } from '../../../src/views/atameken-view';

const square = (code: string, x: number): DistrictFeature => ({
  type: 'Feature',
  properties: { code, region: 'R' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, 45],
        [x, 46],
        [x + 1, 46],
        [x + 1, 45],
        [x, 45],
      ],
    ],
  },
});
const frame = { features: [square('D1', 70), square('D2', 72)], lang: 'en' as const, ariaLabel: 'map', selected: null };
const said: AtamekenSaid = {
  t: translator('en'),
  lang: 'en',
  names: { D1: 'First', D2: 'Second' },
  label: (column, code) => (column === 'status' ? ({ in_work: 'In work', done: 'Done' }[code] ?? code) : code),
  min: 5,
};
const counts: DistrictCount[] = [
  { district: 'D1', region: 'R', count: 12, open: null, finished: null, withheld: false },
  { district: 'D2', region: 'R', count: null, open: null, finished: null, withheld: true },
];

describe('the Atameken map views', () => {
  it('give withheld hexagons and districts no count in their tooltips', () => {
    const bins = [
      { q: 1, r: 2, count: 12, withheld: false },
      { q: 1, r: 3, count: null, withheld: true },
    ];
    const { spec, legend } = hexView(frame, LAYERS.reports, bins, hexSize(30), counts, said);
    expect(spec.kind).toBe('hexbin');
    expect(spec.tips['hex:1,2']).toEqual(['Hexagon', '12 reports']);
    expect(spec.tips['hex:1,3']).toEqual(['Hexagon', 'Withheld: fewer than 5 (privacy)']);
    expect(spec.tips.D2).toEqual(['Second', 'Withheld: fewer than 5 (privacy)']);
    expect(legend.items.at(-1)!.label).toBe('hatched: fewer than 5, withheld');
  });
  it('colour points by state and name them in the legend', () => {
    const pts = [{ id: 'r1', lon: 70.5, lat: 45.5, district: 'D1', state: 'done', category: 'roads' }];
    const { spec, legend } = pointsView(frame, LAYERS.reports, pts, counts, said);
    expect(spec.kind).toBe('points');
    expect(spec.tips['pt:r1']).toEqual(['r1', 'roads', 'Done', 'First']);
    expect(legend.items.map((i) => i.label)).toEqual(['In work', 'Done']);
  });
  it('export withheld districts with empty counts, marked as withheld', () => {
    expect(countRecords(LAYERS.reports, counts, said, { R: 'Region' })).toEqual([
      {
        region: 'Region',
        district: 'D1',
        district_name: 'First',
        count: 12,
        in_work: null,
        done: null,
        withheld: false,
      },
      {
        region: 'Region',
        district: 'D2',
        district_name: 'Second',
        count: null,
        in_work: null,
        done: null,
        withheld: true,
      },
    ]);
  });
  it('draw the months in order with the chosen one marked, withheld months as gaps with no count', () => {
    const month = (period: string, estimate: number | null, status: MonthPoint['status']): MonthPoint => ({
      period,
      wave: Number(period.slice(0, 4)),
      month: Number(period.slice(5)),
      region: null,
      estimate,
      n: estimate ?? 0,
      status,
    });
    const pts = [month('2024-12', 40, 'ok'), month('2025-01', null, 'suppressed'), month('2025-02', 7, 'ok')];
    const spec = monthlyView(pts, LAYERS.reports, 'series', '2025-02', said);
    expect(spec.kind).toBe('trend');
    const [rule, line, dots] = spec.marks;
    expect(rule.data.map((d) => d.key)).toEqual(['m:2025-02']);
    expect(line.data.map((d) => d.y)).toEqual([40, NaN, 7]);
    expect(dots.data.map((d) => d.key)).toEqual(['m:2024-12', 'm:2025-02']);
    expect(spec.tips['m:2025-01']).toEqual(['January 2025', 'Withheld: fewer than 5 (privacy)']);
    expect(spec.tips['m:2024-12']).toEqual(['December 2024', '40 reports']);
    const seasonal = monthlyView(pts, LAYERS.reports, 'seasonal', '2025-02', said);
    expect(seasonal.marks.map((m) => m.type)).toEqual(['line', 'dot']);
    expect(seasonal.plot.color).toMatchObject({ domain: ['2024', '2025'], legend: true });
  });
});
