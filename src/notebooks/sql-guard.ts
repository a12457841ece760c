import { type SqlValue, quoteIdent } from '../core/sql';
import { type Token, tokenize } from './sql-tokens';

/** Why a notebook `sql` cell's text was not run. */
export type SqlRefusalCode =
  | 'unterminated'
  | 'multiple_statements'
  | 'not_a_query'
  | 'unbalanced'
  | 'forbidden_statement'
  | 'forbidden_function'
  | 'file_reference'
  | 'positional_param'
  | 'unknown_param'
  | 'unknown_table';

/** A cell's SQL ready to run: its notebook names bound to relations, its parameters as `$1…$n` with their values. */
export interface GuardedSql {
  sql: string;
  values: SqlValue[];
}

/** A cell's SQL refused, with the 1-based line inside the cell where the problem is. */
export interface SqlRefusal {
  refused: SqlRefusalCode;
  detail: string;
  line: number;
}

export interface GuardOptions {
  /** Notebook name → the SQL relation it stands for (e.g. `population` → `"main"."population"`). */
  relations: Record<string, string>;
  /** Parameter name → value, referred to in the SQL as `$name`. */
  params: Record<string, SqlValue>;
}

const QUERY_STARTS = new Set(['select', 'with', 'from', 'values', 'table']);

/**
 * Words that begin statements which write, change settings or reach outside the database. They are refused anywhere
 * outside strings and quoted identifiers (a column named `load` is written `"load"`). DESCRIBE, SHOW and SUMMARIZE
 * only read, so they may stand in a subquery (`FROM (SUMMARIZE population)`), though not start the cell.
 */
const STATEMENTS = new Set(
  (
    'copy attach detach install load export import pragma set reset call create drop insert update delete merge ' +
    'alter truncate vacuum analyze checkpoint use begin commit rollback abort prepare execute deallocate grant revoke'
  ).split(' '),
);

/** Functions that read files, the network, settings or secrets, run SQL text, or write tables. */
const FUNCTIONS = new Set(
  (
    'glob query query_table getenv current_setting getvariable sniff_csv json_execute_serialized_sql delta_scan ' +
    'dbgen dsdgen checkpoint force_checkpoint from_substrait from_substrait_json get_substrait get_substrait_json ' +
    'which_secret load_aws_credentials arrow_scan arrow_scan_dumb start_ui start_ui_server stop_ui_server'
  ).split(' '),
);
const FUNCTION_PREFIXES = (
  'read_ parquet_ iceberg_ sqlite_ postgres_ mysql_ http duckdb_ pragma_ tpch tpcds ' +
  'ducklake_ delta_ st_read azure_'
).split(' ');

/** Table functions that generate rows from their arguments alone: the only ones a FROM clause may call. */
const TABLE_FUNCTIONS = new Set(['range', 'generate_series', 'unnest', 'json_each', 'json_tree', 'repeat_row']);

/** Words after which a table (or file, or table function) is named. */
const TABLE_WORDS = new Set(['from', 'join', 'table', 'lateral']);
/** Statements that name a table right after their first word (in a subquery: `FROM (SUMMARIZE population)`). */
const TABLE_STATEMENTS = new Set(['pivot', 'unpivot', 'describe', 'summarize', 'show']);
/** Functions whose arguments use FROM as a separator (`extract(year FROM d)`), not to name a table. */
const FROM_CALLS = new Set(['extract', 'trim', 'substring', 'overlay']);
/** Words that end a FROM clause. */
const CLAUSE_ENDS = new Set(
  'where group having qualify window order limit offset union except intersect select values returning'.split(' '),
);

const refuse = (refused: SqlRefusalCode, detail: string, line: number): SqlRefusal => ({ refused, detail, line });
const isSymbol = (t: Token | undefined, s: string) => t?.kind === 'symbol' && t.text === s;
const isName = (t: Token | undefined) => t?.kind === 'word' || t?.kind === 'quoted';

function forbiddenFunction(name: string): boolean {
  const n = name.toLowerCase();
  return FUNCTIONS.has(n) || FUNCTION_PREFIXES.some((p) => n.startsWith(p));
}

