// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../src/i18n/format';
import { runChart } from '../../../src/notebooks/cells/chart';
import { parseNotebook } from '../../../src/notebooks/parse';
import { reportHtml, reportJson, reportMarkdown } from '../../../src/notebooks/report';
import { printTable } from '../../../src/notebooks/report-table';
import type { CellResult, NotebookRun, ResultTable } from '../../../src/notebooks/types';
import { chartEnv, sciRows } from './chart-env';

const SOURCE = `---
title: "Trust <b>by</b> region"
author: Tester
lang: ru
datasets:
  population: { rows: 5987, columns: 40, hash: 1a2b3c4d }
params:
  wave: 2025
---
# Findings

Trust is {sci.KZ.$wave} nationally <script>alert(1)</script> and ${'$'}{by_region.mean} in the first region.

\`\`\`sql id=by_region
SELECT region, mean, status, flags FROM x
\`\`\`

\`\`\`table data=by_region
\`\`\`

---

::: notes
Secret speaker notes.
:::

\`\`\`chart kind=map indicator=sci wave=$wave
title: Map | of SCI
\`\`\`
`;

const table: ResultTable = {
  columns: [
    { name: 'region', type: 'string' },
    { name: 'estimate', type: 'number' },
    { name: 'n', type: 'number' },
    { name: 'status', type: 'string' },
    { name: 'flags', type: 'string' },
  ],
  rows: [
    { region: '<img src=x onerror=alert(1)>', estimate: 42.51, n: 1234, status: 'ok', flags: '' },
    { region: 'KZ-75', estimate: 17.25, n: 12, status: 'suppressed', flags: '' },
    { region: 'KZ-11', estimate: 33.3, n: 80, status: 'ok', flags: 'small_base' },
  ],
};

async function fixture() {
  const { notebook } = parseNotebook(SOURCE);
  const [sql, shown, chart] = notebook.cells;
  const drawn = await runChart(chart, {
    env: chartEnv(sciRows()),
    params: { wave: 2025 },
    results: new Map(),
    tables: new Map(),
    prefix: 't',
  });
  const cells: CellResult[] = [
    { id: sql.id, kind: 'sql', line: sql.line, status: 'ok', error: null, table, chart: null, digest: 'a' },
    { id: shown.id, kind: 'table', line: shown.line, status: 'ok', error: null, table, chart: null, digest: 'a' },
    {
      id: chart.id,
      kind: 'chart',
      line: chart.line,
      status: 'ok',
      error: null,
      table: drawn.table,
      chart: drawn.chart!,
      digest: 'b',
    },
  ];
  const run: NotebookRun = {
    params: { wave: 2025 },
    cells,
    values: {
      '{sci.KZ.$wave}': { text: '50,0', status: 'ok', title: '95% ДИ 48,0–52,0' },
      '${by_region.mean}': { text: '42,5', status: 'flagged', title: 'малая база' },
    },
    datasets: {
      population: {
        expected: { rows: 5987, columns: 40, hash: '1a2b3c4d' },
        actual: { rows: 8102, columns: 40, hash: '1a2b3c4d' },
      },
    },
    error: null,
  };
  return { notebook, run };
}

