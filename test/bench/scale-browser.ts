// The browser's limit on this machine: civic-control CSVs of growing size, each imported by the app's import path
// and aggregated in a fresh Chromium, until the renderer's peak memory passes 1.2 GB or the import fails.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import type { Connector } from '../../src/core/sql';
import { launchBrowser } from '../helpers/browser';
import { rendererPeakMiB } from './import';
import { reportsSql } from './scale-data';

/** 1.2 GB, the goal's limit for the browser, in MiB. */
export const LIMIT_MIB = 1144;

async function serve(dataDir: string) {
  const pages = sirv('dist-bench', { dev: false });
  const server: Server = createServer((req, res) => {
    const name = req.url?.split('?')[0].replace(/^\/data\//, '') ?? '';
    const file = join(dataDir, name);
    if (req.url?.startsWith('/data/') && /^[\w.-]+$/.test(name) && existsSync(file)) {
      res.setHeader('content-type', 'text/csv');
      res.setHeader('content-length', String(statSync(file).size));
      createReadStream(file).pipe(res);
    } else
      pages(req, res, () => {
        res.statusCode = 404;
        res.end();
      });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((r) => (server.close(() => r()), server.closeAllConnections())),
  };
}

type Attempt = { rows: number; file_mib: number; ok: boolean; peak_mib: number; error?: string } & Partial<{
  import_ms: number;
  query_ms: number;
  groups: number;
}>;

/** Write a civic-control CSV of `rows` reports (the Parquet columns without the `year` partition key). */
async function writeCsv(db: Connector, dir: string, rows: number, districtsCsv: string): Promise<string> {
  const name = `civic-${rows}.csv`;
  const cols = 'id, region, district, topic, date_filed, status, date_done, solved_by';
  await db.exec(`COPY (SELECT ${cols} FROM (${reportsSql(rows, districtsCsv)}) ORDER BY id)
    TO '${join(dir, name)}' (HEADER, DELIMITER ',')`);
  return name;
}

async function attempt(url: string, name: string, rows: number, dir: string): Promise<Attempt> {
  const file_mib = Math.round(statSync(join(dir, name)).size / 2 ** 20);
  const { context, close } = await launchBrowser();
  try {
    const page = await context.newPage();
    await page.goto(`${url}scale.html`);
    await page.waitForFunction(() => document.getElementById('out')?.textContent === 'ready');
    type W = { benchScale: (f: string) => Promise<{ import_ms: number; query_ms: number; groups: number }> };
    const r = await page.evaluate((f) => (window as unknown as W).benchScale(f), `data/${name}`);
    const peak_mib = rendererPeakMiB();
    return { rows, file_mib, ok: peak_mib <= LIMIT_MIB, peak_mib, ...r };
  } catch (e) {
    return { rows, file_mib, ok: false, peak_mib: rendererPeakMiB(), error: String(e).split('\n')[0].slice(0, 200) };
  } finally {
    await close();
  }
}

/**
 * Double the rows from `start` (up to `max`) until an attempt passes the limit or fails, then halve the gap `refine`
 * times: the largest size that stayed within 1.2 GB, and every attempt.
 */
export async function browserLimit(
  db: Connector,
  dir: string,
  districtsCsv: string,
  { start, refine, max }: { start: number; refine: number; max: number },
) {
  const server = await serve(dir);
  const attempts: Attempt[] = [];
  const tryRows = async (rows: number) => {
    const a = await attempt(server.url, await writeCsv(db, dir, rows, districtsCsv), rows, dir);
    attempts.push(a);
    return a.ok;
  };
  try {
    let lo = 0;
    let hi = start;
    while (hi <= max && (await tryRows(hi))) [lo, hi] = [hi, hi * 2];
    for (let i = 0; i < refine && hi - lo > 250_000; i++) {
      const mid = Math.round((lo + hi) / 2 / 250_000) * 250_000;
      if (await tryRows(mid)) lo = mid;
      else hi = mid;
    }
    const best = attempts.filter((a) => a.ok).sort((a, b) => b.rows - a.rows)[0];
    return { limit_mib: LIMIT_MIB, largest_ok_rows: best?.rows ?? 0, largest_ok: best ?? null, attempts };
  } finally {
    await server.close();
  }
}
