import { availableParallelism } from 'node:os';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { serviceWorker } from './scripts/service-worker.ts';
import { deckRuntime } from './scripts/deck-runtime.ts';
import { contentSecurityPolicy, precompress, preloadApp } from './scripts/vite-plugins.ts';

export default defineConfig({
  base: './',
  plugins: [
    svelte(),
    deckRuntime(),
    contentSecurityPolicy(),
    preloadApp('src/ui/app.ts'),
    serviceWorker(),
    precompress(),
  ],
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  server: { fs: { allow: ['.'] } },
  build: { target: 'es2022', manifest: true, chunkSizeWarningLimit: 2000, assetsInlineLimit: 0 },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/golden/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A test file spends much of its time waiting (DuckDB-wasm starting, a spawned CLI): two at once even on 2 cores.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Worker threads start faster than processes; DuckDB (wasm and native) runs in them. Files of one worker share
    // the modules they load (no test file keeps state in a module: each opens its own databases).
    pool: 'threads',
    isolate: false,
  },
});
