import type { ResultTable } from '../types';
import { TRANSFORM_VERBS } from '../options';
import { type Expr, firstValid, parseExpression } from './expr-eval';
import { refuseExpression } from './expression';
import * as F from './frame';
import { resultNamed, resultOf } from './shared';
import { CellFailure, type CellContext, type CellRunner } from './types';

type Verb = (typeof TRANSFORM_VERBS)[number];
type Apply = (t: F.Frame, arg: unknown, ctx: CellContext) => F.Frame;
const bad = (detail: string) => new CellFailure('bad_step', detail);
const names = (arg: unknown): string[] => (Array.isArray(arg) ? arg : [arg]).map(String);
const isMapping = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);

/** Column names the table has (anything else is refused before Arquero sees it). */
function columns(t: F.Frame, arg: unknown): string[] {
  const list = names(arg);
  for (const c of list) if (!t.names.includes(c)) throw bad(`unknown column: ${c}`);
  return list;
}

/** A mapping of output names to expressions, each checked against the whitelist. */
function expressions(t: F.Frame, arg: unknown): Record<string, Expr> {
  if (!isMapping(arg)) throw bad('expected a mapping of names to expressions');
  return Object.fromEntries(Object.entries(arg).map(([k, v]) => [k, expression(t, v)]));
}

function expression(t: F.Frame, v: unknown): Expr {
  const expr = typeof v === 'number' ? String(v) : v;
  if (typeof expr !== 'string') throw new CellFailure('bad_expression', String(JSON.stringify(v)));
  const why = refuseExpression(expr, t.names);
  if (why) throw new CellFailure('bad_expression', `${expr} (${why})`);
  return parseExpression(expr);
}

const JOINS = ['inner', 'left', 'right', 'full'];

function join(t: F.Frame, arg: unknown, ctx: CellContext): F.Frame {
  if (!isMapping(arg) || typeof arg.with !== 'string') throw bad('join needs { with: <result>, on: [columns] }');
  const other = frameOf(resultNamed(arg.with, ctx));
  const on = columns(t, arg.on ?? t.names.filter((c) => other.names.includes(c)));
  columns(other, on);
  const how = String(arg.how ?? 'inner');
  if (!JOINS.includes(how)) throw bad(`join how: ${how}`);
  return F.join(t, other, on, how as F.JoinHow);
}

/** Pivot values: aggregate expressions, or columns (each its first valid value, as Arquero takes it). */
function pivot(t: F.Frame, arg: unknown): F.Frame {
  if (!isMapping(arg)) throw bad('pivot needs { keys, values }');
  const values = isMapping(arg.values)
    ? expressions(t, arg.values)
    : Object.fromEntries(columns(t, arg.values).map((c) => [c, firstValid(c)]));
  return F.pivot(t, columns(t, arg.keys), values);
}

function fold(t: F.Frame, arg: unknown): F.Frame {
  if (!isMapping(arg)) return F.fold(t, columns(t, arg), ['key', 'value']);
  const as = arg.as === undefined ? ['key', 'value'] : names(arg.as);
  if (as.length !== 2) throw bad('fold as: two names (key, value)');
  return F.fold(t, columns(t, arg.columns), as as [string, string]);
}

function orderby(t: F.Frame, arg: unknown): F.Frame {
  const keys = (Array.isArray(arg) ? arg : [arg]).map((k) =>
    isMapping(k) ? { column: columns(t, k.desc)[0], desc: true } : { column: columns(t, k)[0], desc: false },
  );
  return F.orderby(t, keys);
}

function slice(t: F.Frame, arg: unknown): F.Frame {
  const [start, end] = Array.isArray(arg) ? arg.map(Number) : [0, Number(arg)];
  if (![start, end].every(Number.isInteger)) throw bad('slice: a count or [start, end]');
  return F.slice(t, start, end);
}

function rename(t: F.Frame, arg: unknown): F.Frame {
  if (!isMapping(arg)) throw bad('rename needs a mapping of old to new names');
  columns(t, Object.keys(arg));
  return F.rename(t, Object.fromEntries(Object.entries(arg).map(([k, v]) => [k, String(v)])));
}

/** What each verb does with its argument, after checking every column and expression it names. */
const VERBS: Record<Verb, Apply> = {
  derive: (t, arg) => F.derive(t, expressions(t, arg)),
  filter: (t, arg) => F.filter(t, expression(t, arg)),
  groupby: (t, arg) => F.groupby(t, columns(t, arg)),
  rollup: (t, arg) => F.rollup(t, expressions(t, arg)),
  count: (t, arg) =>
    F.rollup(t, { [isMapping(arg) && arg.as ? String(arg.as) : 'count']: parseExpression('op.count()') }),
  pivot,
  fold,
  join,
  select: (t, arg) => F.select(t, columns(t, arg)),
  rename,
  orderby,
  slice,
};

/** A result as a frame (an empty result keeps its columns). */
const frameOf = (r: ResultTable): F.Frame =>
  F.frameOf(
    r.columns.map((c) => c.name),
    r.rows.map((row) => Object.fromEntries(r.columns.map((c) => [c.name, row[c.name] ?? null]))),
  );

/** The frame's rows as a result: NaN and undefined (an aggregate over nothing, a join's missing side) become null. */
function resultFrom(t: F.Frame): ResultTable {
  const clean = (v: unknown) => (v === undefined || (typeof v === 'number' && Number.isNaN(v)) ? null : v);
  const rows = F.rowsOf(t).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, clean(v)])));
  return resultOf(rows, t.names);
}

/**
 * `transform`: Arquero's verbs on a named result, run by the notebook's own interpreter (Arquero compiles
 * expressions with `Function`, which the app's CSP forbids); each step a one-key mapping (`- groupby: [region]`).
 */
export const runTransform: CellRunner = async (cell, ctx) => {
  let t = frameOf(resultNamed(String(cell.options.from ?? ''), ctx));
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
