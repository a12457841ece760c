import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { streamWasmDirectly } from '../../../scripts/duckdb-code-cache';

const require = createRequire(import.meta.url);
const worker = (name: string) =>
  readFileSync(require.resolve(`@duckdb/duckdb-wasm/dist/duckdb-browser-${name}.worker.js`), 'utf8');

describe('streamWasmDirectly', () => {
  it.each(['eh', 'mvp'])(
    'makes the %s worker instantiate from the fetched response itself, without a warning',
    (name) => {
      const source = worker(name);
      const patched = streamWasmDirectly(source);
      expect(patched).not.toContain('typeof TransformStream=="function"){let a=');
      expect(patched).not.toContain('transform streams are unavailable');
      expect(patched).toContain('WebAssembly.instantiateStreaming(fetch(n),e)');
      expect(patched.length).toBeLessThan(source.length);
    },
  );

  it('fails loudly when the worker is not the code it expects (a DuckDB upgrade)', () => {
    expect(() => streamWasmDirectly('self.onmessage = () => {}')).toThrow(/expected one/);
  });
});
