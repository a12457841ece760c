// Transform cells: Arquero verbs on small hand-checkable results, and expressions that never reach Arquero.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { refuseExpression } from '../../../src/notebooks/cells/expression';
import { runTransform } from '../../../src/notebooks/cells/transform';
import { runTable } from '../../../src/notebooks/cells/table';
import { resultOf } from '../../../src/notebooks/cells/shared';
import type { CellContext } from '../../../src/notebooks/cells/types';
import type { NotebookEnv } from '../../../src/notebooks/env';
import type { Cell, ResultTable } from '../../../src/notebooks/types';

const sci = resultOf([
  { region: 'KZ-75', wave: 2023, estimate: 50, ci_low: 47, ci_high: 53, status: 'ok', flags: '' },
  { region: 'KZ-75', wave: 2025, estimate: 60, ci_low: 56, ci_high: 64, status: 'ok', flags: 'small_base' },
  { region: 'KZ-71', wave: 2023, estimate: 40, ci_low: 38, ci_high: 42, status: 'ok', flags: '' },
  { region: 'KZ-71', wave: 2025, estimate: 44, ci_low: 41, ci_high: 47, status: 'suppressed', flags: '' },
]);
const names = resultOf([
  { region: 'KZ-75', name: 'Almaty' },
  { region: 'KZ-71', name: 'Astana' },
]);
const ctx: CellContext = {
  env: {} as NotebookEnv,
  params: {},
  results: new Map([
    ['sci', sci],
    ['names', names],
  ]),
  tables: new Map(),
  prefix: 'test',
};
const cell = (options: Record<string, unknown>, kind: Cell['kind'] = 'transform'): Cell => ({
  kind,
  id: 't',
  named: true,
  options,
  source: '',
  line: 3,
  bodyLine: 4,
  slide: 0,
});
const transform = async (steps: unknown[]): Promise<ResultTable> =>
  (await runTransform(cell({ from: 'sci', steps }), ctx)).table;

describe('transform cells', () => {
  it('derive, filter, orderby and select', async () => {
    const t = await transform([
      { derive: { gap: 'd.ci_high - d.ci_low' } },
      { filter: 'd.wave === 2025 && d.status == "ok"' },
      { orderby: [{ desc: 'gap' }] },
      { select: ['region', 'gap'] },
    ]);
    expect(t.rows).toEqual([{ region: 'KZ-75', gap: 8 }]);
    expect(t.columns).toEqual([
      { name: 'region', type: 'string' },
      { name: 'gap', type: 'number' },
    ]);
  });
  it('groupby and rollup: the mean estimate of each region', async () => {
    const t = await transform([
      { groupby: ['region'] },
      { rollup: { mean: 'op.mean(d.estimate)', waves: 'op.count()' } },
    ]);
    expect(t.rows).toEqual([
      { region: 'KZ-75', mean: 55, waves: 2 },
      { region: 'KZ-71', mean: 42, waves: 2 },
    ]);
  });
  it('pivot waves into columns, and fold them back', async () => {
    const wide = await transform([{ pivot: { keys: 'wave', values: 'estimate' } }]);
    expect(wide.rows).toEqual([{ 2023: 50, 2025: 60 }]);
    const byRegion = await transform([{ groupby: 'region' }, { pivot: { keys: 'wave', values: 'estimate' } }]);
    expect(byRegion.rows).toEqual([
      { region: 'KZ-75', 2023: 50, 2025: 60 },
      { region: 'KZ-71', 2023: 40, 2025: 44 },
    ]);
    const long = await transform([
      { groupby: 'region' },
      { pivot: { keys: 'wave', values: 'estimate' } },
      { fold: { columns: ['2023', '2025'], as: ['wave', 'estimate'] } },
    ]);
    expect(long.rows).toContainEqual({ region: 'KZ-71', wave: '2025', estimate: 44 });
    expect(long.rows).toHaveLength(4);
  });
  it('join with another named result, rename, count and slice', async () => {
    const t = await transform([
      { join: { with: 'names', on: ['region'] } },
      { rename: { name: 'region_name' } },
      { slice: 1 },
      { select: ['region_name', 'estimate'] },
    ]);
    expect(t.rows).toEqual([{ region_name: 'Almaty', estimate: 50 }]);
    const n = await transform([{ groupby: 'region' }, { count: { as: 'rows' } }]);
    expect(n.rows).toEqual([
      { region: 'KZ-75', rows: 2 },
      { region: 'KZ-71', rows: 2 },
    ]);
  });
  it('an unknown verb, column or result fails as a bad step naming it', async () => {
    await expect(transform([{ eval: 'x' }])).rejects.toMatchObject({ code: 'unknown_verb', detail: 'eval' });
    await expect(transform([{ select: ['region'], slice: 1 }])).rejects.toMatchObject({ code: 'bad_step' });
    await expect(transform([{ select: ['nope'] }])).rejects.toMatchObject({
      code: 'bad_step',
      detail: 'unknown column: nope',
    });
    await expect(transform([{ join: { with: 'nothing' } }])).rejects.toMatchObject({ code: 'unknown_result' });
  });
});

