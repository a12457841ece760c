// Writes the embedded demo study (synthetic) to data/demo: same seed → byte-identical files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openNodeDuckDB } from '../src/data/duckdb-node';
import { DEMO_DIR, openStudyFolder } from '../src/cli/study-folder';
import { runIndicators } from '../src/indicators/run';
import { HEADLINE } from '../src/indicators/catalogue';
import { CODEBOOK } from './demo/codebook';
import { ASSUMPTIONS, buildFrame } from './demo/frame';
import { buildStudy } from './demo/manifest';
import { Rng } from './demo/rng';
import { drawPopulation, drawSurvey } from './demo/sample';
import { computeTruth } from './demo/truth';
import { toCsv, withTypes } from './demo/csv';
import { needs2019, needs2024 } from './demo/needs';
import { drawCentres, drawServiceLogs, drawTrainingEvaluations } from './demo/centres';
import { drawNgoStats } from './demo/ngo';
import { NGO_CODEBOOK } from './demo/ngo-codebook';
import { CENTRES_CODEBOOK, SERVICE_LOG_CODEBOOK, TRAINING_CODEBOOK } from './demo/centres-codebook';
import { NEEDS_CODEBOOK } from './demo/needs-codebook';

export const SEED = 'civic-workbench-demo-2026';
const out = process.argv[2] ?? DEMO_DIR;
/** DEMO_TRUTH_CELLS=KZ-75|2025,KZ-11|2021 computes truth.json for these region × wave cells only (a quick check). */
const truthCells = process.env.DEMO_TRUTH_CELLS ? new Set(process.env.DEMO_TRUTH_CELLS.split(',')) : undefined;

async function main() {
  const rng = new Rng(SEED);
  const frame = buildFrame(rng);
  const rows = drawSurvey(rng, frame);
  const columns = CODEBOOK.map((v) => v.name);
  mkdirSync(out, { recursive: true });
  const write = (f: string, text: string) => writeFileSync(join(out, f), text);
  /** Write data files and their codebook, the codebook carrying each column's storage type. */
  const dataset = (
    codebookFile: string,
    codebook: Array<{ name: string }>,
    files: Record<string, Record<string, unknown>[]>,
  ) => {
    for (const [file, data] of Object.entries(files))
      write(
        file,
        toCsv(
          data,
          codebook.map((v) => v.name),
        ),
      );
    write(codebookFile, JSON.stringify(withTypes(codebook, Object.values(files).flat()), null, 1) + '\n');
  };
  dataset('population-codebook.json', CODEBOOK, { 'population-survey.csv': rows });
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
  dataset('ngo-codebook.json', NGO_CODEBOOK, { 'ngo-stats.csv': drawNgoStats(new Rng(`${SEED}-ngo`), frame) });
  write('study.json', JSON.stringify(buildStudy(SEED), null, 2) + '\n');
  const db = await openNodeDuckDB();
  const truth = await computeTruth(
    db,
    drawPopulation(`${SEED}-population`, frame, 4000, truthCells),
    columns,
    new Set(CODEBOOK.filter((v) => v.reverse).map((v) => v.name)),
  );
  write('truth.json', JSON.stringify({ seed: SEED, assumptions: ASSUMPTIONS, frame, truth }, null, 1) + '\n');
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
