import type { Row } from '../../core/sql';
import { CellFailure } from './types';

/** A parsed transform expression. Aggregate calls carry an id: their value comes from the group, not the row. */
export type Expr =
  | { k: 'value'; v: unknown }
  | { k: 'col'; name: string }
  | { k: 'call'; fn: string; args: Expr[] }
  | { k: 'agg'; id: number; fn: string; args: Expr[] }
  | { k: 'unary'; op: string; a: Expr }
  | { k: 'binary'; op: string; a: Expr; b: Expr }
  | { k: 'cond'; c: Expr; t: Expr; f: Expr };

type AggNode = Extract<Expr, { k: 'agg' }>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- expressions apply JavaScript to values of any type
type Any = any;
type Fn = (...args: Any[]) => unknown;

const isValid = (v: unknown) => v !== null && v !== undefined && v === v;
const str =
  (f: (s: string, ...a: Any[]) => unknown, none: unknown = undefined): Fn =>
  (v: unknown, ...a: unknown[]) =>
    v === null || v === undefined ? (none === undefined ? v : none) : f(String(v), ...a);

/** Row functions, as Arquero defines them (`op.round` takes one argument there too). */
const ROW_OPS: Record<string, Fn> = {
  is_nan: (v) => Number.isNaN(v),
  is_finite: (v) => Number.isFinite(v),
  abs: Math.abs,
  ceil: Math.ceil,
  floor: Math.floor,
  round: (v) => Math.round(v),
  sign: Math.sign,
  sqrt: Math.sqrt,
  trunc: Math.trunc,
  exp: Math.exp,
  log: Math.log,
  log10: Math.log10,
  log2: Math.log2,
  pow: Math.pow,
  greatest: Math.max,
  least: Math.min,
  parse_float: (v) => (v === null || v === undefined ? v : Number.parseFloat(v)),
  parse_int: (v, radix) => (v === null || v === undefined ? v : Number.parseInt(v, radix)),
  lower: str((s) => s.toLowerCase()),
  upper: str((s) => s.toUpperCase()),
  trim: str((s) => s.trim()),
  substring: str((s, a, b) => s.substring(a, b)),
  padstart: str((s, n, fill) => s.padStart(n, fill)),
  padend: str((s, n, fill) => s.padEnd(n, fill)),
  startswith: str((s, x, at) => s.startsWith(x, at), false),
  endswith: str((s, x, at) => s.endsWith(x, at), false),
};

/** Arquero's key of a value for distinct counts, groups and joins (a string and a number never share one). */
export const keyOf = (v: unknown): unknown => (typeof v === 'string' ? `"${v}"` : v);

const ascending = (a: Any, b: Any) => (a < b ? -1 : a > b ? 1 : a >= b ? 0 : NaN);

function quantile(values: unknown[], p: number): unknown {
  const sorted = [...values].sort(ascending).map((v) => +(v as number));
  const n = sorted.length;
  if (!n) return undefined;
  if ((p = +p) <= 0 || n < 2) return sorted[0];
  if (p >= 1) return sorted[n - 1];
  const i = (n - 1) * p;
  const i0 = Math.floor(i);
  return sorted[i0] + (sorted[i0 + 1] - sorted[i0]) * (i - i0);
}

/** Welford's running mean and deviation, in Arquero's order of updates (its results to the last bit). */
function moments(values: number[]): { mean: number; dev: number } {
  let mean = 0;
  let dev = 0;
  values.forEach((v, i) => {
    const d = v - mean;
    mean += d / (i + 1);
    dev += d * (v - mean);
  });
  return { mean, dev };
}

function distinct(values: unknown[]): Map<unknown, { v: unknown; n: number }> {
  const map = new Map<unknown, { v: unknown; n: number }>();
  for (const v of values) {
    const e = map.get(keyOf(v));
    if (e) e.n++;
    else map.set(keyOf(v), { v, n: 1 });
  }
  return map;
}

type Aggregate = (valid: Any[], count: number, p: number) => unknown;
const some =
  (f: (valid: number[]) => unknown, min = 1): Aggregate =>
  (valid) =>
    valid.length >= min ? f(valid) : undefined;

