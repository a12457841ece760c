// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render } from '../../../src/charts/render';
import { populations } from '../../../src/compare/rows';
import { translator } from '../../../src/i18n/t';
import { entryById } from '../../../src/indicators/catalogue';
import { DEFAULT_RULES } from '../../../src/indicators/status';
import { runChart } from '../../../src/notebooks/cells/chart';
import type { CellContext } from '../../../src/notebooks/cells/types';
import type { ResultTable } from '../../../src/notebooks/types';
import { compareView } from '../../../src/views/compare-view';
import { changeView } from '../../../src/views/change-view';
import { DISTRICTS, REGIONS, SHAPES, chartCell, chartEnv, row, sciRows } from './chart-env';

const rows = sciRows();
const ctxOf = (results: Record<string, ResultTable> = {}, lang: 'en' | 'ru' = 'en'): CellContext => ({
  env: chartEnv(rows, lang),
  params: { wave: 2025 },
  results: new Map(Object.entries(results)),
  tables: new Map(),
  prefix: 't',
});
const codes = REGIONS.map((r) => r.code);
const names = Object.fromEntries(REGIONS.map((r) => [r.code, r.name.en]));
const state = {
  indicator: 'sci',
  wave: 2025,
  compare: null,
  by: null,
  region: null,
  view: 'map',
  classing: 'quantile',
  per: 'none',
  level: 'region',
} as const;
const pageInput = {
  entry: entryById('sci')!,
  rows,
  state,
  names,
  population: populations(REGIONS),
  features: SHAPES.features,
  tiles: SHAPES.tiles,
  groupLabels: {},
  t: translator('en'),
  lang: 'en' as const,
  rules: DEFAULT_RULES,
};