describe('reportHtml', () => {
  it('is one file without scripts: every notebook and data text escaped, charts inline SVG, notes left out', async () => {
    const { notebook, run } = await fixture();
    const html = reportHtml(notebook, run, { synthetic: true, document });
    expect(html).not.toMatch(/<script|<img|onerror=alert\(1\)>|<b>by/);
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<link|src="http|href="http/);
    expect(html).not.toContain('Secret speaker notes');
    expect(html).toMatch(/<svg[^>]*>/);
    expect(html).not.toContain('data-cell="by_region"');
    expect(html.match(/<ul class="legend">.*?<\/ul>/)![0]).toContain('скрыто (меньше 30 респондентов)');
    expect((html.match(/data-region="KZ-/g) ?? []).length).toBeGreaterThanOrEqual(20);
    expect(html).toContain('Map | of SCI');
    expect(html).toContain('Синтетические демо-данные');
    expect(html).toContain(
      `population: блокнот написан для ${formatCount(5987, 'ru')} строк, здесь ${formatCount(8102, 'ru')}`,
    );
  });

  it('prints numbers in the notebook`s language, suppressed estimates never, flagged ones hatched', async () => {
    const { notebook, run } = await fixture();
    const html = reportHtml(notebook, run, { synthetic: false, document });
    expect(html).not.toContain('Синтетические');
    expect(html).toContain('<td>42,5</td>');
    expect(html).toContain(`<td>${formatCount(1234, 'ru')}</td>`);
    expect(html.split('<figure')[0]).not.toMatch(/17,[23]/);
    expect(html).toContain('<td class="suppressed">—</td>');
    expect(html).toContain('<td class="flagged">33,3</td>');
    expect(html).toContain('<span class="value flagged" title="малая база">42,5*</span>');
    expect(html).toContain('<span class="value ok" title="95% ДИ 48,0–52,0">50,0</span>');
  });
});

describe('reportMarkdown and reportJson', () => {
  it('Markdown: prose with values, tables as pipe tables, a chart as a line naming it', async () => {
    const { notebook, run } = await fixture();
    const md = reportMarkdown(notebook, run, { synthetic: true });
    expect(md).toContain('Trust is 50,0 nationally');
    expect(md).toContain('and 42,5* in the first region');
    expect(md).toContain('| region | estimate | n | status | flags |\n| --- | --- | --- | --- | --- |');
    expect(md).toContain('| KZ-75 | — | 12 | suppressed |  |');
    expect(md).toContain('| KZ-11 | 33,3* | 80 | ok | small_base |');
    expect(md).toContain('_Диаграмма: Map | of SCI_');
    expect(md).not.toContain('Secret speaker notes');
    expect(md).not.toMatch(/\n---\n\n/);
  });

  it('JSON: title, params, datasets with fingerprints, each cell with its columns and rows', async () => {
    const { notebook, run } = await fixture();
    const json = reportJson(notebook, run, { synthetic: true });
    expect(json).toMatchObject({ title: 'Trust <b>by</b> region', params: { wave: 2025 }, synthetic: true });
    expect(json.datasets.population.expected!.rows).toBe(5987);
    expect(json.cells.map((c) => [c.id, c.kind, c.line, c.status])).toEqual([
      ['by_region', 'sql', 14, 'ok'],
      ['cell-2', 'table', 18, 'ok'],
      ['cell-3', 'chart', 27, 'ok'],
    ]);
    expect(json.cells[0].rows).toEqual(table.rows);
    expect(json.cells[2].rows).toHaveLength(20);
    expect(json.values['${by_region.mean}'].status).toBe('flagged');
  });
});

describe('printTable', () => {
  const rows = [{ region_code: 'KZ-75', estimate: 59.61, n: 154 }];
  const columns = ['region_code', 'estimate', 'n'].map((name) => ({ name, type: 'other' as const }));
  it('a chart cell`s table (the app`s export fields) gets the app`s headers in the notebook`s language', () => {
    const cell = parseNotebook('---\ntitle: t\nlang: ru\n---\n```chart kind=table indicator=sci\n```\n').notebook
      .cells[0];
    expect(printTable({ columns, rows }, cell, 'ru').headers).toEqual(['Код региона', 'Оценка', 'n (невзвешенное)']);
    expect(printTable({ columns, rows }, cell, 'ru').rows[0].map((c) => c.text)).toEqual(['KZ-75', '59,6', '154']);
  });
  it('other tables keep their column names (or the labels a table cell gives)', () => {
    const cell = parseNotebook('---\ntitle: t\n---\n```table data=x\nlabels: { n: Base }\n```\n').notebook.cells[0];
    expect(printTable({ columns, rows }, cell, 'en').headers).toEqual(['region_code', 'estimate', 'Base']);
  });
});

describe('reports with pinned workshop notes', () => {
  const pins = [
    { cell: 'cell-3', text: 'Second <script>alert(1)</script>', at: '2026-12-03T10:00:02.000Z' },
    { cell: 'cell-3', text: 'First: ask the akimat', at: '2026-12-03T10:00:01.000Z' },
    { cell: 'cell-2', text: 'Row 2 is suppressed | n < 30', at: '2026-12-03T10:00:03.000Z' },
  ];

  it('HTML: under their chart or table, in the order pinned, escaped; none without pins', async () => {
    const { notebook, run } = await fixture();
    const html = reportHtml(notebook, run, { synthetic: false, document, pins });
    const figure = html.slice(html.indexOf('<figure data-cell="cell-3"'));
    expect(figure).toMatch(
      /<\/figure><aside class="pins" aria-label="Заметки семинара"><strong>Заметки семинара<\/strong><ul>/,
    );
    expect(figure.indexOf('First: ask the akimat')).toBeLessThan(figure.indexOf('Second'));
    expect(figure).toContain(
      '<li data-at="2026-12-03T10:00:02.000Z">Second &#60;script&#62;alert(1)&#60;/script&#62;</li>',
    );
    expect(html).not.toContain('<script>');
    const table = html.slice(html.indexOf('data-cell="cell-2"'), html.indexOf('<figure'));
    expect(table).toContain('Row 2 is suppressed | n &#60; 30');
    expect(reportHtml(notebook, run, { synthetic: false, document })).not.toContain('class="pins"');
  });

  it('HTML tables carry each row`s key (its position) for step reveal', async () => {
    const { notebook, run } = await fixture();
    const html = reportHtml(notebook, run, { synthetic: false, document });
    expect(html.match(/<tr data-key="\d+">/g)).toEqual(['<tr data-key="0">', '<tr data-key="1">', '<tr data-key="2">']);
  });

  it('Markdown: a quoted list under the cell; JSON: every note', async () => {
    const { notebook, run } = await fixture();
    const md = reportMarkdown(notebook, run, { synthetic: false, pins });
    expect(md).toContain(
      '_Диаграмма: Map | of SCI_\n\n> **Заметки семинара**\n' +
        '> - First: ask the akimat\n> - Second <script>alert(1)</script>',
    );
    expect(md).toContain('| KZ-11 | 33,3* | 80 | ok | small_base |\n\n> **Заметки семинара**\n> - Row 2 is suppressed');
    expect(reportJson(notebook, run, { synthetic: false, pins }).pins).toEqual(pins);
    expect(reportJson(notebook, run, { synthetic: false }).pins).toEqual([]);
  });
});
