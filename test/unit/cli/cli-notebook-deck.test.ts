// `notebook deck` on the demo study, called as the command line calls it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';

const NB = 'test/fixtures/notebooks/cli-deck.md';
const out = (name: string) => join(mkdtempSync(join(tmpdir(), 'cw-deck-')), name);

/** The demo's respondents of one wave: their ids and weights as the CSV writes them. */
function respondents(wave: number): { ids: string[]; weights: string[] } {
  const [head, ...lines] = readFileSync('data/demo/population-survey.csv', 'utf8').trim().split('\n');
  const cols = head.split(',');
  const rows = lines.map((l) => l.split(',')).filter((r) => r[cols.indexOf('wave')] === String(wave));
  return { ids: rows.map((r) => r[cols.indexOf('id')]), weights: rows.map((r) => r[cols.indexOf('weight')]) };
}

describe('cli notebook deck', () => {
  it('writes the run as slides in one HTML file with the runtime inline, in the language asked, pins given', async () => {
    const file = out('deck.html');
    const pins = out('pins.json');
    writeFileSync(pins, JSON.stringify([{ cell: 'cell-3', text: 'Ask <who> lives here', at: '2026-12-03T09:00:00Z' }]));
    const { code, stdout, stderr } = await cli('notebook', 'deck', NB, '--out', file, '--lang', 'ru', '--pins', pins);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ file: NB, out: file, slides: 2, params: { wave: 2025 } });
    const html = readFileSync(file, 'utf8');
    const { document } = new JSDOM(html).window;
    expect(document.querySelector('[data-deck]')!.getAttribute('data-lang')).toBe('ru');
    expect(document.querySelector('h1')!.textContent).toBe('Trust <by> region (deck test)');
    expect(document.querySelectorAll('.slide').length).toBe(2);
    expect([...document.querySelectorAll('figure')].map((f) => f.getAttribute('data-chart'))).toEqual(['map', 'bars']);
    expect(document.querySelector('aside.notes')!.textContent).toBe('Start with the map.');
    expect(document.querySelector('figure[data-chart="map"] .pins li')!.textContent).toBe('Ask <who> lives here');
    expect(document.querySelector('.synthetic')!.textContent).toBe('Синтетические демо-данные');
    const scripts = [...document.querySelectorAll('script:not([type])')];
    expect(scripts).toHaveLength(1);
    expect(scripts[0].textContent!.length).toBeGreaterThan(200);
  });

  it('holds no respondent of the dataset: neither the ids nor the weights the sql cells read', async () => {
    const file = out('deck.html');
    expect((await cli('notebook', 'deck', NB, '--out', file)).code).toBe(0);
    const html = readFileSync(file, 'utf8');
    const { ids, weights } = respondents(2025);
    expect(ids.length).toBeGreaterThan(1000);
    expect(ids.filter((id) => html.includes(id))).toEqual([]);
    expect(weights.filter((w) => w.length > 6 && html.includes(w))).toEqual([]);
  });

  it('needs --out FILE.html (a usage error, exit 2)', async () => {
    expect((await cli('notebook', 'deck', NB)).code).toBe(2);
    expect((await cli('notebook', 'deck', NB, '--out', out('deck.md'))).code).toBe(2);
  });
});
