// @vitest-environment jsdom
import runtime from 'virtual:deck-runtime';
import { describe, expect, it } from 'vitest';
import { runChart } from '../../../src/notebooks/cells/chart';
import { parseNotebook } from '../../../src/notebooks/parse';
import type { CellResult, NotebookRun, ResultTable } from '../../../src/notebooks/types';
import { deckHtml } from '../../../src/present/deck';
import { chartEnv, sciRows } from '../notebooks/chart-env';

const SOURCE = `---
title: "Trust <b>by</b> region"
author: Tester
lang: en
params:
  wave: 2025
---
# Findings <script>alert(1)</script>

Trust is {sci.KZ.$wave} nationally.

\`\`\`sql id=respondents
SELECT id, weight, region FROM population
\`\`\`

\`\`\`sql id=by_region
SELECT region, estimate, n, status, flags FROM x
\`\`\`

\`\`\`table data=by_region
\`\`\`

---

::: notes
Say <i>this</i> first.
:::

\`\`\`chart kind=map indicator=sci wave=$wave
reveal: [lowest 2, region KZ-75]
\`\`\`

\`\`\`chart kind=ranking indicator=sci wave=$wave
\`\`\`
`;

const respondents: ResultTable = {
  columns: [
    { name: 'id', type: 'string' },
    { name: 'weight', type: 'number' },
    { name: 'region', type: 'string' },
  ],
  rows: [
    { id: '2025-00017', weight: 5215.6449, region: 'KZ-75' },
    { id: '2025-00018', weight: 3879.5729, region: 'KZ-11' },
  ],
};
const byRegion: ResultTable = {
  columns: ['region', 'estimate', 'n', 'status', 'flags'].map((name) => ({
    name,
    type: name === 'estimate' || name === 'n' ? 'number' : 'string',
  })),
  rows: [
    { region: 'KZ-11', estimate: 42.51, n: 1234, status: 'ok', flags: '' },
    { region: 'KZ-75', estimate: 17.25, n: 12, status: 'suppressed', flags: '' },
    { region: '<img src=x onerror=alert(1)>', estimate: 33.3, n: 80, status: 'ok', flags: 'small_base' },
  ],
};

const ok = (id: string, kind: CellResult['kind'], table: ResultTable | null, chart: CellResult['chart'] = null) =>
  ({ id, kind, line: 1, status: 'ok', error: null, table, chart, digest: id }) as CellResult;

async function fixture() {
  const { notebook } = parseNotebook(SOURCE);
  const [resp, sql, shown, map, ranking] = notebook.cells;
  const draw = (cell: typeof map) =>
    runChart(cell, {
      env: chartEnv(sciRows()),
      params: { wave: 2025 },
      results: new Map(),
      tables: new Map(),
      prefix: 't',
    });
  const [m, r] = [await draw(map), await draw(ranking)];
  const run: NotebookRun = {
    params: { wave: 2025 },
    cells: [
      ok(resp.id, 'sql', respondents),
      ok(sql.id, 'sql', byRegion),
      ok(shown.id, 'table', byRegion),
      ok(map.id, 'chart', m.table, m.chart),
      ok(ranking.id, 'chart', r.table, r.chart),
    ],
    values: { '{sci.KZ.$wave}': { text: '50.0', status: 'ok', title: '95% CI 48.0–52.0' } },
    datasets: {},
    error: null,
  };
  return { notebook, run };
}

const MARK = 'window.__deckRuntime = 1;';

