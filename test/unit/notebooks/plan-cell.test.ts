// The `plan` cell on the demo study against rankCandidates(planInputs(...)) on its own copy of the demo, and its
// failures. The demo has no district frame yet (no population): the cells on it weigh population 0.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { districtNeighbours } from '../../../src/charts/geo';
import { openStudyFolder } from '../../../src/cli/study-folder';
import type { Connector } from '../../../src/core/sql';
import { openNativeDuckDB } from '../../../src/data/duckdb-native';
import type { Study } from '../../../src/data/study';
import { translator } from '../../../src/i18n/t';
import type { Sources } from '../../../src/indicators/prepare';
import { SaeRequestError } from '../../../src/indicators/sae-run';
import { type Need, type PlanRow, rankCandidates } from '../../../src/reports/plan';
import { type PlanInputs, planInputs } from '../../../src/reports/plan-run';
import { PLAN_COLUMNS } from '../../../src/notebooks/cells/plan';
import type { NotebookEnv } from '../../../src/notebooks/env';
import { runCells, runParams } from '../../../src/notebooks/run';
import type { CellResult } from '../../../src/notebooks/types';
import { checkNotebook } from '../../../src/notebooks/validate';
import { SHAPES } from './chart-env';
import { notebookOf, openDemoEnv } from './demo-env';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const HAS_FRAME = (JSON.parse(read('data/demo/study.json')) as Study).datasets.some((d) => d.id === 'district_frame');
const NEIGHBOURS = districtNeighbours(JSON.parse(read('data/reference/kz-districts.topo.json')));
const COVARIATES = ['has_centre', 'region'];
const CELL = 'plan id=p wave=$wave covariates=has_centre,region w_population=0';
const ONES: Record<Need, number> = { population: 1, aware_centre: 1, used_centre_services: 1, sci: 1, distance: 1 };
const en = translator('en');

let db: Connector;
let env: NotebookEnv;
let ref: Connector;
let sources: Sources;
let inputs: PlanInputs;
beforeAll(async () => {
  ({ db, env } = await openDemoEnv());
  env = { ...env, shapes: SHAPES };
  ref = await openNativeDuckDB({ threads: 1 });
  ({ sources } = await openStudyFolder(ref, 'demo'));
  inputs = await planInputs(ref, sources, { wave: 2025, covariates: COVARIATES, neighbours: NEIGHBOURS });
}, 180_000);
afterAll(async () => {
  await db?.close();
  await ref?.close();
});

async function run(cells: [string, string?][], params?: string, on: NotebookEnv = env): Promise<CellResult[]> {
  const nb = notebookOf(cells, { params });
  return runCells(nb, on, runParams(nb));
}
const only = async (info: string, params?: string, on?: NotebookEnv) => {
  const [r] = await run([[info]], params, on);
  if (r.status !== 'ok') throw new Error(JSON.stringify(r.error));
  return r.table!;
};
const failure = async (info: string, params?: string, on?: NotebookEnv) => (await run([[info]], params, on))[0].error;
/** An environment whose planner gives these inputs (and no district models). */
const planning = (given: PlanInputs): NotebookEnv => ({ ...env, sae: undefined, plan: () => Promise.resolve(given) });

/** rankCandidates' row as the cell gives it: named in English, each need's value and SE, unknown needs as text. */
function expected(r: PlanRow) {
  const m = r.measures;
  return {
    rank: r.rank,
    rank_low: r.rank_low,
    rank_high: r.rank_high,
    district: r.district,
    district_name: env.districts.find((d) => d.code === r.district)!.name.en,
    region: r.region,
    region_name: env.regions.find((x) => x.code === r.region)!.name.en,
    score: r.score,
    score_se: r.score_se,
    population: m.population.value,
    aware_centre: m.aware_centre.value,
    aware_centre_se: m.aware_centre.se,
    used_centre_services: m.used_centre_services.value,
    used_centre_services_se: m.used_centre_services.se,
    sci: m.sci.value,
    sci_se: m.sci.se,
    hops_to_centre: m.distance.value,
    unknown: r.unknown.join(' '),
  };
}
const ranked = (weights: Partial<Record<Need, number>>, from = inputs) =>
  rankCandidates(from.candidates, { ...ONES, ...weights }).map(expected);

