import { readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip as gzipCb } from 'node:zlib';
import type { Plugin, Rolldown } from 'vite';

type OutputChunk = Rolldown.OutputChunk;

const gzip = promisify(gzipCb);
const brotli = promisify(brotliCompress);

/** The Content-Security-Policy of the built page: nothing may connect outside the app's own origin. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

/** Inject the CSP meta tag into the built page only (the dev server needs more). */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'civic-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}">`),
  };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Write `.gz` and `.br` copies beside a file of at least 1 KiB. */
async function compressBeside(file: string): Promise<void> {
  const raw = await readFile(file);
  if (raw.length < 1024) return;
  // Quality 11 on the 35 MB wasm files takes minutes; 9 is within ~15% of it in seconds.
  const quality = raw.length > 4e6 ? 9 : 11;
  const [gz, br] = await Promise.all([
    gzip(raw, { level: 9 }),
    brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } }),
  ]);
  await Promise.all([writeFile(file + '.gz', gz), writeFile(file + '.br', br)]);
}

/** Write `.br` and `.gz` beside every compressible asset of the build, as production hosting would serve them. */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'civic-precompress',
    apply: 'build',
    configResolved: (c) => void (outDir = resolve(c.root, c.build.outDir)),
    async closeBundle() {
      const files = walk(outDir).filter((f) => /\.(js|mjs|css|html|wasm|json|csv|svg)$/.test(f));
      // Compressed on zlib's thread pool, side by side: the two 35 MB wasm files dominate the build otherwise.
      await Promise.all(files.map(compressBeside));
    },
  };
}

/** A chunk's file and, recursively, the files it imports statically. */
function withImports(chunks: Map<string, OutputChunk>, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of chunks.get(file)?.imports ?? []) withImports(chunks, dep, seen);
  return seen;
}

/**
 * Preload the app's modules from the page: the entry only starts DuckDB and then imports `entry`, whose files would
 * otherwise be requested only once the entry has run.
 */
export function preloadApp(entry: string): Plugin {
  return {
    name: 'civic-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = new Map<string, OutputChunk>();
        for (const c of Object.values(ctx.bundle ?? {})) if (c.type === 'chunk') chunks.set(c.fileName, c);
        const app = [...chunks.values()].find((c) => c.facadeModuleId === resolve(entry));
        if (!app) throw new Error(`preloadApp: no chunk for ${entry}`);
        return [...withImports(chunks, app.fileName)]
          .filter((file) => !html.includes(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
