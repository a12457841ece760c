import type { Plugin } from 'vite';

/**
 * DuckDB-wasm's worker (1.32.0) hands `WebAssembly.instantiateStreaming` a new Response built around the fetched one,
 * to report download progress. A constructed response has no cache entry, so Chromium can neither store nor reuse
 * the compiled code of the 34 MB wasm. These edits send the worker down its own plain path (the fetched response
 * itself, from the service worker's cache on a second visit); the app reports no download progress.
 */
const EDITS: [string, string][] = [
  ['if(typeof TransformStream=="function"){let a=(async()=>{', 'if(false){let a=(async()=>{'],
  ['console.warn("instantiating without progress handler since transform streams are unavailable");', ''],
];

/** The worker's source with the EDITS made; throws if one does not match exactly once (DuckDB changed). */
export function streamWasmDirectly(source: string): string {
  return EDITS.reduce((text, [from, to]) => {
    const n = text.split(from).length - 1;
    if (n !== 1) throw new Error(`duckdb worker: expected one "${from.slice(0, 40)}…", found ${n}`);
    return text.replace(from, to);
  }, source);
}

/** Make the EDITS in the DuckDB browser workers the build emits. */
export function duckdbCodeCache(): Plugin {
  return {
    name: 'civic-duckdb-code-cache',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle))
        if (file.type === 'asset' && /duckdb-browser-(eh|mvp)\.worker-[\w-]+\.js$/.test(file.fileName))
          file.source = streamWasmDirectly(String(file.source));
    },
  };
}
