import { OP_NAMES } from './expr-eval';

/**
 * The `op.` functions a transform expression may call: the aggregates and the pure math/string helpers the
 * notebook's interpreter implements (no window functions; no `random`: a notebook reruns to the same numbers).
 */
export const ALLOWED_OPS = new Set(OP_NAMES);

const OPERATORS = ['===', '!==', '**', '==', '!=', '<=', '>=', '&&', '||', '??', '+', '-', '*', '/', '%', '<', '>'];
const PUNCT = ['!', '?', ':', ',', '(', ')'];
const LITERALS = new Set(['true', 'false', 'null']);
/** Names an object has by inheritance: never read as a column, whatever a result's columns are called. */
const INHERITED = new Set(['constructor', 'prototype', '__proto__', '__defineGetter__', '__lookupGetter__']);
const TOKEN =
  /\s+|(?<num>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(?<str>'[^'\\\n]*'|"[^"\\\n]*")|(?<col>\bd\.[A-Za-z_][A-Za-z0-9_]*)|(?<op>\bop\.[a-z_][a-z0-9_]*)|(?<word>[A-Za-z_$][A-Za-z0-9_$]*)/y;

/**
 * Why a transform expression is refused, or null when it may be evaluated: only `d.<column>` of the
 * table's columns, calls of allowed `op.` functions, numbers, plain strings, `true`/`false`/`null`, arithmetic,
 * comparison and logical operators, the conditional and parentheses. Anything else (a function, `[`, a global,
 * a member of a value, a template) never reaches the interpreter.
 */
export function refuseExpression(expr: string, columns: readonly string[]): string | null {
  const names = new Set(columns);
  let at = 0;
  let prev: 'col' | 'op' | 'other' = 'other';
  while (at < expr.length) {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(expr);
    if (m) {
      const g = m.groups ?? {};
      if (g.col && (!names.has(g.col.slice(2)) || INHERITED.has(g.col.slice(2)))) return `unknown column: ${g.col}`;
      if (g.op && !ALLOWED_OPS.has(g.op.slice(3))) return `function not allowed: ${g.op}`;
      if (g.word && !LITERALS.has(g.word)) return `not allowed: ${g.word}`;
      if (prev === 'op' && !/^\s*$/.test(m[0]) && m[0] !== '(') return `${expr.slice(0, at)}: a call needs (`;
      if (!/^\s+$/.test(m[0])) prev = g.col ? 'col' : g.op ? 'op' : 'other';
      at += m[0].length;
      continue;
    }
    const sym = [...OPERATORS, ...PUNCT].find((s) => expr.startsWith(s, at));
    if (!sym || (sym === '(' && prev === 'col')) return `not allowed at ${at + 1}: ${expr.slice(at, at + 12)}`;
    if (prev === 'op' && sym !== '(') return `not allowed at ${at + 1}: a function is only called`;
    prev = 'other';
    at += sym.length;
  }
  if (prev === 'op') return 'a function is only called';
  return balanced(expr) ? null : 'unbalanced parentheses';
}

function balanced(expr: string): boolean {
  let depth = 0;
  for (const ch of expr.replace(/'[^']*'|"[^"]*"/g, '')) {
    depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}
