import { describe, expect, it } from 'vitest';
import { CELL_OPTIONS } from '../../../src/notebooks/options';
import { checkNotebook } from '../../../src/notebooks/validate';
import { CELL_KINDS } from '../../../src/notebooks/types';

const FRONT = `---
title: Test
datasets:
  population: { rows: 5987, columns: 66, hash: 1a2b3c4d }
params:
  wave: 2025
  region: KZ-75
---
`;
/** The first body line's number in the file (after FRONT). */
const L = FRONT.split('\n').length;

const check = (body: string) => checkNotebook(FRONT + body).errors;
const codes = (body: string) => check(body).map((e) => [e.code, e.line, e.cell, e.detail]);

describe('checkNotebook: a valid notebook of every cell kind', () => {
  it('has no error', () => {
    const body = `Trust {trust_ngo.$region.$wave}, mean \${q.mean}, \${q[region=$region].mean}.

\`\`\`sql id=q
SELECT region, avg(trust_gen) AS mean FROM population WHERE wave = $wave GROUP BY region
\`\`\`

\`\`\`estimate id=e dataset=population mode=freq rows=trust_gen wave=$wave
\`\`\`

\`\`\`crosstab id=x dataset=population
rows: sex
cols: trust_gen
pct: row
wave: 2025
\`\`\`

\`\`\`change id=c dataset=population rows=trust_gen
\`\`\`

\`\`\`indicator id=i entry=sci by=region,wave
\`\`\`

\`\`\`transform id=t from=i
steps:
  - filter: d.wave == 2025
  - derive: { rounded: "op.round(d.estimate)" }
  - join: { with: q, on: region }
\`\`\`

\`\`\`chart kind=ranking data=t value=estimate label=region
\`\`\`

\`\`\`chart kind=map indicator=sci wave=$wave region=$region by=[region]
\`\`\`

\`\`\`table data=t decimals=1
columns: [region, estimate]
labels: { region: Region }
\`\`\`
`;
    expect(check(body)).toEqual([]);
  });

  it('options.ts names every cell kind', () => {
    expect(Object.keys(CELL_OPTIONS).sort()).toEqual([...CELL_KINDS].sort());
  });
});

