/**
 * What a piece of DuckDB SQL text is, as DuckDB's scanner reads it: a string ('…', E'…' with backslash escapes,
 * $tag$…$tag$), a quoted identifier ("…"), a comment (-- to the line's end, nested block comments), a number, a word, a
 * parameter ($name, $1, ?), a symbol, or space.
 */
export type TokenKind = 'string' | 'quoted' | 'comment' | 'number' | 'word' | 'param' | 'symbol' | 'space';

export interface Token {
  kind: TokenKind;
  /** The token's text as written. */
  text: string;
  /** Offset of its first character in the SQL. */
  start: number;
  /** 1-based line of its first character. */
  line: number;
  /** For a quoted identifier, its name; for a word, its text in lower case. */
  value: string;
}

/** A string, quoted identifier or comment that the text ends inside. */
export interface Unterminated {
  unterminated: TokenKind;
  line: number;
}

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';
const isDigit = (c: string) => c >= '0' && c <= '9';
const isWordStart = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c > '\u007f';
const isWordPart = (c: string) => isWordStart(c) || isDigit(c) || c === '$';
const isNumberPart = (c: string) => isDigit(c) || c === '.' || c === '_' || c === 'e' || c === 'E';

/** Offset just past a quoted run starting at `i` (the opening quote), or -1 if it never closes. */
function closeQuote(sql: string, i: number, q: string, backslash: boolean): number {
  for (let j = i + 1; j < sql.length; j++) {
    if (backslash && sql[j] === '\\') j++;
    else if (sql[j] === q) {
      if (sql[j + 1] !== q) return j + 1;
      j++;
    }
  }
  return -1;
}

/** Offset just past a block comment opened at `i`; block comments nest, as in DuckDB. */
function closeComment(sql: string, i: number): number {
  let depth = 0;
  for (let j = i; j < sql.length - 1; j++) {
    if (sql[j] === '/' && sql[j + 1] === '*') [depth, j] = [depth + 1, j + 1];
    else if (sql[j] === '*' && sql[j + 1] === '/') {
      j++;
      if (--depth === 0) return j + 1;
    }
  }
  return -1;
}

/** The `$tag$` delimiter opening at `i`, if one does. */
function dollarTag(sql: string, i: number): string | null {
  let j = i + 1;
  if (sql[j] !== '$' && !isWordStart(sql[j] ?? '')) return null;
  while (j < sql.length && sql[j] !== '$' && isWordPart(sql[j])) j++;
  return sql[j] === '$' ? sql.slice(i, j + 1) : null;
}

type Scan = { kind: TokenKind; end: number };

function scanQuoted(sql: string, i: number, prev: Token | undefined): Scan {
  const q = sql[i];
  const escapes = q === "'" && prev?.kind === 'word' && prev.start + prev.text.length === i && prev.value === 'e';
  return { kind: q === '"' ? 'quoted' : 'string', end: closeQuote(sql, i, q, escapes) };
}

function scanDollar(sql: string, i: number): Scan {
  const tag = dollarTag(sql, i);
  if (tag) {
    const close = sql.indexOf(tag, i + tag.length);
    return { kind: 'string', end: close < 0 ? -1 : close + tag.length };
  }
  let j = i + 1;
  while (j < sql.length && isWordPart(sql[j]) && sql[j] !== '$') j++;
  return { kind: j > i + 1 ? 'param' : 'symbol', end: j };
}

function scanRun(sql: string, i: number, kind: TokenKind, part: (c: string) => boolean): Scan {
  let j = i + 1;
  while (j < sql.length && part(sql[j])) j++;
  return { kind, end: j };
}

function scanOne(sql: string, i: number, prev: Token | undefined): Scan {
  const c = sql[i];
  const next = sql[i + 1];
  if (isSpace(c)) return scanRun(sql, i, 'space', isSpace);
  if (c === '-' && next === '-') {
    const nl = sql.indexOf('\n', i);
    return { kind: 'comment', end: nl < 0 ? sql.length : nl };
  }
  if (c === '/' && next === '*') return { kind: 'comment', end: closeComment(sql, i) };
  if (c === "'" || c === '"') return scanQuoted(sql, i, prev);
  if (c === '$') return scanDollar(sql, i);
  if (c === '?') return { kind: 'param', end: i + 1 };
  if (isDigit(c) || (c === '.' && isDigit(next ?? ''))) return scanRun(sql, i, 'number', isNumberPart);
  if (isWordStart(c)) return scanRun(sql, i, 'word', isWordPart);
  return { kind: 'symbol', end: i + 1 };
}

function valueOf(kind: TokenKind, text: string): string {
  if (kind === 'word') return text.toLowerCase();
  if (kind === 'quoted') return text.slice(1, -1).replace(/""/g, '"');
  return text;
}

/** Split SQL into tokens covering every character, or say where a string or comment is left open. */
export function tokenize(sql: string): Token[] | Unterminated {
  const tokens: Token[] = [];
  let line = 1;
  for (let i = 0; i < sql.length;) {
    const { kind, end } = scanOne(sql, i, tokens[tokens.length - 1]);
    if (end < 0) return { unterminated: kind, line };
    const text = sql.slice(i, end);
    tokens.push({ kind, text, start: i, line, value: valueOf(kind, text) });
    for (const ch of text) if (ch === '\n') line++;
    i = end;
  }
  return tokens;
}
