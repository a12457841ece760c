import { loadavg } from 'node:os';
import type { Connector } from '../../src/core/sql';
import { openStudyFolder } from '../../src/cli/study-folder';
import { openNodeDuckDB } from '../../src/data/duckdb-node';
import { openNativeDuckDB } from '../../src/data/duckdb-native';
import { HEADLINE } from '../../src/indicators/catalogue';
import type { Sources } from '../../src/indicators/prepare';
import { runIndicators } from '../../src/indicators/run';
import { designRows, districtFacts } from '../../src/indicators/sae-covariates';
import { type SaeResult, runSae } from '../../src/indicators/sae-run';
import { eblupFH } from '../../src/stats/sae-eblup';
import { type SaeArea, fitFayHerriot } from '../../src/stats/sae-fit';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const round2 = (x: number) => Math.round(x * 100) / 100;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** The headline survey indicators (the five a district model can be fitted for). */
const IDS = HEADLINE.filter((e) => e.formula.kind.startsWith('survey_')).map((e) => e.id);
/** The indicator the parametric bootstrap is timed on: the CLI example. */
const BOOT_ID = IDS.includes('aware_centre') ? 'aware_centre' : IDS[0];
const REPLICATES = 200;
const ENGINES: Record<string, () => Promise<Connector>> = { native: openNativeDuckDB, wasm: openNodeDuckDB };

const STEPS = ['direct', 'sae', 'fit', 'bootstrap'] as const;
type Step = (typeof STEPS)[number];
const LABEL: Record<Step, string> = {
  direct: `direct domain estimates, ${IDS.length} indicators (baseline)`,
  sae: `runSae, ${IDS.length} indicators`,
  fit: `fitFayHerriot + eblupFH, ${IDS.length} indicators`,
  bootstrap: `runSae, bootstrap MSE ×${REPLICATES}, ${BOOT_ID}`,
};

/** The district frame's covariates when the study has one, else those the registries give today. */
const covariatesOf = (sources: Sources) =>
  sources.datasets.district_frame ? ['urban_share', 'has_centre', 'ngo_per_10k'] : ['has_centre', 'region'];

/** The areas `runSae` fitted its model on, rebuilt from its rows (variance used) and the districts' design rows. */
async function fittedAreas(db: Connector, sources: Sources, res: SaeResult): Promise<SaeArea[]> {
  const { facts } = await districtFacts(db, sources, res.wave);
  const { x } = designRows(facts, res.model.covariates);
  const areas = res.rows.flatMap((r) => {
    const xs = x.get(r.area);
    return xs ? [{ area: r.area, y: r.variance === null ? null : r.direct, v: r.variance, x: xs }] : [];
  });
  const check = eblupFH(fitFayHerriot(areas, { method: 'REML' }), areas);
  const ok = res.rows.filter((r) => r.status === 'ok');
  if (check.some((e, i) => Math.abs(e.eblup - ok[i].eblup!) > 1e-9)) throw new Error(`${res.indicator}: areas differ`);
  return areas;
}

const timed = async (f: () => unknown) => {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
};

/** One engine: the demo study opened once, then a warm-up round and RUNS rounds of the four steps, interleaved. */
async function engineRounds(open: () => Promise<Connector>) {
  const db = await open();
  try {
    const { study, sources } = await openStudyFolder(db, 'demo');
    const wave = Math.max(...study.datasets.find((d) => d.id === 'population')!.waves!);
    const covariates = covariatesOf(sources);
    const fits: SaeResult[] = [];
    const areas: SaeArea[][] = [];
    for (const indicator of IDS) {
      fits.push(await runSae(db, sources, { indicator, wave, covariates }));
      areas.push(await fittedAreas(db, sources, fits.at(-1)!));
    }
    const steps: Record<Step, () => Promise<unknown> | unknown> = {
      direct: () => runIndicators(db, sources, ['district', 'wave'], IDS),
      sae: async () => {
        for (const indicator of IDS) await runSae(db, sources, { indicator, wave, covariates });
      },
      fit: () => areas.forEach((a) => eblupFH(fitFayHerriot(a, { method: 'REML' }), a)),
      bootstrap: () =>
        runSae(db, sources, { indicator: BOOT_ID, wave, covariates, mse: 'bootstrap', replicates: REPLICATES }),
    };
    const runs: Record<Step, number[]> = { direct: [], sae: [], fit: [], bootstrap: [] };
    for (let i = 0; i <= RUNS; i++)
      for (const s of STEPS) {
        const ms = await timed(steps[s]);
        if (i > 0) runs[s].push(Math.round(ms * 10) / 10);
      }
    const model = fits.map((f) => ({
      indicator: f.indicator,
      areas_in_fit: f.model.areas_in_fit,
      areas_synthetic: f.model.areas_synthetic,
      terms: f.model.terms.length,
      sigma2_u: Math.round(f.model.sigma2_u * 1000) / 1000,
    }));
    return { wave, covariates, districts: fits[0].rows.length, model, runs };
  } finally {
    await db.close();
  }
}

/**
 * District models (Fay–Herriot, REML, Prasad–Rao MSE) of the headline survey indicators for every district in the
 * demo's latest wave, against the direct domain estimates by district alone; the model fit alone and the bootstrap
 * MSE timed apart. On native DuckDB (the CLI's engine) and DuckDB-wasm under Node (the browser's), each against its
 * own baseline; medians of BENCH_RUNS rounds after a warm-up, and the median of each round's own ratio (steadier on a
 * shared machine).
 */
export async function benchSae() {
  const loadBefore = loadavg();
  const results: Record<string, Awaited<ReturnType<typeof engineRounds>>> = {};
  for (const [engine, open] of Object.entries(ENGINES)) results[engine] = await engineRounds(open);
  const per = <T>(f: (r: (typeof results)[string]) => T) =>
    Object.fromEntries(Object.entries(results).map(([e, r]) => [e, f(r)]));
  const medians = per((r) => Object.fromEntries(STEPS.map((s) => [s, Math.round(median(r.runs[s]))])));
  const ratios = per((r) =>
    Object.fromEntries(STEPS.map((s) => [s, round2(median(r.runs[s]) / median(r.runs.direct))])),
  );
  const perRound = per((r) =>
    Object.fromEntries(STEPS.map((s) => [s, round2(median(r.runs[s].map((ms, i) => ms / r.runs.direct[i])))])),
  );
  const { wave, covariates, districts, model } = results.native;
  console.log(`\nsae: ${districts} districts, wave ${wave}, covariates ${covariates.join(', ')}; medians of ${RUNS}`);
  console.log(`${'engine'.padEnd(7)} ${'part'.padEnd(50)} ${'median'.padStart(9)}  ratio  per round`);
  for (const e of Object.keys(results))
    for (const s of STEPS) {
      const ms = `${medians[e][s]} ms`.padStart(9);
      console.log(`${e.padEnd(7)} ${LABEL[s].padEnd(50)} ${ms}  ${String(ratios[e][s]).padEnd(5)}  ${perRound[e][s]}`);
    }
  return {
    indicators: IDS,
    wave,
    covariates,
    districts,
    bootstrap: { indicator: BOOT_ID, replicates: REPLICATES },
    model,
    median_ms: medians,
    ratio_to_direct: ratios,
    ratio_to_direct_per_round: perRound,
    load_average: { before: loadBefore.map(round2), after: loadavg().map(round2) },
    runs: per((r) => r.runs),
  };
}
