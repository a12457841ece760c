import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy, precompress } from './scripts/vite-plugins.ts';

export default defineConfig({
  base: './',
  plugins: [svelte(), contentSecurityPolicy(), precompress()],
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  server: { fs: { allow: ['.'] } },
  build: { target: 'es2022', manifest: true, chunkSizeWarningLimit: 2000, assetsInlineLimit: 0 },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/golden/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