describe('transform expressions: a whitelist before Arquero compiles anything', () => {
  afterEach(() => vi.restoreAllMocks());
  const columns = ['estimate', 'region'];
  it('allows columns, op functions, numbers, strings, operators, the conditional', () => {
    for (const ok of [
      'd.estimate * 2 + 1',
      'op.round(d.estimate, 1)',
      'd.region === "KZ-75" ? 1 : 0',
      '!(d.estimate >= 50) || d.estimate ** 2 < 10 && d.region != null',
      "op.upper(d.region) + '-x'",
      'op.mean(d.estimate)',
    ])
      expect(refuseExpression(ok, columns), ok).toBeNull();
  });
  it('refuses functions, globals, members, brackets, templates and inherited names', () => {
    for (const bad of [
      "d => fetch('x')",
      'op.constructor',
      "op.constructor('return process')()",
      "d['constructor']",
      'd.constructor',
      'd.__proto__',
      'globalThis',
      'process.exit(1)',
      'd.estimate.toFixed(2)',
      'd.estimate(1)',
      '`${d.estimate}`',
      '(function(){ return 1 })()',
      'op.random()',
      'd.missing + 1',
      'x = 1',
      'd.estimate; fetch("x")',
      'new Date()',
      'op.mean',
      '(d.estimate',
      "'a\\u0027'",
    ])
      expect(refuseExpression(bad, columns), bad).not.toBeNull();
  });
  it('a refused expression fails the cell as bad_expression and never runs', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(() => {
      throw new Error('ran');
    });
    const attempts = [
      { derive: { x: "d => fetch('x')" } },
      { filter: "(() => fetch('x'))()" },
      { rollup: { x: "op.constructor('return fetch')()('x')" } },
      { pivot: { keys: 'wave', values: { x: "d['constructor']" } } },
      { derive: { x: 'globalThis.fetch("x")' } },
    ];
    for (const step of attempts)
      await expect(transform([step]), JSON.stringify(step)).rejects.toMatchObject({ code: 'bad_expression' });
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('table cells', () => {
  const table = (options: Record<string, unknown>) => runTable(cell({ data: 'sci', ...options }, 'table'), ctx);
  it('keeps the columns listed, in order, with status and flags always kept; labels and decimals as hints', async () => {
    const { table: t } = await table({ columns: ['estimate', 'region'], labels: { estimate: 'SCI' }, decimals: 2 });
    expect(t.columns).toEqual([
      { name: 'estimate', type: 'number', label: 'SCI', decimals: 2 },
      { name: 'region', type: 'string' },
      { name: 'status', type: 'string' },
      { name: 'flags', type: 'string' },
    ]);
    expect(t.rows[3]).toEqual({ estimate: 44, region: 'KZ-71', status: 'suppressed', flags: '' });
  });
  it('a column the result lacks is an error naming it', async () => {
    await expect(table({ columns: 'region,nope' })).rejects.toMatchObject({ code: 'unknown_column', detail: 'nope' });
  });
});