/** Aggregates over the valid values of a group (not null, not NaN), as Arquero computes them. */
const AGGREGATES: Record<string, Aggregate> = {
  count: (_, count) => count,
  valid: (valid) => valid.length,
  invalid: (valid, count) => count - valid.length,
  any: some((v) => v[0]),
  distinct: (valid, count) => distinct(valid).size + (valid.length === count ? 0 : 1),
  mode: (valid) => {
    let best: { v: unknown; n: number } = { v: undefined, n: 0 };
    for (const e of distinct(valid).values()) if (e.n > best.n) best = e;
    return best.v;
  },
  sum: some((v) => v.reduce((s, x) => s + +x, 0)),
  product: some((v) => v.reduce((s, x) => s * x, 1)),
  mean: some((v) => moments(v).mean),
  average: some((v) => moments(v).mean),
  variance: some((v) => moments(v).dev / (v.length - 1), 2),
  variancep: some((v) => moments(v).dev / v.length, 2),
  stdev: some((v) => Math.sqrt(moments(v).dev / (v.length - 1)), 2),
  stdevp: some((v) => Math.sqrt(moments(v).dev / v.length), 2),
  min: some((v) => v.reduce((m, x) => (x < m ? x : m))),
  max: some((v) => v.reduce((m, x) => (x > m ? x : m))),
  quantile: (valid, _, p) => quantile(valid, p),
  median: (valid) => quantile(valid, 0.5),
};

/** The `op.` functions a transform expression may call (the interpreter implements exactly these). */
export const OP_NAMES = [...Object.keys(AGGREGATES), ...Object.keys(ROW_OPS)];

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|'([^'\\\n]*)'|"([^"\\\n]*)"|d\.([A-Za-z_][A-Za-z0-9_]*)|op\.([a-z_][a-z0-9_]*)|(true|false|null)\b|(===|!==|\*\*|==|!=|<=|>=|&&|\|\||\?\?|[-+*/%<>!?:,()]))/y;

type Token = { kind: 'value'; v: unknown } | { kind: 'col' | 'op' | 'sym'; s: string };
const LITERAL: Record<string, unknown> = { true: true, false: false, null: null };

function tokens(expr: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < expr.length && !/^\s*$/.test(expr.slice(TOKEN.lastIndex))) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(expr);
    if (!m) throw new CellFailure('bad_expression', `${expr} (not allowed at ${at + 1})`);
    if (m[1] !== undefined) out.push({ kind: 'value', v: Number(m[1]) });
    else if (m[2] !== undefined || m[3] !== undefined) out.push({ kind: 'value', v: m[2] ?? m[3] });
    else if (m[4]) out.push({ kind: 'col', s: m[4] });
    else if (m[5]) out.push({ kind: 'op', s: m[5] });
    else if (m[6]) out.push({ kind: 'value', v: LITERAL[m[6]] });
    else out.push({ kind: 'sym', s: m[7] });
  }
  return out;
}

const LEVELS = [['||', '??'], ['&&'], ['===', '!==', '==', '!='], ['<=', '>=', '<', '>'], ['+', '-'], ['*', '/', '%']];

/** Parses an expression (already through the whitelist) by recursive descent, with JavaScript's precedence. */
export function parseExpression(expr: string): Expr {
  const toks = tokens(expr);
  let i = 0;
  let aggs = 0;
  let inAgg = false;
  const fail = (why: string): never => {
    throw new CellFailure('bad_expression', `${expr} (${why})`);
  };
  const peek = (s: string) => toks[i]?.kind === 'sym' && (toks[i] as { s: string }).s === s;
  const expect = (s: string) => (peek(s) ? i++ : fail(`expected ${s}`));

  const cond = (): Expr => {
    const c = binary(0);
    if (!peek('?')) return c;
    i++;
    const t = cond();
    expect(':');
    return { k: 'cond', c, t, f: cond() };
  };
  const binary = (level: number): Expr => {
    if (level === LEVELS.length) return power();
    let a = binary(level + 1);
    while (LEVELS[level].some(peek)) {
      const op = (toks[i++] as { s: string }).s;
      a = { k: 'binary', op, a, b: binary(level + 1) };
    }
    return a;
  };
  const power = (): Expr => {
    const signed = peek('!') || peek('-') || peek('+');
    const a = unary();
    if (!peek('**')) return a;
    if (signed) fail('a unary operand of ** needs parentheses, as in JavaScript');
    i++;
    return { k: 'binary', op: '**', a, b: power() };
  };
  const unary = (): Expr => {
    if (peek('!') || peek('-') || peek('+')) {
      const op = (toks[i++] as { s: string }).s;
      return { k: 'unary', op, a: unary() };
    }
    return primary();
  };
  const call = (fn: string): Expr => {
    expect('(');
    const agg = Object.hasOwn(AGGREGATES, fn);
    if (agg && inAgg) fail(`an aggregate inside an aggregate: op.${fn}`);
    if (!agg && !Object.hasOwn(ROW_OPS, fn)) fail(`function not allowed: op.${fn}`);
    inAgg = inAgg || agg;
    const args: Expr[] = [];
    while (!peek(')')) {
      if (args.length) expect(',');
      args.push(cond());
    }
    i++;
    if (!agg) return { k: 'call', fn, args };
    inAgg = false;
    return { k: 'agg', id: aggs++, fn, args };
  };
  const primary = (): Expr => {
    const t = toks[i++];
    if (!t) return fail('incomplete');
    if (t.kind === 'value') return { k: 'value', v: t.v };
    if (t.kind === 'col') return { k: 'col', name: t.s };
    if (t.kind === 'op') return call(t.s);
    if (t.s !== '(') return fail(`unexpected ${t.s}`);
    const e = cond();
    expect(')');
    return e;
  };

  const e = cond();
  if (i < toks.length) fail('unexpected text after the expression');
  return e;
}

