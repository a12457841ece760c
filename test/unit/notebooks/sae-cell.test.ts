// The `sae` cell on the demo study against runSae itself (fitted on its own copy of the demo), and its failures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStudyFolder } from '../../../src/cli/study-folder';
import type { Connector } from '../../../src/core/sql';
import { openNativeDuckDB } from '../../../src/data/duckdb-native';
import { translator } from '../../../src/i18n/t';
import type { Sources } from '../../../src/indicators/prepare';
import { type SaeRequest, SaeRequestError, type SaeResult, runSae } from '../../../src/indicators/sae-run';
import { SAE_COLUMNS, SAE_MODEL_COLUMNS } from '../../../src/notebooks/cells/sae';
import type { NotebookEnv } from '../../../src/notebooks/env';
import { runCells, runParams } from '../../../src/notebooks/run';
import type { CellResult } from '../../../src/notebooks/types';
import { checkNotebook } from '../../../src/notebooks/validate';
import { modelName } from '../../../src/views/sae-view';
import { SHAPES } from './chart-env';
import { notebookOf, openDemoEnv } from './demo-env';

let db: Connector;
let env: NotebookEnv;
let ref: Connector;
let sources: Sources;
beforeAll(async () => {
  ({ db, env } = await openDemoEnv());
  env = { ...env, shapes: SHAPES };
  ref = await openNativeDuckDB({ threads: 1 });
  ({ sources } = await openStudyFolder(ref, 'demo'));
}, 120_000);
afterAll(async () => {
  await db?.close();
  await ref?.close();
});

const AWARE = { indicator: 'aware_centre', wave: 2025, covariates: ['has_centre', 'region'] };
const CELL = 'sae id=d indicator=aware_centre wave=$wave covariates=has_centre,region';
const en = translator('en');

async function run(cells: [string, string?][], params?: string, on: NotebookEnv = env): Promise<CellResult[]> {
  const nb = notebookOf(cells, { params });
  return runCells(nb, on, runParams(nb));
}
const only = async (info: string, params?: string) => {
  const [r] = await run([[info]], params);
  if (r.status !== 'ok') throw new Error(JSON.stringify(r.error));
  return r.table!;
};
const reference = (req: Partial<SaeRequest> = {}) => runSae(ref, sources, { ...AWARE, ...req });
const failure = async (info: string, params?: string, on?: NotebookEnv) => (await run([[info]], params, on))[0].error;

/** runSae's row as the cell gives it: named in English, the model's name, flags as text. */
function expected(result: SaeResult, r: SaeResult['rows'][number]) {
  const district = env.districts.find((d) => d.code === r.area)!;
  return {
    district: r.area,
    district_name: district.name.en,
    region: r.region,
    region_name: env.regions.find((x) => x.code === r.region)!.name.en,
    n: r.n,
    direct: r.direct,
    direct_se: r.direct_se,
    estimate: r.estimate,
    ci_low: r.ci_low,
    ci_high: r.ci_high,
    mse: r.mse,
    cv: r.cv,
    shrinkage: r.shrinkage,
    synthetic: r.synthetic,
    model: modelName(result, en),
    unit: result.unit,
    status: r.status,
    flags: r.flags.join(';'),
  };
}

describe('sae cells: runSae on the same request', () => {
  it('one row per reference district, each equal to runSae’s, named in the reader’s language', async () => {
    const t = await only(CELL);
    const direct = await reference();
    expect(t.columns.map((c) => c.name)).toEqual(SAE_COLUMNS);
    expect(t.rows).toHaveLength(224);
    expect(t.rows).toEqual(direct.rows.map((r) => expected(direct, r)));
    expect(t.rows.filter((r) => r.synthetic).length).toBe(direct.model.areas_synthetic);
    expect(t.rows[0].model).toBe('Fay–Herriot model (REML), MSE: Prasad–Rao');
  });

  it('region=$region keeps that region’s districts; KZ keeps them all; an unknown region is bad_value', async () => {
    const t = await only(`${CELL} region=$region`, 'wave: 2025\n  region: KZ-75');
    const direct = await reference();
    const almaty = direct.rows.filter((r) => r.region === 'KZ-75');
    expect(almaty).toHaveLength(8);
    expect(t.rows).toEqual(almaty.map((r) => expected(direct, r)));
    expect((await only(`${CELL} region=KZ`)).rows).toHaveLength(224);
    expect(await failure(`${CELL} region=KZ-00`)).toMatchObject({ code: 'bad_value', detail: 'region: KZ-00' });
  });

  it('part=model gives runSae’s terms (β, SE) and the model variance σ²_u as the last row', async () => {
    const t = await only(`${CELL} part=model`);
    const { model } = await reference();
    expect(t.columns.map((c) => c.name)).toEqual(SAE_MODEL_COLUMNS);
    expect(t.rows.slice(0, -1).map(({ term, estimate, se }) => ({ term, estimate, se }))).toEqual(model.terms);
    expect(t.rows.at(-1)).toMatchObject({ term: 'sigma2_u', estimate: model.sigma2_u, se: model.sigma2_u_se });
    expect(t.rows[1].term).toBe('has_centre');
  });

  it('method and benchmark reach runSae (ML, ratio); mse=bootstrap is asked for as written', async () => {
    const t = await only(`${CELL} method=ML benchmark=ratio`);
    const direct = await reference({ method: 'ML', benchmark: 'ratio' });
    expect(direct.model).toMatchObject({ method: 'ML', benchmark: 'ratio' });
    expect(t.rows).toEqual(direct.rows.map((r) => expected(direct, r)));
    const asked: SaeRequest[] = [];
    const spy = { ...env, sae: (req: SaeRequest) => (asked.push(req), Promise.reject(new Error('not fitted'))) };
    await run([[`${CELL} mse=bootstrap method=FH`]], undefined, spy);
    expect(asked).toEqual([{ ...AWARE, method: 'FH', mse: 'bootstrap', benchmark: null }]);
  });

  it('covariates may come from a $param holding a comma-separated list', async () => {
    const t = await only('sae indicator=aware_centre wave=$wave covariates=$covs', 'wave: 2025\n  covs: has_centre');
    const direct = await reference({ covariates: ['has_centre'] });
    expect(t.rows.map((r) => r.estimate)).toEqual(direct.rows.map((r) => r.estimate));
  });

  it('a chart cell draws the rows as a district map, the synthetic and flagged districts hatched', async () => {
    const [, chart] = await run([[`${CELL} region=KZ-75`], ['chart kind=map data=d level=district']]);
    expect(chart.status).toBe('ok');
    expect(chart.chart).toMatchObject({ kind: 'map', level: 'district' });
    expect(chart.chart!.marks[0].data).toHaveLength(8);
    const hatched = chart.table!.rows.filter((r) => r.synthetic || r.flags).map((r) => r.district);
    expect(hatched.length).toBeGreaterThan(0);
    expect(chart.chart!.marks[1].data.map((d) => d.code)).toEqual(hatched);
  });
});