/** One query: no `;` but a last one, balanced parentheses, and a first word that begins a query. */
function checkShape(code: Token[]): SqlRefusal | null {
  if (!code.length) return refuse('not_a_query', 'the cell has no SQL', 1);
  const semi = code.find((t) => isSymbol(t, ';'));
  if (semi) return refuse('multiple_statements', 'only one query may stand in a cell (a ";" ends it)', semi.line);
  let depth = 0;
  for (const t of code) {
    depth += isSymbol(t, '(') ? 1 : isSymbol(t, ')') ? -1 : 0;
    if (depth < 0) return refuse('unbalanced', 'a ")" closes no "("', t.line);
  }
  if (depth > 0) return refuse('unbalanced', 'a "(" is never closed', code[code.length - 1].line);
  const first = code.find((t) => !isSymbol(t, '('))!;
  if (first.kind === 'word' && QUERY_STARTS.has(first.value)) return null;
  if (first.kind === 'word' && STATEMENTS.has(first.value))
    return refuse('forbidden_statement', `${first.text} is not allowed in a notebook`, first.line);
  return refuse('not_a_query', 'a cell holds one query: SELECT, WITH, FROM, VALUES or TABLE', first.line);
}

/** No statement words and no forbidden function calls, anywhere. */
function checkWords(code: Token[]): SqlRefusal | null {
  for (const [i, t] of code.entries()) {
    if (t.kind === 'word' && STATEMENTS.has(t.value))
      return refuse(
        'forbidden_statement',
        `${t.text} is not allowed in a notebook (write "${t.text}" for a name)`,
        t.line,
      );
    if (isName(t) && isSymbol(code[i + 1], '(') && forbiddenFunction(t.value))
      return refuse('forbidden_function', `${t.value}() is not allowed in a notebook`, t.line);
  }
  return null;
}

type Clause = 'other' | 'from' | 'on' | 'call';

/** Whether a token at `i`, inside a FROM clause, stands where a table is named. */
const atTableStart = (code: Token[], i: number) => {
  const prev = code[i - 1];
  const statement = TABLE_STATEMENTS.has(prev?.value ?? '') && (i < 2 || isSymbol(code[i - 2], '('));
  const word = prev?.kind === 'word' && (TABLE_WORDS.has(prev.value) || statement);
  return isSymbol(prev, ',') || isSymbol(prev, '(') || word;
};

/** Whether the token at `i` is the FROM of `IS [NOT] DISTINCT FROM`, a comparison. */
const isDistinctFrom = (code: Token[], i: number) => {
  const word = (k: number, ...w: string[]) => code[k]?.kind === 'word' && w.includes(code[k].value);
  return word(i, 'from') && word(i - 1, 'distinct') && word(i - 2, 'is', 'not');
};

/** The first token of the (sub)query a token at `i` stands in. */
function levelStart(code: Token[], i: number): Token | undefined {
  let depth = 0;
  for (let k = i - 1; k >= 0; k--) {
    depth += isSymbol(code[k], ')') ? 1 : isSymbol(code[k], '(') ? -1 : 0;
    if (depth < 0) return code[k + 1];
  }
  return code[0];
}

/** What a token does to the clause it is in; null when it does not change it. */
function nextClause(t: Token, code: Token[], i: number, clause: Clause): Clause | null {
  const prev = code[i - 1];
  if (clause === 'call' || isDistinctFrom(code, i)) return null;
  if (t.kind === 'word' && TABLE_WORDS.has(t.value)) return 'from';
  if (t.kind === 'word' && TABLE_STATEMENTS.has(t.value) && (!prev || isSymbol(prev, '('))) return 'from';
  if (t.kind === 'word' && (t.value === 'on' || t.value === 'using') && clause === 'from') {
    return ['pivot', 'unpivot'].includes(levelStart(code, i)?.value ?? '') ? 'other' : 'on';
  }
  if (t.kind === 'word' && CLAUSE_ENDS.has(t.value)) return 'other';
  if (isSymbol(t, ',') && clause === 'on') return 'from';
  return null;
}

/** What a token names inside a FROM clause: tables, and generated rows; never a file or a table function that reads. */
function checkTableRef(code: Token[], i: number, known: Set<string>): SqlRefusal | null {
  const t = code[i];
  if (t.kind === 'string' || t.kind === 'param')
    return refuse('file_reference', `a string cannot name a table: ${t.text}`, t.line);
  if (t.kind === 'quoted' && [...'./\\:'].some((c) => t.value.includes(c)))
    return refuse('file_reference', `a table name cannot be a path: ${t.text}`, t.line);
  if (isSymbol(t, '.') && isName(code[i - 1]))
    return refuse('file_reference', `use a notebook name, not a dotted one: ${code[i - 1].text}.…`, t.line);
  if (isName(t) && isSymbol(code[i + 1], '(') && atTableStart(code, i) && !TABLE_FUNCTIONS.has(t.value.toLowerCase()))
    return refuse('forbidden_function', `${t.value}() cannot be read from in a notebook`, t.line);
  if (isName(t) && !isSymbol(code[i + 1], '(') && !isSymbol(code[i + 1], '.') && atTableStart(code, i)) {
    if (!known.has(t.value.toLowerCase()))
      return refuse('unknown_table', `${t.text} is not a dataset or result of this notebook`, t.line);
  }
  return null;
}

