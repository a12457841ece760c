import { describe, expect, it } from 'vitest';
import { infoOptions, parseNotebook } from '../../../src/notebooks/parse';
import { inlineTokens, splitInline } from '../../../src/notebooks/inline';
import { escapeHtml, markdown, markdownHtml } from '../../../src/notebooks/markdown';

const FRONT = `---
title: Social capital by region
author: Civic Workbench
lang: en
description: A test notebook
datasets:
  population: { rows: 5987, columns: 66, hash: 1a2b3c4d }
  centres: null
params:
  wave: 2025
  region: KZ-75
  weighted: true
---`;

/** A notebook of every block type, with the lines the tests below name. */
const NOTEBOOK = `${FRONT}
# Heading

Prose with {sci.KZ-75.$wave} and \${by_region[region=KZ-75].mean}.

\`\`\`sql id=by_region title="Trust by region"
SELECT region, avg(trust_gen) AS mean
FROM population WHERE wave = $wave GROUP BY region
\`\`\`

\`\`\`indicator id=sci_regions
entry: sci
by: [region]
wave: $wave
\`\`\`
---
\`\`\`chart kind=map data=sci_regions title="Social capital index"
\`\`\`

::: notes
Speaker notes with a fence:
\`\`\`sql
SELECT 1
\`\`\`
:::

\`\`\`js
alert(1)
\`\`\`
`;

describe('parseNotebook', () => {
  const { notebook, errors } = parseNotebook(NOTEBOOK);

  it('reads a whole notebook with no error', () => {
    expect(errors).toEqual([]);
    expect(notebook.source).toBe(NOTEBOOK);
  });

  it('reads every front matter field', () => {
    expect(notebook.front).toEqual({
      title: 'Social capital by region',
      author: 'Civic Workbench',
      lang: 'en',
      description: 'A test notebook',
      datasets: { population: { rows: 5987, columns: 66, hash: '1a2b3c4d' }, centres: null },
      params: { wave: 2025, region: 'KZ-75', weighted: true },
    });
  });

  it('reads cells: kind, id, options from the info string and the YAML body, lines and slides', () => {
    expect(notebook.cells.map((c) => [c.kind, c.id, c.named, c.line, c.bodyLine, c.slide])).toEqual([
      ['sql', 'by_region', true, 18, 19, 0],
      ['indicator', 'sci_regions', true, 23, 24, 0],
      ['chart', 'cell-3', false, 29, 30, 1],
    ]);
    expect(notebook.cells[0].options).toEqual({ title: 'Trust by region' });
    expect(notebook.cells[0].source).toBe(
      'SELECT region, avg(trust_gen) AS mean\nFROM population WHERE wave = $wave GROUP BY region',
    );
    expect(notebook.cells[1].options).toEqual({ entry: 'sci', by: ['region'], wave: '$wave' });
    expect(notebook.cells[2].options).toEqual({ kind: 'map', data: 'sci_regions', title: 'Social capital index' });
  });

  it('keeps prose, notes and non-cell fences in file order; notes keep their fences as text', () => {
    expect(
      notebook.blocks.map((b) => [
        b.type,
        b.type === 'cell' ? b.cell.id : b.line,
        b.type === 'cell' ? b.cell.slide : b.slide,
      ]),
    ).toEqual([
      ['prose', 14, 0],
      ['cell', 'by_region', 0],
      ['cell', 'sci_regions', 0],
      ['cell', 'cell-3', 1],
      ['notes', 32, 1],
      ['prose', 39, 1],
    ]);
    const notes = notebook.blocks[4];
    expect(notes.type === 'notes' && notes.text).toBe('Speaker notes with a fence:\n```sql\nSELECT 1\n```');
    const js = notebook.blocks[5];
    expect(js.type === 'prose' && js.text).toBe('```js\nalert(1)\n```');
    expect(notebook.cells).toHaveLength(3);
  });

  it('reads CRLF and a byte-order mark as it reads LF', () => {
    const crlf = parseNotebook('\uFEFF' + NOTEBOOK.replace(/\n/g, '\r\n'));
    expect(crlf.errors).toEqual([]);
    expect(crlf.notebook.front).toEqual(notebook.front);
    expect(crlf.notebook.cells).toEqual(notebook.cells);
  });

  it('counts slides at each --- between blocks', () => {
    const nb = parseNotebook(`---\ntitle: x\n---\nOne\n\n---\nTwo\n---\n\`\`\`sql\nSELECT 1\n\`\`\`\n`).notebook;
    expect(nb.blocks.map((b) => (b.type === 'cell' ? b.cell.slide : b.slide))).toEqual([0, 1, 2]);
  });
});

