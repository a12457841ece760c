// Writes the embedded demo study (synthetic) to data/demo: same seed → byte-identical files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openNodeDuckDB } from '../src/data/duckdb-node';
import { DEMO_DIR, openStudyFolder } from '../src/cli/study-folder';
import { runIndicators } from '../src/indicators/run';
import { HEADLINE } from '../src/indicators/catalogue';
import { CODEBOOK } from './demo/codebook';
import { ASSUMPTIONS, type RegionFrame, buildFrame } from './demo/frame';
import { buildStudy } from './demo/manifest';
import { Rng } from './demo/rng';
import { drawDistrictPopulation, drawPopulation, drawSurvey } from './demo/sample';
import { computeDistrictTruth, computeTruth } from './demo/truth';
import { DISTRICT_MODEL, type District, buildDistricts, frameRow } from './demo/districts';
import { DISTRICT_FRAME_CODEBOOK } from './demo/district-frame-codebook';
import type { Connector } from '../src/core/sql';
import { toCsv, withTypes } from './demo/csv';
import { needs2019, needs2024 } from './demo/needs';
import { drawCentres, drawServiceLogs, drawTrainingEvaluations } from './demo/centres';
import { drawNgoStats } from './demo/ngo';
import { NGO_CODEBOOK } from './demo/ngo-codebook';
import { CENTRES_CODEBOOK, SERVICE_LOG_CODEBOOK, TRAINING_CODEBOOK } from './demo/centres-codebook';
import { NEEDS_CODEBOOK } from './demo/needs-codebook';
import { buildPlaces } from './demo/atameken';
import { drawInitiatives } from './demo/atameken-initiatives';
import { drawReports } from './demo/atameken-civic-control';
import { drawNominations, drawParticipants } from './demo/atameken-generous-heart';
import { CIVIC_CONTROL_CODEBOOK, INITIATIVES_CODEBOOK } from './demo/atameken-codebook';
import { GH_CODEBOOK, GH_PARTICIPANTS_CODEBOOK } from './demo/atameken-gh-codebook';

export const SEED = 'civic-workbench-demo-2026';
const out = process.argv[2] ?? DEMO_DIR;
/**
 * DEMO_TRUTH_CELLS=KZ-75|2025,KZ-11|2021 computes truth.json for these region × wave cells only, and
 * district-truth.json for their regions' districts in those waves (a quick check).
 */
const truthCells = process.env.DEMO_TRUTH_CELLS ? new Set(process.env.DEMO_TRUTH_CELLS.split(',')) : undefined;
/** Monte-Carlo draws per region × wave (truth.json) and per district × wave (district-truth.json). */
const PER_REGION = 4000;
const PER_DISTRICT = 1500;
const SCORING = {
  columns: CODEBOOK.map((v) => v.name),
  reversed: new Set(CODEBOOK.filter((v) => v.reverse).map((v) => v.name)),
};

mkdirSync(out, { recursive: true });
const write = (f: string, text: string) => writeFileSync(join(out, f), text);
const writeJson = (f: string, value: unknown) => write(f, JSON.stringify(value, null, 1) + '\n');

/** Write data files and their codebook, the codebook carrying each column's storage type. */
function dataset(
  codebookFile: string,
  codebook: Array<{ name: string }>,
  files: Record<string, Record<string, unknown>[]>,
) {
  const columns = codebook.map((v) => v.name);
  for (const [file, data] of Object.entries(files)) write(file, toCsv(data, columns));
  writeJson(codebookFile, withTypes(codebook, Object.values(files).flat()));
}

/** Active NGOs per region in a year of the NGO statistics. */
function activeNgos(rows: Record<string, string | number>[], year: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows.filter((r) => r.year === year))
    out.set(String(r.region), (out.get(String(r.region)) ?? 0) + Number(r.active));
  return out;
}

/** The registries and the district frame, each from its own stream; the survey model reads the last. */
function writeRegistries(frame: RegionFrame[]): District[] {
  dataset('needs-codebook.json', NEEDS_CODEBOOK, {
    'needs-2019.csv': needs2019(new Rng(`${SEED}-needs-2019`)),
    'needs-2024.csv': needs2024(
      new Rng(`${SEED}-needs-2024`),
      frame.map((r) => r.code),
    ),
  });
  const centres = drawCentres(new Rng(`${SEED}-centres`));
  dataset('centres-codebook.json', CENTRES_CODEBOOK, { 'centres.csv': centres });
  dataset('service-logs-codebook.json', SERVICE_LOG_CODEBOOK, {
    'service-logs.csv': drawServiceLogs(new Rng(`${SEED}-logs`), centres),
  });
  dataset('training-codebook.json', TRAINING_CODEBOOK, {
    'training-evaluations.csv': drawTrainingEvaluations(new Rng(`${SEED}-training`), centres),
  });
  const ngo = drawNgoStats(new Rng(`${SEED}-ngo`), frame);
  dataset('ngo-codebook.json', NGO_CODEBOOK, { 'ngo-stats.csv': ngo });
  const withCentre = new Set(centres.map((c) => String(c.district)));
  const districts = buildDistricts(new Rng(`${SEED}-districts`), frame, withCentre, activeNgos(ngo, 2025));
  dataset('district-frame-codebook.json', DISTRICT_FRAME_CODEBOOK, { 'district-frame.csv': districts.map(frameRow) });
  return districts;
}

