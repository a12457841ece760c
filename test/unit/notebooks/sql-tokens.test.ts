import { describe, expect, it } from 'vitest';
import { type Token, tokenize } from '../../../src/notebooks/sql-tokens';

const kinds = (sql: string) =>
  (tokenize(sql) as Token[]).filter((t) => t.kind !== 'space').map((t) => [t.kind, t.text, t.line]);

describe('tokenize', () => {
  it('reads strings, quoted names, comments, numbers, words, parameters and symbols with their lines', () => {
    expect(kinds('SELECT \'a\'\'b\', "x""y" -- c\n/* d\n */ 1.5e3, $wave, ?, $1;')).toEqual([
      ['word', 'SELECT', 1],
      ['string', "'a''b'", 1],
      ['symbol', ',', 1],
      ['quoted', '"x""y"', 1],
      ['comment', '-- c', 1],
      ['comment', '/* d\n */', 2],
      ['number', '1.5e3', 3],
      ['symbol', ',', 3],
      ['param', '$wave', 3],
      ['symbol', ',', 3],
      ['param', '?', 3],
      ['symbol', ',', 3],
      ['param', '$1', 3],
      ['symbol', ';', 3],
    ]);
  });
  it('reads E strings with backslash escapes, dollar-quoted strings and nested block comments as DuckDB does', () => {
    expect(kinds("E'a\\'b' 'c\\' $t$ 'x' $t$ $$y$$ /* 1 /* 2 */ 3 */ a$b")).toEqual([
      ['word', 'E', 1],
      ['string', "'a\\'b'", 1],
      ['string', "'c\\'", 1],
      ['string', "$t$ 'x' $t$", 1],
      ['string', '$$y$$', 1],
      ['comment', '/* 1 /* 2 */ 3 */', 1],
      ['word', 'a$b', 1],
    ]);
  });
  it('gives the quoted name its value and a word its lower case', () => {
    const [w, , q] = tokenize('Read_CSV "a""b"') as Token[];
    expect([w.value, q.value]).toEqual(['read_csv', 'a"b']);
  });
  it.each([
    ["SELECT\n'open", 'string', 2],
    ['"open', 'quoted', 1],
    ['/* /* */', 'comment', 1],
    ['\n\n$x$ open', 'string', 3],
  ])('%j is unterminated', (sql, kind, line) => {
    expect(tokenize(sql)).toEqual({ unterminated: kind, line });
  });
});