/** The index after a parenthesised list starting at `i` (`name(a, b) AS (`), or `i` when there is none. */
function skipList(code: Token[], i: number): number {
  if (!isSymbol(code[i], '(')) return i;
  let depth = 0;
  for (let k = i; k < code.length; k++) {
    depth += isSymbol(code[k], '(') ? 1 : isSymbol(code[k], ')') ? -1 : 0;
    if (depth === 0) return k + 1;
  }
  return code.length;
}

/** Names the query itself declares as common table expressions (`name AS (`, `name(a, b) AS (`). */
function cteNames(code: Token[]): string[] {
  const out: string[] = [];
  for (const [i, t] of code.entries()) {
    if (!isName(t)) continue;
    let k = skipList(code, i + 1);
    if (code[k]?.kind !== 'word' || code[k].value !== 'as') continue;
    k++;
    while (code[k]?.kind === 'word' && (code[k].value === 'not' || code[k].value === 'materialized')) k++;
    if (isSymbol(code[k], '(')) out.push(t.value.toLowerCase());
  }
  return out;
}

/** The clause a parenthesis opens: a table reference goes on inside `FROM (`, and `extract(` takes FROM as a word. */
function openClause(code: Token[], i: number, clause: Clause): Clause {
  if (clause === 'from' && atTableStart(code, i)) return 'from';
  return code[i - 1]?.kind === 'word' && FROM_CALLS.has(code[i - 1].value) ? 'call' : 'other';
}

/** Tables named by FROM, JOIN and the like, tracked per parenthesis depth. */
function checkTables(code: Token[], relations: string[]): SqlRefusal | null {
  const known = new Set([...relations.map((r) => r.toLowerCase()), ...cteNames(code)]);
  const stack: Clause[] = ['other'];
  for (const [i, t] of code.entries()) {
    const clause = stack[stack.length - 1];
    if (isSymbol(t, '(')) stack.push(openClause(code, i, clause));
    else if (isSymbol(t, ')')) stack.pop();
    const next = nextClause(t, code, i, clause);
    if (next) stack[stack.length - 1] = next;
    else if (clause === 'from' && !isSymbol(t, '(') && !isSymbol(t, ')')) {
      const problem = checkTableRef(code, i, known);
      if (problem) return problem;
    }
  }
  return null;
}

/** Only named parameters that the notebook defines. */
function checkParams(code: Token[], params: Record<string, SqlValue>): SqlRefusal | null {
  for (const t of code.filter((x) => x.kind === 'param')) {
    if (t.text === '?' || (t.text[1] >= '0' && t.text[1] <= '9'))
      return refuse('positional_param', `use a named parameter ($wave), not ${t.text}`, t.line);
    if (!Object.hasOwn(params, t.text.slice(1)))
      return refuse('unknown_param', `the notebook has no parameter ${t.text}`, t.line);
  }
  return null;
}

/** The user's text with `$name` as `$1…$n`, inside CTEs that bind the notebook names. */
function wrap(tokens: Token[], drop: Token | undefined, opts: GuardOptions): GuardedSql {
  const numbers = new Map<string, number>();
  const body = tokens
    .filter((t) => t !== drop)
    .map((t) => {
      if (t.kind !== 'param') return t.text;
      const name = t.text.slice(1);
      if (!numbers.has(name)) numbers.set(name, numbers.size + 1);
      return '$' + numbers.get(name);
    })
    .join('');
  const ctes = Object.entries(opts.relations).map(([name, rel]) => `${quoteIdent(name)} AS (SELECT * FROM ${rel})`);
  const sql = (ctes.length ? `WITH ${ctes.join(', ')}\n` : '') + `SELECT * FROM (\n${body}\n)`;
  return { sql, values: [...numbers.keys()].map((name) => opts.params[name]) };
}

/**
 * Check a notebook `sql` cell and make it safe to run: exactly one read-only query that reads only the notebook's
 * relations (no files, no settings, no statements that write), with its parameters bound, never pasted.
 */
export function guardSql(sql: string, opts: GuardOptions): GuardedSql | SqlRefusal {
  const tokens = tokenize(sql);
  if (!Array.isArray(tokens)) return refuse('unterminated', `a ${tokens.unterminated} is never closed`, tokens.line);
  const code = tokens.filter((t) => t.kind !== 'space' && t.kind !== 'comment');
  const last = code[code.length - 1];
  const drop = isSymbol(last, ';') ? last : undefined;
  if (drop) code.pop();
  const problem =
    checkShape(code) ??
    checkWords(code) ??
    checkTables(code, Object.keys(opts.relations)) ??
    checkParams(code, opts.params);
  return problem ?? wrap(tokens, drop, opts);
}
