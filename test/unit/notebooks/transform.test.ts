// Transform cells: Arquero's verbs on small hand-checkable results, run by the notebook's interpreter and
// compared with real Arquero (which may compile its expressions here, under Node); refused expressions never run.
import * as aq from 'arquero';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { ALLOWED_OPS, refuseExpression } from '../../../src/notebooks/cells/expression';
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
/** Rows with nulls, repeated keys, a number and a text key, for comparing with Arquero. */
const obs = resultOf([
  { region: 'KZ-75', wave: 2025, place: 'urban', estimate: 60, n: 120, note: 'a' },
  { region: 'KZ-71', wave: 2023, place: 'rural', estimate: null, n: 80, note: null },
  { region: 'KZ-75', wave: 2023, place: 'rural', estimate: 50, n: 90, note: 'b' },
  { region: 'KZ-11', wave: 2025, place: 'urban', estimate: 33.5, n: 15, note: 'a' },
  { region: 'KZ-71', wave: 2025, place: 'urban', estimate: 44, n: 70, note: 'c' },
  { region: 'KZ-75', wave: 2025, place: 'rural', estimate: 71.25, n: 40, note: 'a' },
  { region: null, wave: 2025, place: 'urban', estimate: 12, n: 5, note: 'd' },
]);
const places = resultOf([
  { region: 'KZ-71', name: 'Astana', note: 'capital' },
  { region: 'KZ-75', name: 'Almaty', note: 'city' },
  { region: 'KZ-19', name: 'Almaty region', note: null },
  { region: null, name: 'nowhere', note: 'x' },
]);
const ctx: CellContext = {
  env: {} as NotebookEnv,
  params: {},
  results: new Map([
    ['sci', sci],
    ['names', names],
    ['obs', obs],
    ['places', places],
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

/** Every aggregate the interpreter implements, and one mixed with arithmetic. */
const ALL_AGGREGATES = {
  count: 'op.count()',
  sum: 'op.sum(d.estimate)',
  mean: 'op.mean(d.estimate)',
  average: 'op.average(d.n)',
  min: 'op.min(d.estimate)',
  max: 'op.max(d.region)',
  median: 'op.median(d.estimate)',
  q: 'op.quantile(d.n, 0.25)',
  variance: 'op.variance(d.estimate)',
  variancep: 'op.variancep(d.n)',
  stdev: 'op.stdev(d.n)',
  stdevp: 'op.stdevp(d.estimate)',
  distinct: 'op.distinct(d.note)',
  valid: 'op.valid(d.estimate)',
  invalid: 'op.invalid(d.note)',
  any: 'op.any(d.note)',
  mode: 'op.mode(d.note)',
  product: 'op.product(d.estimate)',
  mixed: 'op.sum(d.n) / op.count() + 1',
};

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
    await expect(transform([{ derive: { x: '-d.estimate ** 2' } }])).rejects.toMatchObject({
      code: 'bad_expression',
    });
    await expect(transform([{ select: ['nope'] }])).rejects.toMatchObject({
      code: 'bad_step',
      detail: 'unknown column: nope',
    });
    await expect(transform([{ join: { with: 'nothing' } }])).rejects.toMatchObject({ code: 'unknown_result' });
  });
});

const arquero = (r: ResultTable) =>
  aq.table(Object.fromEntries(r.columns.map((c) => [c.name, r.rows.map((row) => row[c.name] ?? null)])));
const clean = (v: unknown) => (v === undefined || (typeof v === 'number' && Number.isNaN(v)) ? null : v);

