import { type Connector, quoteIdent, quoteLiteral } from '../../core/sql';
import type { ResultColumn, ResultTable } from '../types';
import type { CellContext } from './types';

let runs = 0;

/** A prefix no other run shares (runs overlap in the app: the preview reruns on edits). */
export function runPrefix(): string {
  runs = (runs + 1) % 1_000_000;
  return `nb_${Date.now().toString(36)}_${runs}_${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}

/** The temporary table of a named result in this run (quoted). */
export function tempRelation(ctx: CellContext, name: string): string {
  return quoteIdent(`${ctx.prefix}_${name}`);
}

const SQL_TYPE: Record<ResultColumn['type'], string> = {
  number: 'DOUBLE',
  string: 'VARCHAR',
  boolean: 'BOOLEAN',
  other: 'VARCHAR',
};

/** A value as a SQL literal of its column's type (never text pasted unquoted). */
function literal(v: unknown, type: ResultColumn['type']): string {
  if (v === null || v === undefined) return 'NULL';
  // Through text, so the double read back is the one written (a bare 0.1 would be a DECIMAL first).
  if (type === 'number')
    return typeof v === 'number' && Number.isFinite(v) ? `${quoteLiteral(String(v))}::DOUBLE` : 'NULL';
  if (type === 'boolean') return typeof v === 'boolean' ? String(v) : 'NULL';
  return quoteLiteral(typeof v === 'string' ? v : JSON.stringify(v));
}

/** Create a temporary table holding a result's rows (quoted literals, 500 rows a statement). */
export async function createTempFrom(db: Connector, relation: string, r: ResultTable): Promise<void> {
  const cols = r.columns.map((c) => `${quoteIdent(c.name)} ${SQL_TYPE[c.type]}`).join(', ');
  await db.exec(`CREATE TEMP TABLE ${relation} (${cols || '"_" VARCHAR'})`);
  for (let i = 0; i < r.rows.length && r.columns.length; i += 500) {
    const values = r.rows
      .slice(i, i + 500)
      .map((row) => `(${r.columns.map((c) => literal(row[c.name], c.type)).join(', ')})`);
    await db.exec(`INSERT INTO ${relation} VALUES ${values.join(', ')}`);
  }
}

/** The temporary table SQL reads a named result from, made from its rows on first use. */
export async function relationOfResult(ctx: CellContext, name: string): Promise<string | null> {
  const made = ctx.tables.get(name);
  if (made) return made;
  const r = ctx.results.get(name);
  if (!r) return null;
  const relation = tempRelation(ctx, name);
  await createTempFrom(ctx.env.db, relation, r);
  ctx.tables.set(name, relation);
  return relation;
}

/** Drop the run's temporary tables (a failure to drop one does not stop the others). */
export async function dropTemps(db: Connector, tables: Iterable<string>): Promise<void> {
  for (const t of tables) await db.exec(`DROP TABLE IF EXISTS ${t}`).catch(() => undefined);
}
