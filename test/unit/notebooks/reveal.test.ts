import { describe, expect, it } from 'vitest';
import type { IndicatorRow } from '../../../src/indicators/rows';
import { runChart } from '../../../src/notebooks/cells/chart';
import type { CellContext } from '../../../src/notebooks/cells/types';
import { parseRevealStep, revealOf } from '../../../src/notebooks/reveal';
import type { Cell, CellResult, ResultTable } from '../../../src/notebooks/types';
import { REGIONS, chartCell, chartEnv, sciRows } from './chart-env';

const codes = REGIONS.map((r) => r.code);
const ctx = { params: { region: codes[5], wave: 2025 }, lang: 'en' as const };

async function chartResult(options: Record<string, unknown>, rows: IndicatorRow[] = sciRows()) {
  const cell = chartCell(options);
  const c: CellContext = {
    env: chartEnv(rows),
    params: { wave: 2025 },
    results: new Map(),
    tables: new Map(),
    prefix: 't',
  };
  const out = await runChart(cell, c);
  const result: CellResult = {
    id: cell.id,
    kind: 'chart',
    line: 1,
    status: 'ok',
    error: null,
    table: out.table,
    chart: out.chart ?? null,
    digest: '',
  };
  return { cell, result };
}

function tableResult(table: ResultTable, reveal: unknown): { cell: Cell; result: CellResult } {
  const cell: Cell = {
    kind: 'table',
    id: 't1',
    named: false,
    options: { data: 'x', reveal },
    source: '',
    line: 1,
    bodyLine: 2,
    slide: 0,
  };
  const result: CellResult = {
    id: 't1',
    kind: 'table',
    line: 1,
    status: 'ok',
    error: null,
    table,
    chart: null,
    digest: '',
  };
  return { cell, result };
}

describe('parseRevealStep(text)', () => {
  it('reads each word with its argument and refuses the rest', () => {
    expect(parseRevealStep('lowest 3')).toEqual({ word: 'lowest', n: 3, region: '' });
    expect(parseRevealStep(' highest  20 ')).toEqual({ word: 'highest', n: 20, region: '' });
    expect(parseRevealStep('region $region')).toEqual({ word: 'region', n: 0, region: '$region' });
    expect(parseRevealStep('rows')).toEqual({ word: 'rows', n: 1, region: '' });
    expect(parseRevealStep('rows 2')).toEqual({ word: 'rows', n: 2, region: '' });
    expect(parseRevealStep('significant')).toEqual({ word: 'significant', n: 0, region: '' });
    for (const bad of [
      'lowest',
      'lowest 0',
      'lowest 21',
      'lowest 2.5',
      'lowest three',
      'brightest 3',
      'region',
      'significant 2',
      'rows 1 2',
      '',
    ])
      expect(parseRevealStep(bad), bad).toBeNull();
  });
});

