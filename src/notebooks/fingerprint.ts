import { type Connector, quoteIdent } from '../core/sql';
import type { NotebookEnv } from './env';
import { digestOf } from './digest';
import type { Fingerprint, FrontMatter, NotebookRun } from './types';

/** The text a fingerprint's hash is taken of: the column names in order, comma-joined (app and CLI agree on it). */
export function columnsHash(columns: string[]): string {
  return digestOf(columns.join(','));
}

/** A relation's size and a hash of its column names. */
export async function fingerprintOf(db: Connector, relation: string): Promise<Fingerprint> {
  const described = await db.query<{ column_name: string }>(`DESCRIBE ${relation}`);
  const [{ rows }] = await db.query<{ rows: number }>(`SELECT count(*)::INTEGER AS rows FROM ${relation}`);
  const columns = described.map((d) => d.column_name);
  return { rows: Number(rows), columns: columns.length, hash: columnsHash(columns) };
}

/** For each dataset the front matter names: the fingerprint it was written for and the one this environment has. */
export async function datasetFingerprints(front: FrontMatter, env: NotebookEnv): Promise<NotebookRun['datasets']> {
  const out: NotebookRun['datasets'] = {};
  for (const [name, expected] of Object.entries(front.datasets)) {
    const ds = Object.hasOwn(env.datasets, name) ? env.datasets[name] : undefined;
    out[name] = { expected, actual: ds ? await fingerprintOf(env.db, quoteIdent(ds.table)) : null };
  }
  return out;
}

/** Whether a fingerprint differs from the one a notebook was written for (false when it names none). */
export function isMismatch(f: { expected: Fingerprint | null; actual: Fingerprint | null }): boolean {
  if (!f.expected) return false;
  if (!f.actual) return true;
  return (
    f.expected.rows !== f.actual.rows || f.expected.columns !== f.actual.columns || f.expected.hash !== f.actual.hash
  );
}