describe('plan cells: rankCandidates on planInputs of the same wave and covariates', () => {
  it('one row per district without a centre, in rank order, each equal to the ranking’s', async () => {
    const t = await only(CELL);
    expect(t.columns.map((c) => c.name)).toEqual(PLAN_COLUMNS);
    expect(inputs.unavailable).toEqual([]);
    const open = inputs.candidates.filter((c) => !c.hasCentre);
    expect(open.length).toBeGreaterThan(50);
    expect(t.rows).toHaveLength(open.length);
    expect(t.rows).toEqual(ranked({ population: 0 }));
    expect(t.rows.map((r) => r.rank)).toEqual([...t.rows.map((r) => r.rank as number)].sort((a, b) => a - b));
    for (const r of t.rows) expect([r.rank_low! <= r.rank!, r.rank! <= r.rank_high!]).toEqual([true, true]);
  });

  it('the weights reach the ranking (numbers, 0 leaving a need out, a $param)', async () => {
    const t = await only(`${CELL} w_sci=3 w_distance=$d w_aware_centre=0.5`, 'wave: 2025\n  d: 0');
    expect(t.rows).toEqual(ranked({ population: 0, sci: 3, distance: 0, aware_centre: 0.5 }));
    expect(t.rows).not.toEqual(ranked({ population: 0 }));
  });

  it('region keeps that region’s districts with their national ranks; top keeps the first N; KZ keeps all', async () => {
    const almaty = ranked({ population: 0 }).filter((r) => r.region === 'KZ-75');
    expect(almaty.length).toBeGreaterThan(2);
    expect((await only(`${CELL} region=$region`, 'wave: 2025\n  region: KZ-75')).rows).toEqual(almaty);
    expect((await only(`${CELL} region=KZ-75 top=2`)).rows).toEqual(almaty.slice(0, 2));
    expect((await only(`${CELL} top=5`)).rows).toEqual(ranked({ population: 0 }).slice(0, 5));
    expect((await only(`${CELL} region=KZ`)).rows).toHaveLength(ranked({}).length);
    expect(await failure(`${CELL} region=KZ-00`)).toMatchObject({ code: 'bad_value', detail: 'region: KZ-00' });
  });

  it.runIf(HAS_FRAME)('with the district frame, the default weights rank on population too', async () => {
    const t = await only('plan wave=2025 covariates=has_centre,region');
    expect(t.rows).toEqual(ranked({}));
  });

  it('a chart cell draws the ranking as a district map of the score', async () => {
    const [, chart] = await run([[`${CELL} region=KZ-75`], ['chart kind=map data=p level=district value=score']]);
    expect(chart.status).toBe('ok');
    expect(chart.chart).toMatchObject({ kind: 'map', level: 'district' });
    expect(chart.table!.rows.map((r) => r.district)).toEqual(
      ranked({ population: 0 })
        .filter((r) => r.region === 'KZ-75')
        .map((r) => r.district),
    );
  });
});

describe('plan cells: what the validator refuses', () => {
  const FRONT = '---\ntitle: T\nparams:\n  wave: 2025\n  w: 1\n---\n';
  const codes = (info: string) =>
    checkNotebook(`${FRONT}\`\`\`${info}\n\`\`\`\n`).errors.map((e) => [e.code, e.detail]);

  it('a valid cell has no error', () => {
    const weights = 'w_population=0 w_aware_centre=2 w_used_centre_services=0.5 w_sci=$w w_distance=3';
    expect(codes(`${CELL.replace(' w_population=0', '')} ${weights} top=10 region=KZ-75 title=Next`)).toEqual([]);
  });

  it('an unknown option or covariate, a weight below 0 or not a number, a top that is not a count, a missing option', () => {
    expect(codes(`${CELL} colour=red`)).toEqual([['unknown_option', 'colour']]);
    expect(codes('plan wave=2025 covariates=has_centre,population')).toEqual([['unknown_covariate', 'population']]);
    expect(codes(`${CELL} w_sci=-1 w_distance=far`)).toEqual([
      ['bad_value', 'w_sci: -1'],
      ['bad_value', 'w_distance: "far"'],
    ]);
    expect(codes(`${CELL} top=0`)).toEqual([['bad_value', 'top: 0']]);
    expect(codes(`${CELL} top=2.5`)).toEqual([['bad_value', 'top: 2.5']]);
    expect(codes('plan covariates=region')).toEqual([['missing_option', 'wave']]);
    expect(codes('plan wave=2025')).toEqual([['missing_option', 'covariates']]);
    expect(codes(`${CELL} w_sci=$nope`)).toEqual([['unknown_param', 'w_sci: "$nope"']]);
  });
});

