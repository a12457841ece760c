import { quoteIdent } from '../../core/sql';
import { guardSql } from '../sql-guard';
import type { Cell, ResultColumn } from '../types';
import { relationOfResult, tempRelation } from './temp';
import { CellFailure, type CellContext, type CellRunner } from './types';

/**
 * The relations a cell's SQL may name: every dataset, and each earlier named result the text mentions (held in a
 * temporary table of this run, made on first use).
 */
async function relationsFor(cell: Cell, ctx: CellContext): Promise<Record<string, string>> {
  const relations: Record<string, string> = {};
  for (const [name, ds] of Object.entries(ctx.env.datasets)) relations[name] = quoteIdent(ds.table);
  const words = new Set(cell.source.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []);
  for (const name of ctx.results.keys()) {
    if (!words.has(name)) continue;
    const relation = await relationOfResult(ctx, name);
    if (relation) relations[name] = relation;
  }
  return relations;
}

/**
 * `sql`: one read-only DuckDB query over the notebook's datasets and earlier results, its `$params` bound as values.
 * The result lands in a temporary table of the run (made by the guarded query, its values bound; later SQL reads a
 * named cell's from there), whose description gives the columns' types even when no row comes back.
 */
export const runSql: CellRunner = async (cell, ctx) => {
  const guarded = guardSql(cell.source, { relations: await relationsFor(cell, ctx), params: ctx.params });
  if ('refused' in guarded) throw new CellFailure(guarded.refused, guarded.detail, cell.bodyLine + guarded.line - 1);
  const { db } = ctx.env;
  const key = cell.named ? cell.id : `#${cell.id}`;
  const relation = tempRelation(ctx, key);
  await db.query(`CREATE TEMP TABLE ${relation} AS ${guarded.sql}`, guarded.values).catch((e: unknown) => {
    throw engineFailure(e, guarded.sql, cell);
  });
  ctx.tables.set(key, relation);
  const described = await db.query<{ column_name: string; column_type: string }>(`DESCRIBE ${relation}`);
  const columns = described.map((d) => ({ name: d.column_name, type: typeOfSql(d.column_type) }));
  return { table: { columns, rows: await db.query(`SELECT * FROM ${relation}`) } };
};

/** Where the guard puts the cell's text in the query it runs (after its CTEs, inside `SELECT * FROM (`). */
const BODY_START = 'SELECT * FROM (\n';

/**
 * DuckDB's error with the line in the file it points at (`LINE n:` counts lines of the query run, whose first lines
 * are the guard's), and without the query text.
 */
export function engineFailure(e: unknown, sql: string, cell: Cell): CellFailure {
  const message = (e instanceof Error ? e.message : String(e)).split('\nSQL Query:')[0];
  const [detail] = message.split(/\n\s*LINE \d+:/);
  const at = Number(/\bLINE (\d+):/.exec(message)?.[1]);
  const start = sql.indexOf(BODY_START);
  const before = start < 0 ? NaN : sql.slice(0, start + BODY_START.length).split('\n').length - 1;
  const line = at > before ? cell.bodyLine + at - before - 1 : null;
  return new CellFailure('cell_failed', detail.trim(), line);
}

/** How a column of a DuckDB type is printed. */
export function typeOfSql(type: string): ResultColumn['type'] {
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|U\w*INT|FLOAT|DOUBLE|REAL|DECIMAL)/.test(type)) return 'number';
  if (type === 'BOOLEAN') return 'boolean';
  return type === 'VARCHAR' ? 'string' : 'other';
}
