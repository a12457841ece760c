// `notebook run` and `notebook check` on the demo study, called as the command line calls them.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, spawnCli } from '../../helpers/cli';

const NB = 'test/fixtures/notebooks/cli-demo.md';
const BROKEN = 'test/fixtures/notebooks/cli-broken.md';
const out = (name: string) => join(mkdtempSync(join(tmpdir(), 'cw-nb-')), name);

describe('cli notebook check', () => {
  it('validates without running: a summary of the cells', async () => {
    const { code, stdout } = await cli('notebook', 'check', NB);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      ok: true,
      title: 'Trust by region (CLI test)',
      params: { wave: 2025 },
      cells: 6,
      kinds: { sql: 1, indicator: 1, chart: 3, table: 1 },
    });
  });
  it('names every error with its file, line and cell, and exits 1', async () => {
    const { code, stderr, stdout } = await cli('notebook', 'check', BROKEN);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([
      `${BROKEN}:11: cell cell-2: Not a valid value for the option: kind: "pie" (bad_value)`,
      `${BROKEN}:14: cell cell-3: No such result earlier in the notebook (cells with id=): ` +
        `data: "nowhere" (unknown_result)`,
    ]);
  });
  it('a missing file or action is a usage error (exit 2)', async () => {
    expect((await cli('notebook', 'check', 'test/fixtures/notebooks/none.md')).code).toBe(2);
    expect((await cli('notebook', 'check')).code).toBe(2);
    expect((await cli('notebook', 'draw', NB)).code).toBe(2);
    expect((await cli('notebook', 'run', NB, '--lang', 'de')).code).toBe(2);
    expect((await cli('notebook', 'run', NB, '--param', 'wave')).code).toBe(2);
  });
});

describe('cli notebook run', () => {
  it('runs every cell on the demo: JSON on stdout with each cell, the values inline and the fingerprints', async () => {
    const { code, stdout, stderr } = await cli('notebook', 'run', NB, '--param', 'wave=2023');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const r = JSON.parse(stdout);
    expect(r.params).toEqual({ wave: 2023 });
    expect(r.synthetic).toBe(true);
    expect(r.cells.map((c: { status: string }) => c.status)).toEqual(Array(6).fill('ok'));
    const trust = r.cells[0];
    expect(trust.rows).toHaveLength(20);
    expect(trust.rows.every((x: { mean: number }) => x.mean > 0)).toBe(true);
    const map = r.cells[2];
    expect(map).toMatchObject({ kind: 'chart', chart: 'map', line: 25 });
    const sci = r.cells[1].rows.filter((x: { region: string | null }) => x.region !== null);
    for (const row of sci)
      expect(map.rows.find((m: { region_code: string }) => m.region_code === row.region).estimate).toBe(row.estimate);
    expect(r.values['{sci.KZ.$wave}'].status).toBe('ok');
    expect(r.datasets.population.actual.rows).toBeGreaterThan(0);
  }, 120_000);

  it('writes an HTML report with inline SVG charts and no script, Markdown and JSON (by --out`s extension)', async () => {
    const html = out('report.html');
    const { code } = await cli('notebook', 'run', NB, '--out', html, '--lang', 'ru');
    expect(code).toBe(0);
    const text = readFileSync(html, 'utf8');
    expect(text).not.toMatch(/<script/i);
    expect((text.match(/<svg/g) ?? []).length).toBe(3);
    expect(text).toContain('Карта 20 регионов');
    expect(text).not.toContain('Speaker notes the report leaves out');
    const md = out('report.md');
    expect((await cli('notebook', 'run', NB, '--out', md)).code).toBe(0);
    expect(readFileSync(md, 'utf8')).toMatch(/_Chart: Social capital index by region_/);
    const json = out('report.json');
    expect((await cli('notebook', 'run', NB, '--out', json)).code).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8')).cells).toHaveLength(6);
    expect((await cli('notebook', 'run', NB, '--out', out('report.txt'))).code).toBe(2);
  }, 120_000);

  it('--pins prints workshop notes under their cells, from a list or the app`s JSON report; a bad file exits 2', async () => {
    const notes = out('pins.json');
    const pins = [{ cell: 'cell-6', text: 'Ask: why <so> low?', at: '2026-12-03T10:00:00.000Z' }];
    writeFileSync(notes, JSON.stringify({ title: 'a JSON report', pins }));
    const html = out('report.html');
    expect((await cli('notebook', 'run', NB, '--pins', notes, '--out', html)).code).toBe(0);
    const text = readFileSync(html, 'utf8');
    expect(text).toContain('<li data-at="2026-12-03T10:00:00.000Z">Ask: why &#60;so&#62; low?</li>');
    expect(text.indexOf('class="pins"')).toBeGreaterThan(text.indexOf('data-cell="cell-6"'));
    writeFileSync(notes, JSON.stringify([{ cell: 'cell-6', text: 'x'.repeat(201), at: '' }]));
    expect((await cli('notebook', 'run', NB, '--pins', notes)).code).toBe(2);
  }, 120_000);

  it('exits 1 on the first failing cell with one line: file:line: cell id: message', async () => {
    const { code, stderr } = await cli('notebook', 'run', 'test/fixtures/notebooks/cli-failing.md');
    expect(code).toBe(1);
    // The line DuckDB points at, inside the cell's body.
    expect(stderr.trim()).toMatch(/^test\/fixtures\/notebooks\/cli-failing\.md:10: cell bad: The cell failed: /);
    expect(stderr.trim()).toMatch(/no_such_column.* \(cell_failed\)$/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  }, 120_000);

  it('runs as the README says (npm run --silent cli -- notebook check)', async () => {
    const { code, stdout } = await spawnCli('notebook', 'check', NB);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).ok).toBe(true);
  }, 60_000);
});
