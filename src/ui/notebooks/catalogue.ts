import { isMap, parseDocument } from 'yaml';
import { parseNotebook } from '../../notebooks/parse';
import type { Lang } from '../../core/lang';
import type { SavedNotebook } from '../../data/notebooks';

/** A notebook the list shows: shipped with the app (read-only) or saved in the workspace. */
export interface NotebookEntry {
  id: string;
  title: string;
  /** The notebook's own language and its description, from the front matter. */
  lang: Lang;
  description: string | null;
  source: string;
  shipped: boolean;
  saved: string | null;
}

const files = import.meta.glob('/notebooks/*.md', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

/** The notebooks shipped in `notebooks/` (the README is not one), by file name without `.md`. */
export const SHIPPED: NotebookEntry[] = Object.entries(files)
  .filter(([path]) => !/\/README\.md$/i.test(path))
  .map(([path, source]) => entry(path.replace(/^.*\/|\.md$/g, ''), source, true, null))
  .sort((a, b) => a.id.localeCompare(b.id));

/** A list entry for a notebook's text (its title from the front matter, else its id). */
export function entry(id: string, source: string, shipped: boolean, saved: string | null): NotebookEntry {
  const { title, lang, description } = parseNotebook(source).notebook.front;
  return { id, title: title || id, lang, description, source, shipped, saved };
}

/** Shipped notebooks first, then the workspace's, oldest first. */
export function listEntries(saved: SavedNotebook[]): NotebookEntry[] {
  return [...SHIPPED, ...saved.map((n) => entry(n.id, n.source, false, n.saved))];
}

/** An id made from a file name or a title: lower-case latin letters, digits and dashes (else `notebook`). */
export function slug(name: string): string {
  const s = name
    .toLowerCase()
    .replace(/\.md$/, '')
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return s || 'notebook';
}

/** `base`, or `base-2`, `base-3`… : the first that no notebook has. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** A notebook's text with a cell after it, one blank line between. */
export function joinCell(source: string, cell: string): string {
  const nl = source.includes('\r\n') ? '\r\n' : '\n';
  const body = source.replace(/(\r?\n)*$/, '');
  return `${body}${nl}${nl}${cell.trim().replace(/\r?\n/g, nl)}${nl}`;
}

/** The text of a new notebook: its title, language and the datasets it reads (no fingerprint yet). */
export function newNotebook(title: string, lang: Lang, datasets: string[]): string {
  const lines = ['---', `title: ${JSON.stringify(title)}`, `lang: ${lang}`];
  if (datasets.length) lines.push('datasets:', ...datasets.map((d) => `  ${d}: null`));
  return [...lines, '---', ''].join('\n');
}

/**
 * A notebook's text with `names` added to its front matter's datasets where missing (without a fingerprint); the
 * text is unchanged when it names them all, and only the front matter is rewritten when it does not.
 */
export function withDatasets(source: string, names: string[]): string {
  const m = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)?(---|\.\.\.)(\s*\r?\n|\s*$)/.exec(source);
  if (!m) return source;
  const doc = parseDocument(m[2] ?? '');
  if (doc.errors.length) return source;
  const missing = names.filter((n) => !doc.hasIn(['datasets', n]));
  if (!missing.length) return source;
  if (!isMap(doc.get('datasets'))) doc.set('datasets', doc.createNode({}));
  for (const n of missing) doc.setIn(['datasets', n], null);
  const nl = m[1].endsWith('\r\n') ? '\r\n' : '\n';
  const front = doc.toString({ lineWidth: 0 }).replace(/\n/g, nl);
  return m[1] + front + m[3] + m[4] + source.slice(m[0].length);
}
