import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openNativeDuckDB } from '../../src/data/duckdb-native';
import { browserLimit } from './scale-browser';
import { CIVIC, writeScaleStudy } from './scale-data';
import { civicEntries } from './scale-worker';

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round2 = (x: number) => Math.round(x * 100) / 100;

type Measure = { ms: number; rows: number; rss_peak_mib: number; duckdb_peak_mib: number } & Record<string, unknown>;

/** One task in a fresh process (its peak memory is its own). */
function measure(task: string, dir: string): Measure {
  const out = execFileSync('npx', ['tsx', 'test/bench/scale-worker.ts', task, dir], { maxBuffer: 16 << 20 });
  return JSON.parse(out.toString().trim().split('\n').pop()!);
}

/** Bytes and files of a dataset's folder. */
function folderSize(dir: string): { mib: number; files: number } {
  let bytes = 0;
  let files = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) {
        walk(join(d, e.name));
        continue;
      }
      bytes += statSync(join(d, e.name)).size;
      files++;
    }
  };
  walk(dir);
  return { mib: Math.round(bytes / 2 ** 20), files };
}

/** Medians of `runs` rounds of each task (interleaved), and the first task's ratios to the second. */
function compare(app: string, bare: string, dir: string, runs: number, bareRuns = runs) {
  const a: Measure[] = [];
  const b: Measure[] = [];
  for (let i = 0; i < Math.max(runs, bareRuns); i++) {
    if (i < bareRuns) b.push(measure(bare, dir));
    if (i < runs) a.push(measure(app, dir));
  }
  const m = (xs: Measure[], k: 'ms' | 'rss_peak_mib' | 'duckdb_peak_mib') => median(xs.map((x) => x[k]));
  return {
    runs: { [app]: a, [bare]: b },
    median_ms: { [app]: m(a, 'ms'), [bare]: m(b, 'ms') },
    median_rss_peak_mib: { [app]: m(a, 'rss_peak_mib'), [bare]: m(b, 'rss_peak_mib') },
    median_duckdb_peak_mib: { [app]: m(a, 'duckdb_peak_mib'), [bare]: m(b, 'duckdb_peak_mib') },
    ratio_time: round2(m(a, 'ms') / m(b, 'ms')),
    ratio_rss_peak: round2(m(a, 'rss_peak_mib') / m(b, 'rss_peak_mib')),
  };
}

/** Files the reader opens for one region and year of the partitioned reports (EXPLAIN's own count). */
async function prunedFiles(dir: string): Promise<string> {
  const db = await openNativeDuckDB();
  try {
    const from = `read_parquet('${join(dir, CIVIC, '**', '*.parquet')}', hive_partitioning = true)`;
    const plan = await db.query<{ explain_value: string }>(
      `EXPLAIN SELECT count(*) FROM ${from} WHERE region = 'KZ-75' AND "year" = 2025`,
    );
    return /Scanning Files: (\d+\/\d+)/.exec(plan.map((p) => p.explain_value).join('\n'))?.[1] ?? '?';
  } finally {
    await db.close();
  }
}

/**
 * 10 million civic-control reports and 5 million survey respondents as hive-partitioned Parquet (generated in DuckDB,
 * in a temporary folder removed afterwards): the survey entries with SEs by region × wave through the catalogue, and
 * the reports by region × year, each against the bare DuckDB GROUP BY of the same aggregation (time and peak memory;
 * the survey's also against the very statements the catalogue sent, replayed alone on a bare DuckDB),
 * plus the largest civic-control CSV the app imports and aggregates in Chromium within 1.2 GB. Sizes: SCALE_REPORTS,
 * SCALE_RESPONDENTS; rounds: SCALE_RUNS (cheap tasks), SCALE_SURVEY_RUNS (the catalogue); SCALE_BROWSER=0 skips
 * the browser, SCALE_BROWSER_START, _MAX and _REFINE steer its search.
 */
export async function benchScale() {
  const sizes = { reports: num('SCALE_REPORTS', 1e7), respondents: num('SCALE_RESPONDENTS', 5e6) };
  const runs = num('SCALE_RUNS', 3);
  const dir = mkdtempSync(join(tmpdir(), 'civic-scale-'));
  try {
    const db = await openNativeDuckDB();
    const t0 = performance.now();
    const written = await writeScaleStudy(db, dir, sizes).finally(() => db.close());
    const generate_s = round2((performance.now() - t0) / 1000);
    const parquet = { population: folderSize(join(dir, 'population')), [CIVIC]: folderSize(join(dir, CIVIC)) };
    const pruning = { query: "region = 'KZ-75' AND year = 2025", scanning_files: await prunedFiles(dir) };
    const civic = compare('civic-catalogue', 'civic-bare', dir, runs);
    const surveyRuns = num('SCALE_SURVEY_RUNS', 1);
    const survey = compare('survey-catalogue', 'survey-bare', dir, surveyRuns, runs);
    const replays = Array.from({ length: surveyRuns }, () => measure('survey-replay', dir));
    const replay = {
      runs: replays,
      median_ms: median(replays.map((r) => r.ms)),
      median_rss_peak_mib: median(replays.map((r) => r.rss_peak_mib)),
      median_duckdb_peak_mib: median(replays.map((r) => r.duckdb_peak_mib)),
    };
    const browser =
      process.env.SCALE_BROWSER === '0'
        ? null
        : await (async () => {
            const b = await openNativeDuckDB();
            const districts = resolve('data/reference/districts.csv');
            const search = {
              start: num('SCALE_BROWSER_START', 1e6),
              refine: num('SCALE_BROWSER_REFINE', 2),
              max: num('SCALE_BROWSER_MAX', 64e6),
            };
            return browserLimit(b, dir, districts, search).finally(() => b.close());
          })();
    return {
      sizes: { ...written, generate_s },
      parquet_mib: parquet,
      pruning,
      civic_control: {
        path: civicEntries().length ? `catalogue entries ${civicEntries().join(', ')}` : 'plain SQL (no entries yet)',
        ...civic,
      },
      survey: {
        entries: 'population-survey entries with SEs by region × wave (runIndicators)',
        bare: 'each share as a weighted mean by region × wave and by wave (no SE), on read_parquet',
        ...survey,
        same_sql_replayed_bare: {
          ...replay,
          ratio_time: round2(survey.median_ms['survey-catalogue'] / replay.median_ms),
          ratio_rss_peak: round2(survey.median_rss_peak_mib['survey-catalogue'] / replay.median_rss_peak_mib),
        },
      },
      browser_limit: browser && { method: 'app import path (probeFile + importDataset) in Chromium 156', ...browser },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
