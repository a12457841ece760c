import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers of `src/`, lowest first: a folder may import its own files, `core` and the folders of lower ranks.
 * Folders of one rank never import each other (data ⇄ stats, reports ⇄ compare, ui ⇄ cli).
 */
export const LAYERS: string[][] = [
  ['core'],
  ['data', 'stats'],
  ['indicators'],
  ['i18n'],
  ['reports', 'compare'],
  ['charts'],
  ['views'],
  ['notebooks'],
  ['present'],
  ['ui', 'cli'],
];
/** Packages only one place may import: the engines, the plotting library, the UI framework. */
const PACKAGES: [RegExp, RegExp][] = [
  [/^@duckdb\//, /^src\/data\/duckdb-[a-z]+\.ts$/],
  [/^@observablehq\/plot$/, /^src\/charts\/render\.ts$/],
  [/^svelte(\/|$)/, /^src\/(ui\/|main\.ts$)/],
];

const SRC = join(process.cwd(), 'src');
const rankOf = new Map(LAYERS.flatMap((folders, rank) => folders.map((f) => [f, rank] as const)));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : /\.(ts|svelte)$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

/** Every module a file imports: static, re-exported, side-effect and dynamic imports. */
export function importsOf(text: string): string[] {
  const found = text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm);
  return [...found].map((m) => m[1]);
}

/** The top folder of `src/` a path lies in ('' for files at the top: the entry). */
const folderOf = (path: string) => (path.includes('/') ? path.split('/')[0] : '');

/** Why an import breaks the layering, or null. */
export function violation(from: string, spec: string): string | null {
  const source = relative(SRC, from).replace(/\\/g, '/');
  if (!spec.startsWith('.')) {
    const rule = PACKAGES.find(([pkg]) => pkg.test(spec));
    return rule && !rule[1].test(`src/${source}`) ? `only ${rule[1].source} may import ${spec}` : null;
  }
  const target = relative(SRC, normalize(join(dirname(from), spec))).replace(/\\/g, '/');
  if (target.startsWith('..')) return null;
  const [a, b] = [folderOf(source), folderOf(target)];
  if (a === b || b === 'core' || a === '') return null;
  const [ra, rb] = [rankOf.get(a), rankOf.get(b)];
  if (ra === undefined || rb === undefined) return `${a || b} is in no layer`;
  if (rb > ra) return `${a} (layer ${ra}) imports ${b} (layer ${rb}), a higher layer`;
  return rb === ra ? `${a} imports ${b}: folders of one layer never import each other` : null;
}

describe('the layers of src/', () => {
  it('every folder of src/ is in a layer', () => {
    const folders = readdirSync(SRC, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(folders.filter((f) => !rankOf.has(f))).toEqual([]);
  });
  it('imports point one way: no file imports a higher layer or a sibling folder of its own layer', () => {
    const bad = files(SRC).flatMap((f) =>
      importsOf(readFileSync(f, 'utf8')).flatMap((spec) => {
        const why = violation(f, spec);
        return why ? [`${relative(process.cwd(), f)}: '${spec}': ${why}`] : [];
      }),
    );
    expect(bad).toEqual([]);
  });
  it('the check itself fails on a lower layer importing a higher one, on data ⇄ stats and on a stray package', () => {
    expect(violation(join(SRC, 'stats/estimate.ts'), '../data/connector')).toMatch(/never import each other/);
    expect(violation(join(SRC, 'data/datasets.ts'), '../stats/design')).toMatch(/never import each other/);
    expect(violation(join(SRC, 'indicators/run.ts'), '../charts/trend')).toMatch(/higher layer/);
    expect(violation(join(SRC, 'compare/view.ts'), '../charts/map')).toMatch(/higher layer/);
    expect(violation(join(SRC, 'charts/map.ts'), '@observablehq/plot')).toMatch(/render/);
    expect(violation(join(SRC, 'ui/pages/RegionsPage.svelte'), '../../compare/rows')).toBeNull();
    expect(violation(join(SRC, 'stats/estimate.ts'), '../core/sql')).toBeNull();
    expect(
      importsOf(`import a from './a';\nexport { b } from "../b";\nvoid import('./c');\nimport './d.css';`),
    ).toEqual(['./a', '../b', './c', './d.css']);
  });
});
