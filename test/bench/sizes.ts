import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Raw, gzip and brotli bytes of a built file (from its precompressed siblings). */
export function sizes(dir: string, file: string): { raw: number; gzip: number; brotli: number } {
  const p = join(dir, file);
  const size = (f: string) => (existsSync(f) ? statSync(f).size : statSync(p).size);
  return { raw: statSync(p).size, gzip: size(p + '.gz'), brotli: size(p + '.br') };
}

/**
 * The JS the built page loads before its first view: the entry chunk (which starts DuckDB), the app it imports and
 * their static imports (all preloaded by the page), not the pages loaded on demand.
 */
export function initialJs(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    { file: string; imports?: string[] }
  >;
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const i of manifest[key].imports ?? []) visit(i);
  };
  visit('index.html');
  visit('src/ui/app.ts');
  return [...seen].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
}