describe('chart cell from an indicator (what "Add to notebook" writes)', () => {
  it('kind=map is the regions page map: shaded values are the rows, suppressed grey-hatched, flagged hatched', async () => {
    const out = await runChart(chartCell({ kind: 'map', indicator: 'sci', wave: '$wave' }), ctxOf());
    expect(out.chart).toEqual(compareView(pageInput).maps[0].spec);
    const shapes = out.chart!.marks[0].data as { code: string; value: number; look: string }[];
    const at = (c: string) => shapes.find((s) => s.code === c)!;
    for (const [i, code] of codes.entries()) if (i > 0) expect(at(code).value).toBe(40 + i);
    expect(at(codes[0])).toMatchObject({ look: 'suppressed' });
    expect(at(codes[0]).value).toBeNaN();
    expect(at(codes[1]).look).toBe('flagged');
    expect(out.chart!.marks[2].data.map((d) => d.code)).toEqual([codes[0]]);
    const svg = render(out.chart!, 800, { legends: false });
    expect(svg.querySelectorAll('[data-region]').length).toBeGreaterThanOrEqual(20);
    expect(svg.innerHTML).toContain('cw-hatch-grey');
    expect(out.table!.rows.find((r) => r.region_code === codes[2])).toMatchObject({ estimate: 42, status: 'ok' });
  });

  it('kind=tilegrid and kind=ranking are the page charts; the ranking has CI bars and the national line', async () => {
    const tiles = await runChart(chartCell({ kind: 'tilegrid', indicator: 'sci' }), ctxOf());
    expect(tiles.chart).toEqual(compareView(pageInput).tilegrid);
    const ranking = await runChart(chartCell({ kind: 'ranking', indicator: 'sci', wave: 2025 }), ctxOf());
    expect(ranking.chart).toEqual(compareView(pageInput).ranking);
    const bars = ranking.chart!.marks.find((m) => m.type === 'ruleY' && m.options.x1 === 'ci_low')!;
    expect(bars.data.find((d) => d.code === codes[5])).toMatchObject({ estimate: 45, ci_low: 43, ci_high: 47 });
    expect(ranking.chart!.marks.find((m) => m.type === 'ruleX')!.data).toEqual([{ estimate: 50, text: 'National' }]);
    const svg = render(ranking.chart!, 800, { legends: false });
    expect(svg.querySelectorAll('circle[data-key]').length).toBe(19);
  });

  it('kind=slope is the waves page dumbbell between compare and wave; kind=trend the national trend', async () => {
    const slope = await runChart(chartCell({ kind: 'slope', indicator: 'sci', wave: 2025, compare: 2023 }), ctxOf());
    const page = changeView({ ...pageInput, state: { ...state, compare: 2023 }, waves: [2023, 2025] });
    expect(slope.chart).toEqual(page.dumbbell);
    expect(slope.chart!.marks[1].data.find((d) => d.code === codes[3])).toMatchObject({ earlier: 41, later: 43 });
    const trend = await runChart(chartCell({ kind: 'trend', indicator: 'sci' }), ctxOf());
    expect(trend.chart).toEqual(page.trends[0].spec);
    expect(trend.chart!.marks.find((m) => m.type === 'line')!.data.map((d) => d.estimate)).toEqual([48, 50]);
    expect(render(trend.chart!, 600, { legends: false }).querySelectorAll('circle').length).toBe(2);
    await expect(runChart(chartCell({ kind: 'slope', indicator: 'sci' }), ctxOf())).rejects.toThrow(/compare/);
  });

  it('kind=bars and kind=distribution draw the regions with a value (not the suppressed one)', async () => {
    const bars = await runChart(chartCell({ kind: 'bars', indicator: 'sci' }), ctxOf());
    expect(bars.chart!.marks[0].data).toHaveLength(19);
    expect(bars.chart!.marks[0].data[0]).toMatchObject({ key: codes[19], value: 59 });
    const dist = await runChart(chartCell({ kind: 'distribution', indicator: 'sci' }), ctxOf());
    expect(dist.chart!.kind).toBe('distribution');
    const box = dist.chart!.marks.find((m) => m.type === 'ruleX')!.data[0];
    expect(box).toMatchObject({ min: 41, median: 50, max: 59 });
    const svg = render(dist.chart!, 600, { legends: false });
    expect(svg.querySelectorAll('circle[data-key]').length).toBe(19);
  });

  it('classing and per follow the page`s URL options', async () => {
    const out = await runChart(chartCell({ kind: 'map', indicator: 'sci', classing: 'diverging' }), ctxOf());
    expect(out.chart).toEqual(compareView({ ...pageInput, state: { ...state, classing: 'diverging' } }).maps[0].spec);
    expect(out.chart).not.toEqual(compareView(pageInput).maps[0].spec);
    await expect(runChart(chartCell({ kind: 'map', indicator: 'sci', level: 'district' }), ctxOf())).rejects.toThrow(
      /not_implemented: level: district/,
    );
  });

  it('titles and labels follow the environment language', async () => {
    const out = await runChart(chartCell({ kind: 'ranking', indicator: 'sci' }), ctxOf({}, 'ru'));
    expect(out.chart!.ariaLabel).toBe(translator('ru')('chart.ranking'));
    expect(out.chart!.lang).toBe('ru');
  });

  it("columns= names the columns a chart cell's table prints, in order; its rows keep every field", async () => {
    const columns = ['region', 'estimate', 'rank'];
    const out = await runChart(chartCell({ kind: 'table', indicator: 'sci', columns: columns.join(',') }), ctxOf());
    expect(out.table.columns.map((c) => c.name)).toEqual(columns);
    expect(Object.keys(out.table.rows[0])).toEqual(expect.arrayContaining(['region_code', 'status', 'flags']));
    await expect(
      runChart(chartCell({ kind: 'table', indicator: 'sci', columns: 'region,nope' }), ctxOf()),
    ).rejects.toMatchObject({
      code: 'unknown_column',
    });
  });

  it('kind=table, scorecard and matrix give a table and no chart', async () => {
    const table = await runChart(chartCell({ kind: 'table', indicator: 'sci' }), ctxOf());
    expect(table.chart).toBeNull();
    expect(table.table.rows).toHaveLength(20);
    const card = await runChart(chartCell({ kind: 'scorecard', indicator: 'sci' }), ctxOf());
    expect(card.chart).toBeNull();
    expect(card.table.rows).toEqual([
      expect.objectContaining({ indicator_id: 'sci', wave: 2025, estimate: 50, trend: '2023: 48; 2025: 50' }),
    ]);
    const regional = await runChart(chartCell({ kind: 'scorecard', indicator: 'sci', region: codes[3] }), ctxOf());
    expect(regional.table.rows).toEqual([
      expect.objectContaining({ region: codes[3], estimate: 43, trend: '2023: 41; 2025: 43', low_region: null }),
    ]);
    const kpiRows = [
      row(null, 2025, 2.5, { indicator_id: 'kpi_staff_capacity' }),
      row('KZ-75', 2025, 3, { indicator_id: 'kpi_staff_capacity' }),
      row('KZ-75', 2025, 1, { indicator_id: 'kpi_external_influence' }),
    ];
    const env = chartEnv(kpiRows);
    const kpi = await runChart(chartCell({ kind: 'matrix', by: 'region' }), { ...ctxOf(), env });
    expect(kpi.chart).toBeNull();
    expect(env.asked[0]).toContain('kpi_staff_capacity');
    expect(kpi.table.rows).toEqual([
      expect.objectContaining({ region: 'KZ', kpi_staff_capacity: 2.5, kpi_external_influence: null }),
      expect.objectContaining({ region: names['KZ-75'], kpi_staff_capacity: 3, kpi_external_influence: 1 }),
    ]);
  });
});

