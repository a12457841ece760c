import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { buildDeckRuntime } from '../../scripts/deck-runtime';
import { launchBrowser } from '../helpers/browser';
import { notebookEnvFromStudy } from '../../src/cli/notebook-env';
import { readShapes } from '../../src/cli/shapes';
import { openNativeDuckDB } from '../../src/data/duckdb-native';
import { DEFAULT_RULES } from '../../src/indicators/status';
import { reportHtml } from '../../src/notebooks/report';
import { runNotebook } from '../../src/notebooks/run';
import { checkNotebook } from '../../src/notebooks/validate';
import { deckHtml } from '../../src/present/deck';

/** The shipped notebooks, and the bench's own ten slides each with a map and a ranking (the size target). */
const NOTEBOOKS = [
  ...readdirSync('notebooks')
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => `notebooks/${f}`),
  'test/bench/deck-maps.md',
];
/** The target for a ten-slide deck with maps. */
const TARGET_BYTES = 2 * 2 ** 20;

const kb = (n: number) => Math.round(n / 1024);
const DIR = 'bench/tmp/decks';

/** Each deck file opened from disk in Chromium: the factor each slide is shrunk by to fit the canvas (1: none). */
async function fits(files: string[]): Promise<number[][]> {
  const { context, close } = await launchBrowser();
  try {
    const page = await context.newPage();
    const out: number[][] = [];
    for (const f of files) {
      await page.goto('file://' + resolve(f));
      await page.waitForSelector('[data-deck][data-ready="true"]');
      out.push(await page.$$eval('.slide', (xs) => xs.map((x) => Number(x.getAttribute('data-fit') ?? 1))));
    }
    return out;
  } finally {
    await close();
  }
}
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;

/**
 * Each notebook's deck (`notebook deck`) and HTML report as the CLI writes them on the demo study: bytes raw and
 * gzipped, slides, charts and maps, the runtime's share, and how much each slide is shrunk to fit (from Chromium).
 */
export async function benchDecks() {
  const db = await openNativeDuckDB();
  const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;
  const { js: runtime } = await buildDeckRuntime();
  const shapes = await readShapes();
  const decks: Record<string, unknown>[] = [];
  mkdirSync(DIR, { recursive: true });
  try {
    for (const file of NOTEBOOKS) {
      const { notebook } = checkNotebook(readFileSync(file, 'utf8'));
      const env = { ...(await notebookEnvFromStudy(db, 'demo', notebook.front.lang)), shapes };
      const run = await runNotebook(notebook, env, {});
      const opts = { synthetic: true, minN: env.rules.minN ?? DEFAULT_RULES.minN, document };
      const deck = deckHtml(notebook, run, { ...opts, runtime });
      const report = reportHtml(notebook, run, opts);
      writeFileSync(`${DIR}/${decks.length}.html`, deck);
      decks.push({
        notebook: file,
        slides: count(deck, /<section class="slide"/g),
        charts: count(deck, /<figure /g),
        maps: count(deck, /data-chart="map"/g),
        deck_kb: kb(bytes(deck)),
        deck_gzip_kb: kb(gzipSync(deck).length),
        report_kb: kb(bytes(report)),
        report_gzip_kb: kb(gzipSync(report).length),
      });
    }
  } finally {
    await db.close();
  }
  const shrunk = await fits(decks.map((_, i) => `${DIR}/${i}.html`));
  decks.forEach((d, i) => (d.fit = shrunk[i]));
  const maps = decks.at(-1)!;
  return {
    decks,
    runtime_kb: kb(bytes(runtime)),
    ten_slides_with_maps_kb: maps.deck_kb,
    target_kb: kb(TARGET_BYTES),
    within_target: (maps.deck_kb as number) <= kb(TARGET_BYTES),
  };
}