describe('revealOf(cell, result, {params, lang})', () => {
  it('lights the lowest and highest regions of a map, suppressed regions never among them', async () => {
    // Region i has 40 + i in 2025; the first is suppressed, the second flagged (drawn, so ranked).
    const { cell, result } = await chartResult({ kind: 'map', indicator: 'sci', reveal: ['lowest 3', 'highest 2'] });
    expect(revealOf(cell, result, ctx)).toEqual([
      { mode: 'highlight', keys: [codes[1], codes[2], codes[3]], label: 'Lowest 3' },
      { mode: 'highlight', keys: [codes[codes.length - 1], codes[codes.length - 2]], label: 'Highest 2' },
    ]);
  });

  it('region $param lights the parameter region, named in the label; in Russian', async () => {
    const { cell, result } = await chartResult({
      kind: 'ranking',
      indicator: 'sci',
      reveal: 'lowest 1, region $region',
    });
    const steps = revealOf(cell, result, { ...ctx, lang: 'ru' });
    expect(steps).toEqual([
      { mode: 'highlight', keys: [codes[1]], label: 'Самые низкие: 1' },
      { mode: 'highlight', keys: [codes[5]], label: `Регион: ${REGIONS[5].name.en}` },
    ]);
  });

  it('leaves out a region step when the parameter is the country, empty, or a region not drawn', async () => {
    const { cell, result } = await chartResult({ kind: 'tilegrid', indicator: 'sci', reveal: ['region $region'] });
    expect(revealOf(cell, result, { ...ctx, params: { region: 'KZ' } })).toEqual([]);
    expect(revealOf(cell, result, { ...ctx, params: { region: null } })).toEqual([]);
    expect(revealOf(cell, result, { ...ctx, params: { region: codes[0] } })).toEqual([]);
    expect(revealOf(cell, result, { ...ctx, params: { region: codes[2] } })[0].keys).toEqual([codes[2]]);
  });

  it('significant lights the regions of a dumbbell whose change is significant', async () => {
    // Every region gains 2 points (SE 1 in each wave: not significant) but the seventh, which gains 20.
    const rows = sciRows().map((r) =>
      r.region === codes[6] && r.wave === 2025 ? { ...r, estimate: 66, ci_low: 64, ci_high: 68 } : r,
    );
    const { cell, result } = await chartResult(
      { kind: 'slope', indicator: 'sci', wave: 2025, compare: 2023, reveal: ['significant'] },
      rows,
    );
    expect(revealOf(cell, result, ctx)).toEqual([
      { mode: 'highlight', keys: [codes[6]], label: 'Significant changes' },
    ]);
    const none = await chartResult({
      kind: 'slope',
      indicator: 'sci',
      wave: 2025,
      compare: 2023,
      reveal: ['significant'],
    });
    expect(revealOf(none.cell, none.result, ctx)).toEqual([]);
  });

  it('rows and rows N show a table a row (or N) at a time, keyed by position', () => {
    const table: ResultTable = {
      columns: [{ name: 'a', type: 'number' }],
      rows: [{ a: 1 }, { a: 2 }, { a: 3 }],
    };
    const one = tableResult(table, ['rows']);
    expect(revealOf(one.cell, one.result, ctx)).toEqual([
      { mode: 'show', keys: ['0'], label: 'Row 1' },
      { mode: 'show', keys: ['1'], label: 'Row 2' },
      { mode: 'show', keys: ['2'], label: 'Row 3' },
    ]);
    const two = tableResult(table, 'rows 2');
    expect(revealOf(two.cell, two.result, { ...ctx, lang: 'kk' })).toEqual([
      { mode: 'show', keys: ['0', '1'], label: '1–2 жолдар' },
      { mode: 'show', keys: ['2'], label: '3-жол' },
    ]);
  });

  it("a table's region and significant steps light the rows of that region, or marked significant", () => {
    const table: ResultTable = {
      columns: [],
      rows: [
        { region_code: 'KZ-11', region: 'A', significant: false },
        { region_code: 'KZ-75', region: 'B', significant: true },
        { region_code: 'KZ-19', region: 'C', significant: true },
      ],
    };
    const { cell, result } = tableResult(table, ['significant', 'region KZ-75']);
    expect(revealOf(cell, result, ctx)).toEqual([
      { mode: 'highlight', keys: ['1', '2'], label: 'Significant changes' },
      { mode: 'highlight', keys: ['1'], label: 'Region: B' },
    ]);
  });

  it('gives nothing for a cell without reveal, a failed result, or a step the kind does not take', async () => {
    const plain = await chartResult({ kind: 'map', indicator: 'sci' });
    expect(revealOf(plain.cell, plain.result, ctx)).toEqual([]);
    const wrong = await chartResult({ kind: 'map', indicator: 'sci', reveal: ['rows', 'significant', 'lowest 1'] });
    expect(revealOf(wrong.cell, wrong.result, ctx).map((s) => s.label)).toEqual(['Lowest 1']);
    const failed = { ...wrong.result, status: 'error' as const, chart: null, table: null };
    expect(revealOf(wrong.cell, failed, ctx)).toEqual([]);
    const trend = await chartResult({ kind: 'trend', indicator: 'sci', reveal: ['lowest 1'] });
    expect(revealOf(trend.cell, trend.result, ctx)).toEqual([]);
  });
});
