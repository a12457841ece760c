import { describe, expect, it } from 'vitest';
import { parseNotebook } from '../../../src/notebooks/parse';
import type { NotebookRun } from '../../../src/notebooks/types';
import { slidesOf } from '../../../src/present/slides';

const SOURCE = [
  '---',
  'title: Deck',
  'lang: en',
  '---',
  '',
  '# One',
  '',
  '```sql id=n',
  'SELECT 1 AS x',
  '```',
  '',
  '::: notes',
  'Say hello.',
  ':::',
  '',
  '---',
  '',
  '---',
  '',
  '## Three',
  '',
  '```table from=n',
  '```',
  '',
].join('\n');

const run = (ids: string[]): NotebookRun => ({
  params: {},
  cells: ids.map((id) => ({
    id,
    kind: 'sql',
    line: 1,
    status: 'ok',
    error: null,
    table: { columns: [], rows: [] },
    chart: null,
    digest: '',
  })),
  values: {},
  datasets: {},
  error: null,
});

describe('slidesOf', () => {
  it('splits at --- lines, keeps notes with their slide and leaves out an empty slide', () => {
    const nb = parseNotebook(SOURCE).notebook;
    const slides = slidesOf(nb, run(['n', 'cell-2']));
    expect(slides.map((s) => s.index)).toEqual([0, 1]);
    expect(slides[0].blocks.map((b) => ('prose' in b ? b.prose.trim() : b.cell.id))).toEqual(['# One', 'n']);
    expect(slides[0].notes.map((n) => n.trim())).toEqual(['Say hello.']);
    expect(slides[1].blocks.map((b) => ('prose' in b ? b.prose.trim() : b.cell.id))).toEqual(['## Three', 'cell-2']);
  });

  it('leaves out a cell the run has no result for', () => {
    const nb = parseNotebook(SOURCE).notebook;
    expect(slidesOf(nb, run(['n']))[1].blocks).toHaveLength(1);
  });
});