describe('deckHtml', () => {
  it('makes one section per slide with its notes aside, the title on the first, every text escaped', async () => {
    const { notebook, run } = await fixture();
    const html = deckHtml(notebook, run, { synthetic: true, document, runtime: MARK });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const slides = [...doc.querySelectorAll('[data-deck] > section.slide')];
    expect(slides.map((s) => [s.getAttribute('data-slide'), s.getAttribute('aria-label')])).toEqual([
      ['0', '1 / 2'],
      ['1', '2 / 2'],
    ]);
    expect(slides[0].querySelector('h1')!.textContent).toBe('Trust <b>by</b> region');
    expect(slides[1].querySelector('aside.notes')!.textContent).toBe('Say <i>this</i> first.');
    expect(slides[0].querySelector('aside.notes')).toBeNull();
    expect(doc.querySelectorAll('img, b, aside i').length).toBe(0);
    expect(doc.querySelectorAll('.synthetic').length).toBe(2);
    expect(doc.querySelector('[data-deck]')!.getAttribute('data-lang')).toBe('en');
  });

  it('forbids every request (CSP meta) and carries the runtime as its one script, each chart its tooltips', async () => {
    const { notebook, run } = await fixture();
    const html = deckHtml(notebook, run, { synthetic: false, document, runtime: MARK });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toBe(
      "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:",
    );
    expect([...doc.querySelectorAll('script')].map((s) => s.textContent)).toEqual([MARK]);
    const tips = [...doc.querySelectorAll('figure[data-tips]')].map((f) => JSON.parse(f.getAttribute('data-tips')!));
    expect(tips).toHaveLength(2);
    expect(tips[0]['KZ-75'][0]).toBe('Almaty');
    expect(html).not.toMatch(/<link|src="http|href="http|url\(http/);
    expect(doc.querySelector('.synthetic')).toBeNull();
  });

  it('draws charts as SVG with 18 px text, two side by side within the 1728 px the slide gives them', async () => {
    const { notebook, run } = await fixture();
    const doc = new DOMParser().parseFromString(
      deckHtml(notebook, run, { synthetic: false, document, runtime: '' }),
      'text/html',
    );
    const figures = [...doc.querySelectorAll('.slide[data-slide="1"] .row > figure')];
    expect(figures.map((f) => f.getAttribute('data-chart'))).toEqual(['map', 'ranking']);
    const widths = figures.map((f) => Number(f.querySelector('svg')!.getAttribute('width')));
    expect(widths[0] + widths[1] + 40).toBeLessThanOrEqual(1728);
    for (const f of figures) expect(f.querySelector('svg')!.getAttribute('style')).toContain('font-size: 18px');
    expect(figures[0].querySelectorAll('path[data-region]').length).toBe(20);
    expect(figures[0].querySelector('ul.legend')).not.toBeNull();
  });

  it('holds only what its slides show: no unprinted result, no suppressed estimate, rows keyed for reveal', async () => {
    const { notebook, run } = await fixture();
    const html = deckHtml(notebook, run, { synthetic: false, document, runtime: '' });
    for (const leak of ['2025-00017', '5215.6449', '3879.5729']) expect(html).not.toContain(leak);
    expect(html.replace(/<svg[\s\S]*?<\/svg>/g, '')).not.toMatch(/17[.,]2|17[.,]3/);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const rows = [...doc.querySelectorAll('section.cell[data-cell="cell-3"] tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-key'))).toEqual(['0', '1', '2']);
    expect(rows[1].querySelector('td.suppressed')!.textContent).toBe('—');
    expect(rows[2].querySelector('td.flagged')!.textContent).toBe('33.3');
  });

  it('marks a chart`s reveal steps (revealOf) and counts them per slide; pinned notes go under their cell', async () => {
    const { notebook, run } = await fixture();
    const pins = [{ cell: 'cell-4', text: 'Ask the room <why>', at: '2026-12-03T10:00:00Z' }];
    const html = deckHtml(notebook, run, { synthetic: false, document, runtime: '', pins });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect([...doc.querySelectorAll('.slide')].map((s) => s.getAttribute('data-steps'))).toEqual(['0', '2']);
    const map = doc.querySelector('figure[data-chart="map"]')!;
    const steps = JSON.parse(map.getAttribute('data-reveal')!);
    expect(steps.map((s: { keys: string[] }) => s.keys.length)).toEqual([2, 1]);
    expect(steps[1]).toMatchObject({ mode: 'highlight', keys: ['KZ-75'] });
    expect(doc.querySelector('figure[data-chart="ranking"]')!.hasAttribute('data-reveal')).toBe(false);
    expect(map.querySelector('.pins li')!.textContent).toBe('Ask the room <why>');
  });
});

describe('virtual:deck-runtime', () => {
  it('is the deck entry bundled as one IIFE that cannot close its script element', () => {
    expect(runtime).toMatch(/^"use strict";\(\(\)=>\{/);
    expect(runtime).not.toMatch(/<\/script|<!--/i);
    expect(runtime).not.toMatch(/\bimport\b|\brequire\(/);
  });
});
