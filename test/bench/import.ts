import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { launchBrowser } from '../helpers/browser';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);
const DIR = 'bench/tmp';
const REGIONS = [
  'Акмолинская область',
  'г. Алматы',
  'Абайская обл.',
  'Туркестанская область',
  'Карагандинская',
  'Шымкент',
];
const WORDS = ['нужна помощь', 'всё хорошо', 'нет ответа', 'юрист', 'грант', 'обучение'];

/** A seeded survey-like CSV: 1,000,000 rows × 30 columns (ids, Cyrillic text, codes, weights, 20 items, dates). */
function surveyCsv(rows: number): string {
  let seed = 20261128;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const head = [
    'id',
    'region',
    'district',
    'settlement',
    'sex',
    'age',
    'weight',
    'income',
    'date',
    'comment',
    ...Array.from({ length: 20 }, (_, i) => `q${i + 1}`),
  ];
  const lines = [head.join(',')];
  for (let i = 1; i <= rows; i++) {
    const items = Array.from({ length: 20 }, () => (rnd() < 0.05 ? '' : String(1 + Math.floor(rnd() * 5))));
    lines.push(
      [
        i,
        REGIONS[i % REGIONS.length],
        `KZ${100000 + (i % 224)}`,
        rnd() < 0.6 ? 'Город' : 'Село',
        1 + (i % 2),
        18 + Math.floor(rnd() * 70),
        (0.5 + rnd()).toFixed(4),
        Math.round(rnd() * 500000),
        `2025-${String(1 + (i % 12)).padStart(2, '0')}-15`,
        WORDS[i % WORDS.length],
        ...items,
      ].join(','),
    );
  }
  return lines.join('\n') + '\n';
}

function cp1251(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i] =
      c < 0x80 ? c : c >= 0x410 && c <= 0x44f ? c - 0x410 + 0xc0 : c === 0x401 ? 0xa8 : c === 0x451 ? 0xb8 : 0x3f;
  }
  return out;
}

/** Write the two files once (cached in bench/tmp, which git ignores). */
function files() {
  mkdirSync(DIR, { recursive: true });
  const utf8 = `${DIR}/survey-${ROWS}-utf8.csv`,
    win = `${DIR}/survey-${ROWS}-cp1251.csv`;
  if (!existsSync(utf8) || !existsSync(win)) {
    const text = surveyCsv(ROWS);
    writeFileSync(utf8, text);
    writeFileSync(win, cp1251(text));
  }
  return { utf8, win };
}

async function serve() {
  const pages = sirv('dist-bench', { dev: false });
  const server: Server = createServer((req, res) => {
    const name = req.url?.split('?')[0].replace(/^\/data\//, '');
    if (req.url?.startsWith('/data/') && name && existsSync(`${DIR}/${name}`)) {
      res.setHeader('content-type', 'text/csv');
      res.end(readFileSync(`${DIR}/${name}`));
    } else
      pages(req, res, () => {
        res.statusCode = 404;
        res.end();
      });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** Peak resident memory (VmHWM, MiB) of the largest Chromium renderer process running now. */
export function rendererPeakMiB(): number {
  let peak = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      peak = Math.max(peak, kb / 1024);
    } catch {
      /* the process ended */
    }
  }
  return Math.round(peak);
}

type BenchWindow = {
  benchImport: (m: string, f: string) => Promise<{ ms: number; rows: number; longest_task_ms: number }>;
};

async function once(url: string, mode: 'bare' | 'app', file: string) {
  const { context, close } = await launchBrowser();
  try {
    const page = await context.newPage();
    await page.goto(`${url}import.html`);
    await page.waitForFunction(() => document.getElementById('out')?.textContent === 'ready');
    const r = await page.evaluate(([m, f]) => (window as unknown as BenchWindow).benchImport(m, f), [mode, file]);
    return { ...r, ms: Math.round(r.ms), peak_mib: rendererPeakMiB() };
  } finally {
    await close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Import of a 1M × 30 CSV by the app (UTF-8, Windows-1251) against a bare DuckDB read_csv of the UTF-8 file. */
export async function benchImport() {
  const { utf8, win } = files();
  const server = await serve();
  const cases = {
    bare_read_csv_utf8: ['bare', utf8],
    app_import_utf8: ['app', utf8],
    app_import_cp1251: ['app', win],
  } as const;
  const runs: Record<string, { ms: number; rows: number; peak_mib: number; longest_task_ms: number }[]> = {};
  try {
    for (let i = 0; i < RUNS; i++) {
      for (const [name, [mode, path]] of Object.entries(cases)) {
        (runs[name] ??= []).push(await once(server.url, mode, `data/${path.split('/').pop()}`));
      }
    }
  } finally {
    await server.close();
  }
  const ms = Object.fromEntries(Object.entries(runs).map(([k, r]) => [k, median(r.map((x) => x.ms))]));
  const mem = Object.fromEntries(Object.entries(runs).map(([k, r]) => [k, median(r.map((x) => x.peak_mib))]));
  return {
    runs,
    rows: ROWS,
    columns: 30,
    file_mib: {
      utf8: Math.round(readFileSync(utf8).length / 2 ** 20),
      cp1251: Math.round(readFileSync(win).length / 2 ** 20),
    },
    median_ms: ms,
    median_peak_renderer_mib: mem,
    median_longest_main_thread_task_ms: Object.fromEntries(
      Object.entries(runs).map(([k, r]) => [k, median(r.map((x) => x.longest_task_ms))]),
    ),
    time_ratio_to_bare: {
      utf8: ms.app_import_utf8 / ms.bare_read_csv_utf8,
      cp1251: ms.app_import_cp1251 / ms.bare_read_csv_utf8,
    },
    memory_ratio_to_bare: {
      utf8: mem.app_import_utf8 / mem.bare_read_csv_utf8,
      cp1251: mem.app_import_cp1251 / mem.bare_read_csv_utf8,
    },
    goals: { time_utf8: 1.3, time_cp1251: 1.6, memory: 1.5 },
  };
}