/** `op.any(d.<column>)` for any column name, even one that is no identifier (`2025` after a pivot). */
export const firstValid = (column: string): Expr => ({
  k: 'agg',
  id: 0,
  fn: 'any',
  args: [{ k: 'col', name: column }],
});

/** The aggregate calls of an expression, by id. */
export function aggregatesOf(e: Expr, out: AggNode[] = []): AggNode[] {
  if (e.k === 'agg') out[e.id] = e;
  else if (e.k === 'call') e.args.forEach((a) => aggregatesOf(a, out));
  else if (e.k === 'unary') aggregatesOf(e.a, out);
  else if (e.k === 'binary') [e.a, e.b].forEach((a) => aggregatesOf(a, out));
  else if (e.k === 'cond') [e.c, e.t, e.f].forEach((a) => aggregatesOf(a, out));
  return out;
}

/**
 * An aggregate over a group's rows. `match` (pivot) turns the other rows' values into NaN, so they count as rows
 * but not as values, and makes `count()` a sum of the matching rows, as Arquero's pivot does.
 */
export function aggregate(node: AggNode, rows: Row[], match?: (i: number) => boolean): unknown {
  const [arg, p] = node.args;
  if (node.fn === 'count' && match) return rows.filter((_, i) => match(i)).length || undefined;
  const values = arg ? rows.map((r, i) => (match && !match(i) ? NaN : evaluate(arg, r, []))) : rows;
  const param = p ? Number(evaluate(p, undefined, [])) : 0;
  return AGGREGATES[node.fn](values.filter(isValid), rows.length, param);
}

/** JavaScript's own operators, as Arquero applies them. */
const BINARY: Record<string, (a: Any, b: Any) => unknown> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
  '%': (a, b) => a % b,
  '**': (a, b) => a ** b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
  '==': (a, b) => a == b,
  '!=': (a, b) => a != b,
  '===': (a, b) => a === b,
  '!==': (a, b) => a !== b,
};
const UNARY: Record<string, (a: Any) => unknown> = { '!': (a) => !a, '-': (a) => -a, '+': (a) => +a };

/** An expression's value for a row (undefined in a rollup, where only aggregates may read columns). */
export function evaluate(e: Expr, row: Row | undefined, aggs: unknown[]): unknown {
  switch (e.k) {
    case 'value':
      return e.v;
    case 'col':
      if (!row) throw new CellFailure('bad_expression', `d.${e.name} outside an aggregate`);
      return row[e.name];
    case 'agg':
      return aggs[e.id];
    case 'call':
      return ROW_OPS[e.fn](...e.args.map((a) => evaluate(a, row, aggs)));
    case 'unary':
      return UNARY[e.op](evaluate(e.a, row, aggs));
    case 'cond':
      return evaluate(e.c, row, aggs) ? evaluate(e.t, row, aggs) : evaluate(e.f, row, aggs);
    case 'binary': {
      const a = evaluate(e.a, row, aggs);
      if (e.op === '&&') return a && evaluate(e.b, row, aggs);
      if (e.op === '||') return a || evaluate(e.b, row, aggs);
      if (e.op === '??') return a ?? evaluate(e.b, row, aggs);
      return BINARY[e.op](a, evaluate(e.b, row, aggs));
    }
  }
}
