import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../../src/charts/spec';
import type { Cell, CellResult } from '../../../src/notebooks/types';
import {
  CANVAS,
  figureOf,
  projectorSpec,
  proseSizeFor,
  slideLayout,
  splitTitle,
} from '../../../src/present/slide-layout';

const spec = (over: Partial<ChartSpec> = {}): ChartSpec => ({
  kind: 'ranking',
  lang: 'en',
  ariaLabel: 'chart',
  plot: { marginLeft: 250, marginTop: 30 },
  marks: [],
  tips: {},
  ...over,
});
const cell = (id: string, kind: Cell['kind'] = 'chart'): Cell =>
  ({ id, kind, line: 1, options: {}, body: '', slide: 0 }) as unknown as Cell;
const result = (id: string, over: Partial<CellResult> = {}): CellResult =>
  ({
    id,
    kind: 'chart',
    line: 1,
    status: 'ok',
    error: null,
    table: null,
    chart: spec(),
    digest: '',
    ...over,
  }) as CellResult;

describe('slide layout', () => {
  it('splitTitle(text) takes a leading heading line off the prose', () => {
    expect(splitTitle('\n## Trust\n\nBody text.')).toEqual({ title: '## Trust', rest: '\nBody text.' });
    expect(splitTitle('Body first.\n## Later')).toEqual({ title: null, rest: 'Body first.\n## Later' });
  });

  it('figureOf(cell, result) shows charts, printed tables and problems, not the steps towards them', () => {
    expect(figureOf(cell('a'), result('a'))?.kind).toBe('chart');
    const table = { columns: [], rows: [] };
    expect(figureOf(cell('t', 'table'), result('t', { chart: null, table }))?.kind).toBe('table');
    expect(figureOf(cell('q', 'sql'), result('q', { chart: null, table }))).toBeNull();
    expect(figureOf(cell('e'), result('e', { status: 'error' }))?.kind).toBe('problem');
  });

  it('proseSizeFor(chars, w, h) is large for a line and never under 20 px for a page of text', () => {
    expect(proseSizeFor(40, 620, 800)).toBe(36);
    expect(proseSizeFor(20_000, 620, 800)).toBe(20);
    expect(proseSizeFor(1200, 620, 800)).toBe(21);
  });

  it('slideLayout(blocks) draws the heading across the top, prose beside the charts, chart text ≥ 18 px', () => {
    const blocks = [
      { prose: '## Ranking\n\nThe lowest three regions first.' },
      { cell: cell('a'), result: result('a') },
      { cell: cell('b'), result: result('b') },
      { cell: cell('q', 'sql'), result: result('q', { chart: null }) },
    ];
    const L = slideLayout(blocks);
    expect(L.title).toBe('## Ranking');
    expect(L.prose).toEqual(['\nThe lowest three regions first.']);
    expect(L.figures.map((f) => f.cell.id)).toEqual(['a', 'b']);
    const boxes = L.columns.flat();
    expect(boxes.map((b) => b.index).sort()).toEqual([0, 1]);
    const across = L.columns.reduce((w, col) => w + col[0].width + 40, -40);
    expect(across).toBeLessThanOrEqual(CANVAS.width - 2 * 96 - 620 - 40);
    expect(L.fontSize).toBeGreaterThanOrEqual(18);
  });

  it('projectorSpec(spec, box, size) grows margins with the text (by half at most) and keeps the chart inside its box', () => {
    const { spec: s, width } = projectorSpec(spec({ height: 530 }), { width: 844, height: 396 }, 26);
    expect(s.plot.marginLeft).toBe(375);
    expect(s.plot.marginTop).toBe(45);
    expect(width).toBe(844);
    expect(s.height).toBe(396 - 52);
    const map = projectorSpec(spec({ aspect: 0.75, height: undefined }), { width: 1728, height: 832 }, 24);
    expect(map.width).toBe(Math.floor((832 - 52) / 0.75));
  });
  it('projectorSpec widens the left margin to the longest category name of a bar chart, never narrows it', () => {
    const long = 'Восточно-Казахстанская область';
    const bars = spec({ height: 400, plot: { marginLeft: 190, y: { domain: ['Астана', long] } } });
    const { spec: s } = projectorSpec(bars, { width: 1700, height: 800 }, 22);
    // 30 characters at 0.66 em of 22 px (the generous width export-svg.ts allows), plus the tick's room.
    expect(s.plot.marginLeft).toBe(Math.ceil(long.length * 22 * 0.66) + 12);
    const short = spec({ height: 400, plot: { marginLeft: 190, y: { domain: ['A', 'B'] } } });
    expect(projectorSpec(short, { width: 1700, height: 800 }, 22).spec.plot.marginLeft).toBe(285);
  });
});
