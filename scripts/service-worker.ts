import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

/** A file of the build: its path from the output folder, its size and its bytes (for the version). */
export interface BuiltFile {
  name: string;
  bytes: Uint8Array;
}

/** A file the service worker precaches; `immutable` files have a content hash in their name. */
export interface PrecacheEntry {
  url: string;
  size: number;
  immutable: boolean;
}

/**
 * Files the app never needs offline: the build manifest, source maps, the worker itself, and DuckDB's mvp build
 * (browsers with wasm exceptions load the eh build; the mvp one is fetched, and cached, only if a browser asks).
 */
const LEFT_OUT = [/^\.vite\//, /\.map$/, /^sw\.js$/, /(^|\/)duckdb-(browser-)?mvp[.-]/, /\.(br|gz)$/];

/** What the service worker precaches of a build: every file but those LEFT_OUT, index.html first. */
export function precacheEntries(files: readonly BuiltFile[], assetsDir = 'assets'): PrecacheEntry[] {
  return files
    .filter((f) => !LEFT_OUT.some((re) => re.test(f.name)))
    .map((f) => ({ url: f.name, size: f.bytes.length, immutable: f.name.startsWith(`${assetsDir}/`) }))
    .sort((a, b) => Number(b.url === 'index.html') - Number(a.url === 'index.html') || (a.url < b.url ? -1 : 1));
}

/** A short hash of the precached files' names and bytes: a new build with any change gets a new cache. */
export function versionOf(files: readonly BuiltFile[], entries: readonly PrecacheEntry[]): string {
  const hash = createHash('sha256');
  const wanted = new Set(entries.map((e) => e.url));
  for (const f of files.filter((f) => wanted.has(f.name)).sort((a, b) => (a.name < b.name ? -1 : 1)))
    hash.update(f.name).update(f.bytes);
  return hash.digest('hex').slice(0, 12);
}

const TEMPLATE = new URL('./sw.js', import.meta.url);

/** The service worker's source: the template with the version and the precache list filled in. */
export function swSource(version: string, entries: readonly PrecacheEntry[]): string {
  const files = JSON.stringify(entries.map(({ url, immutable }) => ({ url, immutable })));
  return readFileSync(TEMPLATE, 'utf8').replace("'__VERSION__'", `'${version}'`).replace('/* __FILES__ */ []', files);
}

function publicFiles(dir: string): BuiltFile[] {
  if (!existsSync(dir)) return [];
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
  return walk(dir).map((p) => ({ name: relative(dir, p).replace(/\\/g, '/'), bytes: readFileSync(p) }));
}

/** Emit sw.js beside index.html, precaching what the build wrote (and the public folder's files). */
export function serviceWorker(): Plugin {
  let publicDir = '';
  let assetsDir = 'assets';
  return {
    name: 'civic-service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(c) {
      publicDir = c.publicDir;
      assetsDir = c.build.assetsDir;
    },
    generateBundle(_options, bundle) {
      const built: BuiltFile[] = Object.values(bundle).map((f) => ({
        name: f.fileName,
        bytes: f.type === 'chunk' ? Buffer.from(f.code) : Buffer.from(f.source),
      }));
      const files = [...built, ...publicFiles(publicDir)];
      const entries = precacheEntries(files, assetsDir);
      const mib = entries.reduce((a, e) => a + e.size, 0) / 2 ** 20;
      this.info(`sw.js precaches ${entries.length} files, ${mib.toFixed(1)} MiB`);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: swSource(versionOf(files, entries), entries) });
    },
  };
}