/** Each case: the cell's steps on `obs`, and the same pipeline built in Arquero. */
const CASES: [string, unknown[], (t: aq.ColumnTable) => aq.ColumnTable][] = [
  [
    'derive: operators, literals, row functions, nulls',
    [
      {
        derive: {
          gap: 'd.n - d.estimate',
          up: 'op.lower(d.region) + "-" + op.upper(d.place)',
          hi: "d.estimate > 45 ? 'hi' : d.estimate == null ? 'none' : 'lo'",
          z: 'd.estimate ?? -1',
          p: '(-d.n) ** 2 % 7 + +d.wave / 3',
          r: 'op.round(d.estimate / 3) + op.floor(op.sqrt(d.n)) + op.abs(-d.n) + op.pow(2, 3)',
          b: '!(d.n >= 80) && d.note !== null || d.place === "rural"',
          s: 'op.greatest(d.n, 50) - op.least(d.n, 50) + op.log10(d.n) + op.parse_float("2.5")',
          t: 'op.substring(op.trim(" x" + d.note), 0, 2) + op.padstart(d.wave, 6, "0")',
          f: 'op.is_finite(d.estimate) + op.startswith(d.region, "KZ-7")',
        },
      },
    ],
    (t) =>
      t.derive({
        gap: 'd.n - d.estimate',
        up: 'op.lower(d.region) + "-" + op.upper(d.place)',
        hi: "d.estimate > 45 ? 'hi' : d.estimate == null ? 'none' : 'lo'",
        z: 'd.estimate ?? -1',
        p: '(-d.n) ** 2 % 7 + +d.wave / 3',
        r: 'op.round(d.estimate / 3) + op.floor(op.sqrt(d.n)) + op.abs(-d.n) + op.pow(2, 3)',
        b: '!(d.n >= 80) && d.note !== null || d.place === "rural"',
        s: 'op.greatest(d.n, 50) - op.least(d.n, 50) + op.log10(d.n) + op.parse_float("2.5")',
        t: 'op.substring(op.trim(" x" + d.note), 0, 2) + op.padstart(d.wave, 6, "0")',
        f: 'op.is_finite(d.estimate) + op.startswith(d.region, "KZ-7")',
      }),
  ],
  [
    'an aggregate inside derive is broadcast over the groups; filter with one keeps the groups',
    [
      { groupby: 'region' },
      { derive: { dev: 'd.estimate - op.mean(d.estimate)', share: 'd.n / op.sum(d.n)' } },
      { filter: 'd.n >= op.max(d.n)' },
      { rollup: { rows: 'op.count()', dev: 'op.sum(d.dev)' } },
    ],
    (t) =>
      t
        .groupby('region')
        .derive({ dev: 'd.estimate - op.mean(d.estimate)', share: 'd.n / op.sum(d.n)' })
        .filter('d.n >= op.max(d.n)')
        .rollup({ rows: 'op.count()', dev: 'op.sum(d.dev)' }),
  ],
  [
    'every aggregate, by two keys',
    [
      { filter: 'd.region !== "KZ-11"' },
      { groupby: ['wave', 'place'] },
      {
        rollup: ALL_AGGREGATES,
      },
    ],
    (t) => t.filter('d.region !== "KZ-11"').groupby('wave', 'place').rollup(ALL_AGGREGATES),
  ],
  [
    'rollup of the whole table, and over nothing',
    [{ filter: 'd.n > 1000' }, { rollup: { n: 'op.count()', m: 'op.mean(d.n)', s: 'op.sum(d.n)' } }],
    (t) => t.filter('d.n > 1000').rollup({ n: 'op.count()', m: 'op.mean(d.n)', s: 'op.sum(d.n)' }),
  ],
  ['count', [{ groupby: ['region'] }, { count: {} }], (t) => t.groupby('region').count()],
  [
    'a filter drops the groups it empties',
    [{ groupby: 'region' }, { filter: 'd.n > 85' }, { count: {} }],
    (t) => t.groupby('region').filter('d.n > 85').count(),
  ],
  ['count as', [{ groupby: 'place' }, { count: { as: 'rows' } }], (t) => t.groupby('place').count({ as: 'rows' })],
  [
    'pivot on one key, a column',
    [{ groupby: 'region' }, { pivot: { keys: 'wave', values: 'estimate' } }],
    (t) => t.groupby('region').pivot('wave', 'estimate'),
  ],
  [
    'pivot on two keys, several columns',
    [{ pivot: { keys: ['place', 'wave'], values: ['estimate', 'n'] } }],
    (t) => t.pivot(['place', 'wave'], ['estimate', 'n']),
  ],
  [
    'pivot a column whose name is a number',
    [
      { groupby: 'region' },
      { pivot: { keys: 'wave', values: 'estimate' } },
      { pivot: { keys: 'region', values: ['2025'] } },
    ],
    (t) => t.groupby('region').pivot('wave', 'estimate').pivot('region', ['2025']),
  ],
  [
    'pivot with aggregate expressions',
    [
      { groupby: 'place' },
      { pivot: { keys: 'region', values: { s: 'op.sum(d.n)', k: 'op.count()', m: 'op.mean(d.estimate) + 1' } } },
    ],
    (t) => t.groupby('place').pivot('region', { s: 'op.sum(d.n)', k: 'op.count()', m: 'op.mean(d.estimate) + 1' }),
  ],
  [
    'fold',
    [{ select: ['region', 'estimate', 'n'] }, { fold: { columns: ['estimate', 'n'], as: ['what', 'value'] } }],
    (t) => t.select('region', 'estimate', 'n').fold(['estimate', 'n'], { as: ['what', 'value'] }),
  ],
  ['fold with default names', [{ fold: ['n', 'note'] }], (t) => t.fold(['n', 'note'])],
  ...(['inner', 'left', 'right', 'full'] as const).map((how): (typeof CASES)[number] => [
    `join ${how}`,
    [{ join: { with: 'places', on: 'region', how } }],
    (t) =>
      t.join(arquero(places), [['region'], ['region']], undefined, {
        left: how === 'left' || how === 'full',
        right: how === 'right' || how === 'full',
      }),
  ]),
  [
    'join a smaller table on the right, and on two keys',
    [
      { filter: 'd.n > 60' },
      { join: { with: 'obs', on: ['region', 'wave'], how: 'full' } },
      { select: ['region', 'wave', 'n_1', 'n_2'] },
    ],
    (t) =>
      t
        .filter('d.n > 60')
        .join(
          arquero(obs),
          [
            ['region', 'wave'],
            ['region', 'wave'],
          ],
          undefined,
          { left: true, right: true },
        )
        .select('region', 'wave', 'n_1', 'n_2'),
  ],
  [
    'orderby with nulls, descending, then slice',
    [{ orderby: ['place', { desc: 'estimate' }] }, { slice: [1, -1] }],
    (t) => t.orderby('place', aq.desc('estimate')).slice(1, -1),
  ],
  [
    'a grouped slice keeps the first rows of each group in order',
    [{ groupby: 'place' }, { orderby: [{ desc: 'n' }] }, { slice: 2 }, { count: {} }],
    (t) => t.groupby('place').orderby(aq.desc('n')).slice(0, 2).count(),
  ],
  [
    'groups follow the stored order, not orderby',
    [{ orderby: ['estimate'] }, { groupby: 'region' }, { rollup: { first: 'op.any(d.n)' } }],
    (t) => t.orderby('estimate').groupby('region').rollup({ first: 'op.any(d.n)' }),
  ],
  [
    'rename and select',
    [{ orderby: ['n'] }, { rename: { n: 'base', note: 'tag' } }, { select: ['tag', 'base'] }],
    (t) => t.orderby('n').rename({ n: 'base', note: 'tag' }).select('tag', 'base'),
  ],
];