/** The Atameken projects' datasets (spec section 10), each from its own stream, reading the district frame. */
function writeAtameken(districts: District[]) {
  const places = buildPlaces(new Rng(`${SEED}-places`), districts);
  dataset('initiatives-codebook.json', INITIATIVES_CODEBOOK, {
    'initiatives.csv': drawInitiatives(new Rng(`${SEED}-initiatives`), places),
  });
  dataset('civic-control-codebook.json', CIVIC_CONTROL_CODEBOOK, {
    'civic-control.csv': drawReports(new Rng(`${SEED}-civic-control`), places),
  });
  dataset('generous-heart-codebook.json', GH_CODEBOOK, {
    'generous-heart.csv': drawNominations(new Rng(`${SEED}-generous-heart`), places),
  });
  dataset('generous-heart-participants-codebook.json', GH_PARTICIPANTS_CODEBOOK, {
    'generous-heart-participants.csv': drawParticipants(new Rng(`${SEED}-generous-heart-participants`), places),
  });
}

/** truth.json: the model's expected values by region and wave. */
async function writeTruth(db: Connector, frame: RegionFrame[], districts: District[]) {
  const population = drawPopulation(`${SEED}-population`, frame, districts, PER_REGION, truthCells);
  const truth = await computeTruth(db, population, SCORING.columns, SCORING.reversed);
  writeJson('truth.json', { seed: SEED, assumptions: ASSUMPTIONS, frame, truth });
}

/** district-truth.json: the model's expected values by district and wave, with the district effects. */
async function writeDistrictTruth(db: Connector, frame: RegionFrame[], districts: District[]) {
  const draw = (region: string, waves: number[]) =>
    drawDistrictPopulation(
      `${SEED}-district-population`,
      frame,
      districts.filter((d) => d.region === region),
      PER_DISTRICT,
      waves,
    );
  const regions = frame.map((r) => r.code);
  writeJson('district-truth.json', {
    seed: SEED,
    note: [
      "Synthetic: the demo model's expected value of each population-survey indicator by district (KATO) and wave:",
      `the plain mean over ${PER_DISTRICT} Monte-Carlo respondents per district × wave, scored by the same SQL as`,
      "truth.json and in its units. effects: each district's latent effects, added to its region's (truth.json",
      'frame); model: their coefficients (log NGO density standardised across districts) and random-effect SDs, the',
      "covariates' part centred on its adult-weighted mean within each region.",
    ].join(' '),
    model: DISTRICT_MODEL,
    effects: Object.fromEntries(districts.map((d) => [d.district, { has_centre: d.has_centre, ...d.effects }])),
    truth: await computeDistrictTruth(db, regions, draw, SCORING, truthCells),
  });
}

async function main() {
  const rng = new Rng(SEED);
  const frame = buildFrame(rng);
  const districts = writeRegistries(frame);
  writeAtameken(districts);
  const rows = drawSurvey(rng, frame, districts);
  dataset('population-codebook.json', CODEBOOK, { 'population-survey.csv': rows });
  write('study.json', JSON.stringify(buildStudy(SEED), null, 2) + '\n');
  const db = await openNodeDuckDB();
  await writeTruth(db, frame, districts);
  await writeDistrictTruth(db, frame, districts);
  const { sources } = await openStudyFolder(db, out);
  const results = await runIndicators(
    db,
    sources,
    ['region', 'wave'],
    HEADLINE.map((i) => i.id),
  );
  write('precomputed.json', JSON.stringify(results.map(roundRow)) + '\n');
  await db.close();
  console.log(`wrote ${rows.length} respondents and ${results.length} indicator rows to ${out}`);
}

/** Round floats to 10 significant digits so the file is stable across platforms. */
function roundRow<T extends object>(row: T): T {
  return JSON.parse(JSON.stringify(row, (_k, v) => (typeof v === 'number' ? Number(v.toPrecision(10)) : v)));
}

await main();
