import { type ColumnTable, desc, table as columnTable } from 'arquero';
import type { Row } from '../../core/sql';
import { TRANSFORM_VERBS } from '../options';
import type { ResultTable } from '../types';
import { refuseExpression } from './expression';
import { resultNamed, resultOf } from './shared';
import { CellFailure, type CellContext, type CellRunner } from './types';

type Verb = (typeof TRANSFORM_VERBS)[number];
type Apply = (t: ColumnTable, arg: unknown, ctx: CellContext) => ColumnTable;

const bad = (detail: string) => new CellFailure('bad_step', detail);
const names = (arg: unknown): string[] => (Array.isArray(arg) ? arg : [arg]).map(String);
const isMapping = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);

/** Column names the table has (anything else is refused before Arquero sees it). */
function columns(t: ColumnTable, arg: unknown): string[] {
  const list = names(arg);
  for (const c of list) if (!t.columnNames().includes(c)) throw bad(`unknown column: ${c}`);
  return list;
}

/** A mapping of output names to expressions, each checked against the whitelist. */
function expressions(t: ColumnTable, arg: unknown): Record<string, string> {
  if (!isMapping(arg)) throw bad('expected a mapping of names to expressions');
  return Object.fromEntries(Object.entries(arg).map(([k, v]) => [k, expression(t, v)]));
}

function expression(t: ColumnTable, v: unknown): string {
  const expr = typeof v === 'number' ? String(v) : v;
  if (typeof expr !== 'string') throw new CellFailure('bad_expression', String(JSON.stringify(v)));
  const why = refuseExpression(expr, t.columnNames());
  if (why) throw new CellFailure('bad_expression', `${expr} (${why})`);
  return expr;
}

const JOINS: Record<string, { left: boolean; right: boolean }> = {
  inner: { left: false, right: false },
  left: { left: true, right: false },
  right: { left: false, right: true },
  full: { left: true, right: true },
};

function join(t: ColumnTable, arg: unknown, ctx: CellContext): ColumnTable {
  if (!isMapping(arg) || typeof arg.with !== 'string') throw bad('join needs { with: <result>, on: [columns] }');
  const other = tableOf(resultNamed(arg.with, ctx));
  const on = columns(t, arg.on ?? t.columnNames().filter((c) => other.columnNames().includes(c)));
  columns(other, on);
  const how = JOINS[String(arg.how ?? 'inner')];
  if (!how) throw bad(`join how: ${String(arg.how)}`);
  return t.join(other, [on, on], undefined, how);
}

function pivot(t: ColumnTable, arg: unknown): ColumnTable {
  if (!isMapping(arg)) throw bad('pivot needs { keys, values }');
  const values = isMapping(arg.values) ? expressions(t, arg.values) : columns(t, arg.values);
  return t.pivot(columns(t, arg.keys), values);
}

function fold(t: ColumnTable, arg: unknown): ColumnTable {
  if (!isMapping(arg)) return t.fold(columns(t, arg));
  const as = arg.as === undefined ? undefined : names(arg.as);
  if (as && as.length !== 2) throw bad('fold as: two names (key, value)');
  return t.fold(columns(t, arg.columns), as ? { as } : undefined);
}

function orderby(t: ColumnTable, arg: unknown): ColumnTable {
  const keys = (Array.isArray(arg) ? arg : [arg]).map((k) =>
    isMapping(k) ? desc(columns(t, k.desc)[0]) : columns(t, k)[0],
  );
  return t.orderby(...keys);
}

function slice(t: ColumnTable, arg: unknown): ColumnTable {
  const [start, end] = Array.isArray(arg) ? arg.map(Number) : [0, Number(arg)];
  if (![start, end].every(Number.isInteger)) throw bad('slice: a count or [start, end]');
  return t.slice(start, end);
}

function rename(t: ColumnTable, arg: unknown): ColumnTable {
  if (!isMapping(arg)) throw bad('rename needs a mapping of old to new names');
  columns(t, Object.keys(arg));
  return t.rename(Object.fromEntries(Object.entries(arg).map(([k, v]) => [k, String(v)])));
}

/** What each verb does with its argument, after checking every column and expression it names. */
const VERBS: Record<Verb, Apply> = {
  derive: (t, arg) => t.derive(expressions(t, arg)),
  filter: (t, arg) => t.filter(expression(t, arg)),
  groupby: (t, arg) => t.groupby(...columns(t, arg)),
  rollup: (t, arg) => t.rollup(expressions(t, arg)),
  count: (t, arg) => t.count(isMapping(arg) && arg.as ? { as: String(arg.as) } : undefined),
  pivot,
  fold,
  join,
  select: (t, arg) => t.select(...columns(t, arg)),
  rename,
  orderby,
  slice,
};

/** A result as an Arquero table (an empty result keeps its columns). */
export function tableOf(r: ResultTable): ColumnTable {
  return columnTable(Object.fromEntries(r.columns.map((c) => [c.name, r.rows.map((row) => row[c.name] ?? null)])));
}

/** Arquero's rows as a result: NaN and undefined (an aggregate over nothing) become null. */
function resultFrom(t: ColumnTable): ResultTable {
  const clean = (v: unknown) => (v === undefined || (typeof v === 'number' && Number.isNaN(v)) ? null : v);
  const rows = (t.objects() as Row[]).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, clean(v)])));
  return resultOf(rows, t.columnNames());
}

/** `transform`: Arquero verbs on a named result, each step a one-key mapping (`- groupby: [region]`). */
export const runTransform: CellRunner = async (cell, ctx) => {
  let t = tableOf(resultNamed(String(cell.options.from ?? ''), ctx));
  const steps = Array.isArray(cell.options.steps) ? cell.options.steps : [];
  for (const step of steps) {
    const [verb, ...more] = isMapping(step) ? Object.keys(step) : [];
    if (!verb || more.length) throw bad(`a step is one "verb: arguments" pair: ${JSON.stringify(step)}`);
    if (!(TRANSFORM_VERBS as readonly string[]).includes(verb)) throw new CellFailure('unknown_verb', verb);
    try {
      t = VERBS[verb as Verb](t, (step as Record<string, unknown>)[verb], ctx);
    } catch (e) {
      if (e instanceof CellFailure) throw e;
      throw bad(`${verb}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return { table: resultFrom(t) };
};