describe('info strings', () => {
  it('reads key=value pairs, quoted values with escapes and spaces, numbers', () => {
    expect(infoOptions('id=a kind=map title="A \\"quoted\\" title" decimals=1 wave=2025 x=-0.5', 3)).toEqual({
      options: { id: 'a', kind: 'map', title: 'A "quoted" title', decimals: 1, wave: 2025, x: -0.5 },
      error: null,
    });
    expect(infoOptions('region=KZ-75 title=""', 1).options).toEqual({ region: 'KZ-75', title: '' });
  });

  it('refuses a bare word, a stray quote and a key given twice', () => {
    expect(infoOptions('kind=map oops', 7).error).toEqual({ code: 'bad_option', line: 7, cell: null, detail: 'oops' });
    expect(infoOptions('title="open', 7).error?.code).toBe('bad_option');
    expect(infoOptions('kind=map kind=ranking', 7).error).toEqual({
      code: 'duplicate_option',
      line: 7,
      cell: null,
      detail: 'kind',
    });
  });

  it('takes the id from the parsed options, never from inside a quoted value', () => {
    const nb = parseNotebook('---\ntitle: x\n---\n```chart kind=map title="see id=other" data=a\n```\n').notebook;
    expect(nb.cells[0].id).toBe('cell-1');
    expect(nb.cells[0].options).toEqual({ kind: 'map', title: 'see id=other', data: 'a' });
  });
});

/** The first error of a notebook made of the front matter `title: x` and the given body (line 4 onwards). */
const firstError = (body: string) => parseNotebook(`---\ntitle: x\n---\n${body}`).errors[0] ?? null;

describe('parse errors name the line and the cell', () => {
  it('front_missing, front_unclosed, yaml, front_field, unknown_field, bad_name', () => {
    expect(parseNotebook('# No front matter').errors).toEqual([
      { code: 'front_missing', line: 2, cell: null, detail: '' },
    ]);
    expect(parseNotebook('---\ntitle: x\n').errors[0]).toEqual({
      code: 'front_unclosed',
      line: 1,
      cell: null,
      detail: '',
    });
    expect(parseNotebook('---\ntitle: x\nparams: [1\n---\n').errors[0]).toMatchObject({ code: 'yaml', line: 3 });
    const bad = parseNotebook(
      '---\ntitle: ""\nauthor: 3\nlang: fr\ndescription: [1]\nplace: x\ndatasets:\n' +
        '  population: { rows: -1, columns: 2, hash: a }\n  Bad-Name: null\nparams:\n  wave: [2025]\n---\n',
    ).errors;
    expect(bad.map((e) => [e.code, e.detail, e.line])).toEqual([
      ['unknown_field', 'place', 2],
      ['front_field', 'title', 2],
      ['front_field', 'author', 2],
      ['front_field', 'description', 2],
      ['front_field', 'lang', 2],
      ['front_field', 'datasets.population', 2],
      ['bad_name', 'datasets.Bad-Name', 2],
      ['front_field', 'params.wave', 2],
    ]);
    expect(parseNotebook('---\ntitle: x\ndatasets: [population]\n---\n').errors[0]).toMatchObject({
      code: 'front_field',
      detail: 'datasets',
    });
    expect(parseNotebook('---\n- a list\n---\n').errors[0]).toMatchObject({ code: 'front_field', detail: '' });
  });

  it('refuses YAML aliases in the front matter', () => {
    expect(parseNotebook('---\ntitle: &t x\nauthor: *t\n---\n').errors[0]?.code).toBe('yaml');
  });

  it('fence_unclosed at the opening fence, the rest of the file taken as its body', () => {
    expect(firstError('Text\n\n```sql id=a\nSELECT 1\n')).toEqual({
      code: 'fence_unclosed',
      line: 6,
      cell: null,
      detail: '',
    });
    expect(firstError('```python\nprint(1)\n')).toMatchObject({ code: 'fence_unclosed', line: 4 });
  });

  it('bad_option and duplicate_option in the info string, at the fence, with the cell id', () => {
    expect(firstError('```chart id=c kind=map oops\n```\n')).toEqual({
      code: 'bad_option',
      line: 4,
      cell: 'c',
      detail: 'oops',
    });
    expect(firstError('```chart id=c kind=map kind=ranking\n```\n')).toEqual({
      code: 'duplicate_option',
      line: 4,
      cell: 'c',
      detail: 'kind',
    });
  });

  it('duplicate_option between the info string and the body, at the body key', () => {
    expect(firstError('```chart id=c kind=map\ndata: a\nkind: ranking\n```\n')).toEqual({
      code: 'duplicate_option',
      line: 6,
      cell: 'c',
      detail: 'kind',
    });
    expect(firstError('```chart id=c\nid: d\n```\n')).toMatchObject({ code: 'duplicate_option', detail: 'id' });
  });

  it('yaml (with its line in the file) and body_not_mapping in a cell body', () => {
    expect(firstError('```chart id=c\nkind: map\ndata: [a\n```\n')).toMatchObject({ code: 'yaml', cell: 'c' });
    expect(firstError('```chart id=c\nkind: map\nkind: ranking\n```\n')).toMatchObject({
      code: 'yaml',
      line: 6,
      cell: 'c',
    });
    expect(firstError('```indicator\n- sci\n```\n')).toEqual({
      code: 'body_not_mapping',
      line: 5,
      cell: 'cell-1',
      detail: '',
    });
  });

  it('notes_unclosed at the notes line: the cells after it are notes, so the reader is told', () => {
    const r = parseNotebook('---\ntitle: x\n---\nText\n\n::: notes\nSay this.\n\n```sql id=q\nSELECT 1\n```\n');
    expect(r.errors).toEqual([{ code: 'notes_unclosed', line: 6, cell: null, detail: '' }]);
    expect(r.notebook.cells).toEqual([]);
    expect(parseNotebook('---\ntitle: x\n---\n::: notes\nSay this.\n:::\n').errors).toEqual([]);
  });

  it('an SQL body is never read as YAML', () => {
    const r = parseNotebook('---\ntitle: x\n---\n```sql id=q\nkind: map\n```\n');
    expect(r.errors).toEqual([]);
    expect(r.notebook.cells[0].options).toEqual({});
  });
});