describe('the interpreter gives what Arquero gives', () => {
  it.each(CASES)('%s', async (_, steps, pipeline) => {
    const ours = (await runTransform(cell({ from: 'obs', steps }), ctx)).table;
    const theirs = pipeline(arquero(obs));
    expect(ours.columns.map((c) => c.name)).toEqual(theirs.columnNames().map(String));
    const rows = (theirs.objects() as Record<string, unknown>[]).map((r) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, clean(v)])),
    );
    expect(ours.rows).toEqual(rows);
    expect(ours.rows.length).toBeGreaterThan(0);
  });
  it.each(CASES)('%s, with Function and eval gone', async (_, steps, pipeline) => {
    const expected = (await runTransform(cell({ from: 'obs', steps }), ctx)).table;
    const input = arquero(obs);
    const saved = { Function: globalThis.Function, eval: globalThis.eval };
    const refuse = () => {
      throw new Error('code evaluation');
    };
    Object.assign(globalThis, { Function: refuse, eval: refuse });
    try {
      expect(() => pipeline(input)).toThrow('code evaluation');
      expect((await runTransform(cell({ from: 'obs', steps }), ctx)).table).toEqual(expected);
    } finally {
      Object.assign(globalThis, saved);
    }
    expect(globalThis.Function).toBe(saved.Function);
  });
});

describe('transform expressions: a whitelist before anything is evaluated', () => {
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
  it('allows exactly the op functions notebooks/README.md lists', () => {
    const readme = readFileSync('notebooks/README.md', 'utf8');
    const list = readme.slice(readme.indexOf('The `op.` functions:'), readme.indexOf('Window functions ('));
    const listed = [...list.matchAll(/`([a-z_0-9]+)[(`]/g)]
      .map((m) => m[1])
      .filter((n) => !['op', 'groupby', 'derive', 'filter'].includes(n));
    expect(listed.sort()).toEqual([...ALLOWED_OPS].sort());
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
