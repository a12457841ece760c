import studyJson from '../../data/demo/study.json';
import type { Connector } from '../core/sql';
import { loadStudy } from './load-study';
import type { CodebookVariable, Study, StudyDataset } from './study';

/** The embedded demo study (synthetic), bundled with the app. */
export const DEMO: Study = studyJson as Study;

const BUNDLED_URLS = import.meta.glob(['../../data/demo/*.csv', '../../data/demo/*-codebook.json'], {
  query: '?url',
  import: 'default',
  eager: true,
});
const FILES: Record<string, string> = Object.fromEntries(
  Object.entries(BUNDLED_URLS).map(([path, url]) => [path.split('/').pop()!, url as string]),
);
/**
 * Changes whenever a demo file changes (the bundled files' hashed URLs): a saved workspace with another is
 * reinstalled.
 */
export const DEMO_VERSION = Object.values(FILES).join('|');

const META = 'workspace_meta (key VARCHAR PRIMARY KEY, value VARCHAR)';

const fetched = new Map<string, Promise<string>>();

/** A bundled demo file's text, fetched once. */
export function demoText(file: string): Promise<string> {
  if (!fetched.has(file)) {
    const text = fetch(FILES[file]).then((res) => {
      if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
      return res.text();
    });
    fetched.set(file, text);
  }
  return fetched.get(file)!;
}

/**
 * Start fetching the demo files while the database starts: those of the datasets `first` accepts (installed first),
 * then, once they are in, the rest (the Atameken datasets alone are a few MB), so the first ones never queue
 * behind them.
 */
export function prefetchDemo(first: (d: StudyDataset) => boolean = () => true): void {
  const early = new Set(DEMO.datasets.filter(first).flatMap((d) => [d.file, d.codebook]));
  const fetchAll = (files: string[]) => Promise.all(files.map((f) => demoText(f).catch(() => {})));
  void fetchAll([...early]).then(() => fetchAll(Object.keys(FILES).filter((f) => !early.has(f))));
}

const codebooks = new Map<string, Promise<CodebookVariable[]>>();

/** The codebook of a demo dataset, fetched and parsed once. */
export function codebookOf(datasetId: string): Promise<CodebookVariable[]> {
  const ds = DEMO.datasets.find((d) => d.id === datasetId);
  if (!ds) return Promise.reject(new Error(`no dataset ${datasetId}`));
  if (!codebooks.has(ds.codebook)) {
    const codebook = demoText(ds.codebook).then((t) => JSON.parse(t));
    codebooks.set(ds.codebook, codebook);
  }
  return codebooks.get(ds.codebook)!;
}

/** The demo version a workspace holds (null: none installed, or an interrupted install). */
export async function installedDemo(db: Connector): Promise<string | null> {
  // Not information_schema: the first query of a visit, it alone took a third of a second to plan.
  await db.exec(`CREATE TABLE IF NOT EXISTS ${META}`);
  const rows = await db.query<{ value: string }>("SELECT value FROM workspace_meta WHERE key = 'demo_version'");
  return rows[0]?.value ?? null;
}

/** Load the demo datasets `only` accepts (replacing any), in one transaction. */
export function installDemo(db: Connector, only: (d: StudyDataset) => boolean): Promise<unknown> {
  return db.transaction((t) => loadStudy(t, DEMO, demoText, only));
}

/** Load the rest of the demo and mark the demo installed, in one transaction: an interrupted install is redone. */
export function completeDemo(db: Connector, rest: (d: StudyDataset) => boolean): Promise<void> {
  return db.transaction(async (t) => {
    await loadStudy(t, DEMO, demoText, rest);
    await t.exec(`CREATE OR REPLACE TABLE ${META}`);
    await t.exec(`INSERT INTO workspace_meta VALUES ('demo_version', '${DEMO_VERSION.replace(/'/g, "''")}')`);
  });
}