describe('plan cells: what the ranking cannot use fails the cell, saying why', () => {
  it('a weight or top from a $param that is not one; every weight 0; an unknown covariate in a $param', async () => {
    expect(await failure(`${CELL} w_sci=$w`, 'wave: 2025\n  w: many')).toMatchObject({
      code: 'bad_value',
      detail: 'w_sci: many',
    });
    expect(await failure(`${CELL} top=$n`, 'wave: 2025\n  n: -3')).toMatchObject({
      code: 'bad_value',
      detail: 'top: -3',
    });
    const zero = 'plan wave=2025 covariates=region w_population=0 w_aware_centre=0 w_used_centre_services=0 w_sci=0';
    expect(await failure(`${zero} w_distance=0`)).toMatchObject({
      code: 'bad_value',
      detail: 'w_*: every weight is 0',
    });
    expect(await failure('plan wave=2025 covariates=$c', 'c: "region,colour"')).toMatchObject({
      code: 'unknown_covariate',
      detail: 'colour',
    });
  });

  it('a weighted survey measure whose model cannot be fitted: its name and runSae’s reason', async () => {
    expect(await failure(CELL.replace('$wave', '2021'))).toMatchObject({
      code: 'cell_failed',
      detail: 'Aware of a centre: This indicator was not measured by district in wave 2021.',
    });
    const stub = {
      ...planning({ ...inputs, unavailable: [{ indicator: 'sci', code: 'covariates' }] }),
      lang: 'ru' as const,
      sae: () => Promise.reject(new SaeRequestError('covariates', { missing: 'urban_share (district_frame)' })),
    };
    expect(await failure(CELL, undefined, stub)).toMatchObject({
      code: 'cell_failed',
      detail: 'Индекс соц. капитала: Нет данных для характеристик: urban_share (district_frame).',
    });
    expect((await only(`${CELL} w_sci=0`, undefined, { ...stub, lang: 'en' })).rows).toEqual(
      ranked({ population: 0, sci: 0 }),
    );
  });

  it('a weighted need no district has a value of is unknown_need (weight 0 ranks without it)', async () => {
    const blank = (n: Need): PlanInputs => ({
      ...inputs,
      candidates: inputs.candidates.map((c) => ({ ...c, measures: { ...c.measures, [n]: { value: null, se: 0 } } })),
    });
    const on = planning(blank('distance'));
    expect(await failure(CELL, undefined, on)).toMatchObject({ code: 'unknown_need', detail: 'w_distance' });
    expect((await only(`${CELL} w_distance=0`, undefined, on)).rows).toEqual(
      ranked({ population: 0, distance: 0 }, blank('distance')),
    );
    if (!HAS_FRAME)
      expect(await failure('plan wave=2025 covariates=region')).toMatchObject({
        code: 'unknown_need',
        detail: 'w_population',
      });
    expect(en('nb.err.unknown_need', { detail: 'w_population' })).toMatch(/^No district has a value for w_population/);
  });

  it('an environment without the planner: not_implemented', async () => {
    expect(await failure(CELL, undefined, { ...env, plan: undefined })).toMatchObject({
      code: 'not_implemented',
      detail: 'plan',
    });
  });
});