describe('inline values', () => {
  it('finds indicator and result tokens with their positions', () => {
    const text = 'A {sci.KZ-75.2025}, {trust_ngo.KZ.$wave}, ${q.mean}, ${q[region=KZ-11].n} and {not.a.token}.';
    expect(inlineTokens(text)).toEqual([
      { kind: 'indicator', raw: '{sci.KZ-75.2025}', start: 2, entry: 'sci', region: 'KZ-75', wave: '2025' },
      { kind: 'indicator', raw: '{trust_ngo.KZ.$wave}', start: 20, entry: 'trust_ngo', region: 'KZ', wave: '$wave' },
      { kind: 'result', raw: '${q.mean}', start: 42, name: 'q', column: 'mean', where: null },
      {
        kind: 'result',
        raw: '${q[region=KZ-11].n}',
        start: 53,
        name: 'q',
        column: 'n',
        where: { column: 'region', value: 'KZ-11' },
      },
    ]);
    expect(inlineTokens('{sci.$region.$wave}')[0]).toMatchObject({ region: '$region', wave: '$wave' });
  });

  it('splits prose into text and tokens that join back to the text', () => {
    const text = 'Index {sci.KZ.2025} (${q.n} respondents)';
    const parts = splitInline(text);
    expect(parts.map((p) => (typeof p === 'string' ? p : p.raw)).join('')).toBe(text);
    expect(parts).toHaveLength(5);
  });
});

describe('markdown', () => {
  const value = () => '<span class="v">1</span>';

  it('reads headings, paragraphs, lists, quotes, tables and code blocks', () => {
    const md = markdown(
      '## Title\n\nA *b* **c** `d` [e](https://x.kz)\n\n- one\n- two\n\n1. first\n\n> q\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\ncode\n```',
    );
    expect(md.map((b) => b.t)).toEqual(['h', 'p', 'ul', 'ol', 'quote', 'table', 'pre']);
    expect(md[1]).toEqual({
      t: 'p',
      inlines: [
        { t: 'text', text: 'A ' },
        { t: 'em', children: [{ t: 'text', text: 'b' }] },
        { t: 'text', text: ' ' },
        { t: 'strong', children: [{ t: 'text', text: 'c' }] },
        { t: 'text', text: ' ' },
        { t: 'code', text: 'd' },
        { t: 'text', text: ' ' },
        { t: 'link', text: 'e', href: 'https://x.kz' },
      ],
    });
  });

  it('keeps HTML as text: <script>, <img onerror>, a javascript: link', () => {
    const prose = '<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n[click](javascript:alert(1)) `<b>`';
    const html = markdownHtml(markdown(prose), value);
    expect(html).not.toMatch(/<script|<img|<a |href=/);
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('&#60;img src=x onerror=&#34;alert(1)&#34;&#62;');
    expect(html).toContain('click (javascript:alert(1))');
    expect(html).toContain('<code>&#60;b&#62;</code>');
  });

  it('escapes inside tables, headings, code blocks and emphasis; inline values come from the caller', () => {
    const html = markdownHtml(
      markdown('# <i>x</i> {sci.KZ.2025}\n\n| <b> |\n|---|\n| "q" |\n\n```\n</pre><script>\n```\n\n**<u>**'),
      value,
    );
    expect(html).toBe(
      '<h1>&#60;i&#62;x&#60;/i&#62; <span class="v">1</span></h1>\n' +
        '<table><thead><tr><th>&#60;b&#62;</th></tr></thead><tbody><tr><td>&#34;q&#34;</td></tr></tbody></table>\n' +
        '<pre>&#60;/pre&#62;&#60;script&#62;</pre>\n' +
        '<p><strong>&#60;u&#62;</strong></p>',
    );
    expect(escapeHtml(`&<>"'`)).toBe('&#38;&#60;&#62;&#34;&#39;');
  });
});