describe('validator errors: code, line, cell, detail', () => {
  it('unknown_option, missing_option, bad_value (enum, text, int, mapping, list, scalar)', () => {
    expect(codes('```chart id=a kind=pie colour=red\n```\n')).toEqual([
      ['bad_value', L, 'a', 'kind: "pie"'],
      ['unknown_option', L, 'a', 'colour'],
      ['chart_source', L, 'a', ''],
    ]);
    expect(codes('```crosstab dataset=population rows=sex\n```\n')).toEqual([['missing_option', L, 'cell-1', 'cols']]);
    expect(codes('```sql id=q\nSELECT 1\n```\n```table data=q decimals=13\ncolumns: []\nlabels: [a]\n```\n')).toEqual([
      ['bad_value', L + 3, 'cell-2', 'decimals: 13'],
      ['bad_value', L + 3, 'cell-2', 'columns: []'],
      ['bad_value', L + 3, 'cell-2', 'labels: ["a"]'],
    ]);
    expect(codes('```indicator entry=sci\nwave: [2025]\ntitle: ""\n```\n')).toEqual([
      ['bad_value', L, 'cell-1', 'wave: [2025]'],
      ['bad_value', L, 'cell-1', 'title: ""'],
    ]);
  });

  it('unknown_dataset and unknown_result (a later cell is not yet a result)', () => {
    expect(codes('```estimate dataset=needs_2024 rows=org_years\n```\n')).toEqual([
      ['unknown_dataset', L, 'cell-1', 'dataset: "needs_2024"'],
    ]);
    expect(codes('```table data=later\n```\n```sql id=later\nSELECT 1\n```\n')).toEqual([
      ['unknown_result', L, 'cell-1', 'data: "later"'],
    ]);
    expect(codes('```sql\nSELECT 1\n```\n```table data=cell-1\n```\n')[0]).toEqual([
      'unknown_result',
      L + 3,
      'cell-2',
      'data: "cell-1"',
    ]);
  });

  it('unknown_param in options, in SQL and in prose (with the prose line)', () => {
    expect(codes('```indicator entry=sci wave=$year\n```\n')).toEqual([
      ['unknown_param', L, 'cell-1', 'wave: "$year"'],
    ]);
    expect(codes('```sql id=q\nSELECT 1\nWHERE wave = $year\n```\n')).toEqual([['unknown_param', L, 'q', '$year']]);
    expect(codes('First line.\nValue {sci.$place.2025} here.\n')).toEqual([
      ['unknown_param', L + 1, null, '{sci.$place.2025}'],
    ]);
    // Prose is printed after the run, so it may name a result of any cell, even one further down.
    expect(codes('\n\n${q[region=$place].mean} ${r.n}\n```sql id=q\nSELECT 1\n```\n')).toEqual([
      ['unknown_param', L + 2, null, '${q[region=$place].mean}'],
      ['unknown_result', L + 2, null, '${r.n}'],
    ]);
  });

  it('empty_sql and chart_source (neither or both of data and indicator)', () => {
    expect(codes('```sql id=q\n\n```\n')).toEqual([['empty_sql', L, 'q', '']]);
    expect(codes('```sql id=q\nSELECT 1\n```\n```chart kind=map data=q indicator=sci\n```\n')).toEqual([
      ['chart_source', L + 3, 'cell-2', ''],
    ]);
  });

  it('transform steps: bad_value, bad_step, unknown_verb', () => {
    const t = (steps: string) =>
      codes(`\`\`\`sql id=q\nSELECT 1\n\`\`\`\n\`\`\`transform id=t from=q\nsteps: ${steps}\n\`\`\`\n`);
    expect(t('[]')).toEqual([['bad_value', L + 3, 't', 'steps: []']]);
    expect(t('[filter]')).toEqual([['bad_step', L + 3, 't', 'steps: ["filter"]']]);
    expect(t('[{ filter: a, derive: b }]')[0][0]).toBe('bad_step');
    expect(t('[{ eval: "x" }]')).toEqual([['unknown_verb', L + 3, 't', 'steps: [{"eval":"x"}]']]);
  });

  it('bad_name, duplicate_id, name_taken for cell ids', () => {
    expect(codes('```sql id=By-Region\nSELECT 1\n```\n')).toEqual([['bad_name', L, 'By-Region', 'By-Region']]);
    expect(codes('```sql id=q\nSELECT 1\n```\n```sql id=q\nSELECT 2\n```\n')).toEqual([
      ['duplicate_id', L + 3, 'q', 'q'],
    ]);
    expect(codes('```sql id=population\nSELECT 1\n```\n```sql id=wave\nSELECT 1\n```\n')).toEqual([
      ['name_taken', L, 'population', 'population'],
      ['name_taken', L + 3, 'wave', 'wave'],
    ]);
  });

  it('parse and validation errors together, in line order', () => {
    const errors = checkNotebook('---\ntitle: x\nlang: de\n---\n```chart kind=map\n```\n```sql\n');
    expect(errors.errors.map((e) => [e.code, e.line])).toEqual([
      ['front_field', 2],
      ['chart_source', 5],
      ['fence_unclosed', 7],
      ['empty_sql', 7],
    ]);
  });
});

describe('checkNotebook: reveal', () => {
  it('accepts the steps of each kind of chart and table', () => {
    const body = `\`\`\`sql id=q
SELECT 1 AS a
\`\`\`

\`\`\`chart kind=map indicator=sci reveal="lowest 3, region $region"
\`\`\`

\`\`\`chart
kind: slope
indicator: sci
compare: 2023
reveal: [significant, region KZ-75]
\`\`\`

\`\`\`table data=q
reveal: [rows 2, significant]
\`\`\`
`;
    expect(check(body)).toEqual([]);
  });

  it('refuses unknown words, a bad N, a step the kind cannot take and an undeclared parameter', () => {
    const body = `\`\`\`chart kind=map indicator=sci
reveal: [brightest 3, lowest 0, rows, region $district]
\`\`\`

\`\`\`chart kind=trend indicator=sci reveal=significant
\`\`\`
`;
    expect(codes(body)).toEqual([
      ['bad_reveal', L, 'cell-1', 'brightest 3'],
      ['bad_reveal', L, 'cell-1', 'lowest 0'],
      ['reveal_not_applicable', L, 'cell-1', 'rows (map)'],
      ['unknown_param', L, 'cell-1', '$district'],
      ['reveal_not_applicable', L + 4, 'cell-2', 'significant (trend)'],
    ]);
  });
});
