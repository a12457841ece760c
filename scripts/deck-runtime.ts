import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

/** The deck file's script: the presenter runtime and what the deck adds to it, bundled from this entry. */
export const DECK_ENTRY = fileURLToPath(new URL('../src/present/deck-entry.ts', import.meta.url));

/**
 * The deck runtime as one minified IIFE, ready to inline in a `<script>`: `</script` and `<!--` written so that the
 * HTML parser cannot end the element early. Also returns the files it was built from (for watching).
 */
export async function buildDeckRuntime(): Promise<{ js: string; inputs: string[] }> {
  const out = await build({
    entryPoints: [DECK_ENTRY],
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    target: 'es2020',
    legalComments: 'none',
    metafile: true,
    logLevel: 'silent',
  });
  const js = out.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  return { js, inputs: Object.keys(out.metafile.inputs).map((f) => resolve(f)) };
}

const ID = 'virtual:deck-runtime';

/** Serve `virtual:deck-runtime` (the deck runtime's text as the default export) to the app and to vitest. */
export function deckRuntime(): Plugin {
  return {
    name: 'civic-deck-runtime',
    resolveId: (id) => (id === ID ? '\0' + ID : null),
    async load(id) {
      if (id !== '\0' + ID) return null;
      const { js, inputs } = await buildDeckRuntime();
      for (const f of inputs) this.addWatchFile(f);
      return `export default ${JSON.stringify(js)};`;
    },
  };
}