describe('chart cell from a named result', () => {
  const sql: ResultTable = {
    columns: [
      { name: 'code', type: 'string' },
      { name: 'mean', type: 'number' },
      { name: 'wave', type: 'number' },
    ],
    rows: codes.map((code, i) => ({ code, mean: i % 4, wave: 2025 })),
  };

  it('kind=map shades the `x` column`s regions by the `value` column', async () => {
    const out = await runChart(
      chartCell({ kind: 'map', data: 'by_region', x: 'code', value: 'mean' }),
      ctxOf({ by_region: sql }),
    );
    const shapes = out.chart!.marks[0].data as { code: string; value: number }[];
    for (const [i, code] of codes.entries()) expect(shapes.find((s) => s.code === code)!.value).toBe(i % 4);
    expect(out.table).toBe(sql);
    expect(render(out.chart!, 700, { legends: false }).querySelectorAll('[data-region]').length).toBeGreaterThanOrEqual(
      20,
    );
  });

  it('an indicator cell`s rows are drawn as their page draws them', async () => {
    const flat = rows.map(({ by: _by, ...r }) => ({ ...r, flags: r.flags.join(';') }));
    const result = { columns: [], rows: flat } as ResultTable;
    const out = await runChart(
      chartCell({ kind: 'map', data: 'sci_regions', wave: 2025 }),
      ctxOf({ sci_regions: result }),
    );
    expect(out.chart).toEqual(compareView(pageInput).maps[0].spec);
  });

  it('kind=bars, trend, ranking, slope and distribution read the named columns', async () => {
    const ctx = ctxOf({ by_region: sql });
    const bars = await runChart(chartCell({ kind: 'bars', data: 'by_region', x: 'code', value: 'mean' }), ctx);
    expect(bars.chart!.marks[0].data[0]).toMatchObject({ value: 3 });
    const ranking = await runChart(chartCell({ kind: 'ranking', data: 'by_region', x: 'code', y: 'mean' }), ctx);
    expect(ranking.chart!.kind).toBe('ranking');
    const dist = await runChart(chartCell({ kind: 'distribution', data: 'by_region', value: 'mean' }), ctx);
    expect(dist.chart!.marks.find((m) => m.type === 'ruleX')!.data[0]).toMatchObject({ min: 0, max: 3 });
    const waves: ResultTable = {
      columns: [],
      rows: [
        { wave: 2025, v: 3 },
        { wave: 2021, v: 1 },
      ],
    };
    const trend = await runChart(chartCell({ kind: 'trend', data: 'w', y: 'v' }), ctxOf({ w: waves }));
    expect(trend.chart!.marks.find((m) => m.type === 'line')!.data.map((d) => d.wave)).toEqual([2021, 2025]);
    const two: ResultTable = {
      columns: [],
      rows: [
        { region: 'KZ-75', wave: 2023, estimate: 1 },
        { region: 'KZ-75', wave: 2025, estimate: 4 },
      ],
    };
    const slope = await runChart(chartCell({ kind: 'slope', data: 'two', wave: 2025, compare: 2023 }), ctxOf({ two }));
    expect(slope.chart!.marks[1].data[0]).toMatchObject({ earlier: 1, later: 4 });
    for (const spec of [bars, ranking, dist, trend, slope].map((o) => o.chart!))
      expect(render(spec, 600, { legends: false }).tagName.toLowerCase()).toMatch(/svg|figure/);
  });

  it('kind=map level=district draws the `district` column on the districts of its regions, synthetic rows hatched', async () => {
    const almaty = DISTRICTS.filter((d) => d.region === 'KZ-75').map((d) => d.code);
    const rows = almaty.map((district, i) => ({ district, estimate: 40 + i, synthetic: i === 0, status: 'ok' }));
    const out = await runChart(
      chartCell({ kind: 'map', data: 'sae', level: 'district' }),
      ctxOf({ sae: { columns: [], rows } }),
    );
    expect(out.chart).toMatchObject({ kind: 'map', level: 'district' });
    const shapes = out.chart!.marks[0].data as { code: string; value: number }[];
    expect(shapes.map((x) => x.code).sort()).toEqual([...almaty].sort());
    expect(shapes.find((x) => x.code === almaty[2])!.value).toBe(42);
    expect(out.chart!.marks[1].data.map((d) => d.code)).toEqual([almaty[0]]);
    expect(out.chart!.tips![almaty[1]][0]).toBe(DISTRICTS.find((d) => d.code === almaty[1])!.name.en);
    expect(render(out.chart!, 700, { legends: false }).querySelectorAll('[data-region]').length).toBe(almaty.length);
  });

  it('kind=map level=district without the districts’ boundaries is no_shapes', async () => {
    const ctx = ctxOf({ sae: { columns: [], rows: [{ district: 'KZ751110', estimate: 1 }] } });
    ctx.env = { ...ctx.env, shapes: { ...SHAPES, districts: undefined } };
    await expect(runChart(chartCell({ kind: 'map', data: 'sae', level: 'district' }), ctx)).rejects.toThrow(
      /no_shapes: the environment has no district boundaries/,
    );
  });

  it('an unknown column is an error naming it', async () => {
    await expect(
      runChart(chartCell({ kind: 'bars', data: 'by_region', x: 'code', value: 'nope' }), ctxOf({ by_region: sql })),
    ).rejects.toThrow(/unknown_column: nope/);
  });
});