describe('sae cells: what the validator refuses', () => {
  const FRONT = '---\ntitle: T\nparams:\n  wave: 2025\n---\n';
  const codes = (info: string) =>
    checkNotebook(`${FRONT}\`\`\`${info}\n\`\`\`\n`).errors.map((e) => [e.code, e.detail]);

  it('a valid cell has no error', () => {
    expect(codes(`${CELL} method=FH mse=prasad-rao benchmark=difference region=KZ-75 part=districts`)).toEqual([]);
  });
  it('an unknown option, an unknown covariate, a word outside its set, a missing option', () => {
    expect(codes(`${CELL} colour=red`)).toEqual([['unknown_option', 'colour']]);
    expect(codes('sae indicator=aware_centre wave=2025 covariates=has_centre,population')).toEqual([
      ['unknown_covariate', 'population'],
    ]);
    expect(codes(`${CELL} method=OLS`)).toEqual([['bad_value', 'method: "OLS"']]);
    expect(codes(`${CELL} part=fit`)).toEqual([['bad_value', 'part: "fit"']]);
    expect(codes('sae indicator=aware_centre covariates=region')).toEqual([['missing_option', 'wave']]);
    expect(codes('sae wave=2025 indicator=aware_centre')).toEqual([['missing_option', 'covariates']]);
  });
});

describe('sae cells: requests the model cannot take fail the cell, saying why', () => {
  it('an unknown covariate in a $param, an unknown indicator; the cells reading the result are skipped', async () => {
    const [bad, table] = await run(
      [['sae id=d indicator=aware_centre wave=2025 covariates=$covs'], ['table data=d']],
      'covs: "region,colour"',
    );
    expect(bad.error).toMatchObject({ code: 'unknown_covariate', detail: 'colour', line: 9, cell: 'd' });
    expect(table.status).toBe('skipped');
    expect(await failure('sae indicator=nope wave=2025 covariates=region')).toMatchObject({
      code: 'unknown_indicator',
      detail: 'nope',
    });
  });

  it('not a survey entry, no district breakdown, a wave without district estimates: runSae’s reason', async () => {
    const said = (info: string) => failure(info).then((e) => [e!.code, e!.detail]);
    expect(await said('sae indicator=centres_per_100k wave=2025 covariates=region')).toEqual([
      'cell_failed',
      '"centres_per_100k" is not a survey indicator.',
    ]);
    expect(await said('sae indicator=sq_knowledge_gain wave=2025 covariates=region')).toEqual([
      'cell_failed',
      'The data of "sq_knowledge_gain" has no districts.',
    ]);
    expect(await said(`sae indicator=aware_centre wave=2021 covariates=region`)).toEqual([
      'cell_failed',
      'This indicator was not measured by district in wave 2021.',
    ]);
  });

  it('a covariate whose data is not loaded, in the reader’s language', async () => {
    const datasets = Object.fromEntries(Object.entries(sources.datasets).filter(([id]) => id !== 'centres'));
    const without = {
      ...env,
      lang: 'ru' as const,
      sae: (req: SaeRequest) => runSae(ref, { ...sources, datasets }, req),
    };
    expect(await failure(CELL, undefined, without)).toMatchObject({
      code: 'cell_failed',
      detail: 'Нет данных для характеристик: has_centre (centres).',
    });
  });

  it('every reason runSae gives is its sae.error message; an environment without models: not_implemented', async () => {
    const reasons = [
      ['not_survey', { id: 'x' }],
      ['no_district', { id: 'x' }],
      ['covariates', { missing: 'urban_share (district_frame)' }],
      ['no_wave', { id: 'x', wave: '2019' }],
      ['too_few_areas', { areas: '4' }],
    ] as const;
    for (const [code, params] of reasons) {
      const stub = { ...env, sae: () => Promise.reject(new SaeRequestError(code, params)) };
      expect(await failure(CELL, undefined, stub)).toMatchObject({
        code: 'cell_failed',
        detail: en(`sae.error.${code}`, params),
      });
    }
    expect(en('sae.error.too_few_areas', { areas: '4' })).toBe('Only 4 districts have data: too few for the model.');
    expect(await failure(CELL, undefined, { ...env, sae: undefined })).toMatchObject({
      code: 'not_implemented',
      detail: 'sae',
    });
  });
});
