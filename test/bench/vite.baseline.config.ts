import { defineConfig } from 'vite';
import { precompress } from '../../scripts/vite-plugins.ts';

// Builds the baseline page into dist-bench/ so the bench can serve it beside the app, compressed the same way.
export default defineConfig({
  root: 'test/bench/baseline',
  base: './',
  plugins: [precompress()],
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  build: {
    outDir: '../../../dist-bench',
    emptyOutDir: true,
    rollupOptions: {
      input: {
        main: 'test/bench/baseline/index.html',
        import: 'test/bench/baseline/import.html',
        catalogue: 'test/bench/baseline/catalogue.html',
        redraw: 'test/bench/baseline/redraw.html',
        notebook: 'test/bench/baseline/notebook.html',
        scale: 'test/bench/baseline/scale.html',
      },
    },
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 5000,
  },
  logLevel: 'warn',
});
