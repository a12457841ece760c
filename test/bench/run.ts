// `npm run bench [-- part…]`: prints each part's table and writes bench/results/<part>.json. Figures are medians
// with a baseline measured in the same run; the machine is noted beside them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { benchAtamekenMap } from './atameken-map';
import { benchCatalogue } from './catalogue';
import { benchCli } from './cli';
import { benchDecks } from './decks';
import { benchImport } from './import';
import { benchNotebook } from './notebook';
import { benchRedraw } from './redraw';
import { benchSae } from './sae';
import { benchScale } from './scale';
import { benchStartup } from './startup';

const PARTS: Record<string, () => Promise<Record<string, unknown>>> = {
  startup: benchStartup,
  import: benchImport,
  catalogue: benchCatalogue,
  redraw: benchRedraw,
  cli: benchCli,
  notebook: benchNotebook,
  decks: benchDecks,
  sae: benchSae,
  scale: benchScale,
  'atameken-map': benchAtamekenMap,
};
/** Parts that run in Chromium against the built app (the others need no build). */
const BROWSER = [
  'startup',
  'import',
  'catalogue',
  'redraw',
  'notebook',
  ...(process.env.SCALE_BROWSER === '0' ? [] : ['scale']),
];

function machine() {
  const chromium = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'])
    .toString()
    .trim();
  return {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    memory_gib: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium,
  };
}

function build() {
  if (!existsSync('dist/.vite/manifest.json')) execFileSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  execFileSync('npx', ['vite', 'build', '--config', 'test/bench/vite.baseline.config.ts'], { stdio: 'inherit' });
}

function printTable(part: string, result: Record<string, unknown>) {
  console.log(`\n## ${part}`);
  for (const [k, v] of Object.entries(result)) if (k !== 'runs') console.log(`${k.padEnd(34)} ${JSON.stringify(v)}`);
}

const parts = process.argv.slice(2).filter((p) => !p.startsWith('-'));
const chosen = parts.length ? parts : Object.keys(PARTS);
for (const p of chosen)
  if (!PARTS[p]) throw new Error(`unknown bench part "${p}" (known: ${Object.keys(PARTS).join(', ')})`);
if (chosen.some((p) => BROWSER.includes(p))) build();
mkdirSync('bench/results', { recursive: true });
for (const part of chosen) {
  const result = { part, machine: machine(), date: new Date().toISOString(), ...(await PARTS[part]()) };
  printTable(part, result);
  writeFileSync(`bench/results/${part}.json`, JSON.stringify(result, null, 2) + '\n');
}
