import { describe, expect, it } from 'vitest';
import { checkNotebook } from '../../../../src/notebooks/validate';
import {
  joinCell,
  listEntries,
  newNotebook,
  slug,
  uniqueId,
  withDatasets,
} from '../../../../src/ui/notebooks/catalogue';

const CELL = '```chart kind=ranking\nindicator: sci\nwave: 2025\n```\n';

describe('notebook catalogue', () => {
  it('slug(name) keeps latin letters, digits and dashes; a name without any becomes "notebook"', () => {
    expect(slug('My Wave Report 2027.md')).toBe('my-wave-report-2027');
    expect(slug('Новый блокнот')).toBe('notebook');
  });

  it('uniqueId(base, taken) numbers a taken id from 2', () => {
    expect(uniqueId('a', [])).toBe('a');
    expect(uniqueId('a', ['a', 'a-2'])).toBe('a-3');
  });

  it('joinCell appends a cell after one blank line and keeps the file’s line endings', () => {
    expect(joinCell('---\ntitle: x\n---\nText\n\n\n', CELL)).toBe(`---\ntitle: x\n---\nText\n\n${CELL}`);
    expect(joinCell('a\r\nb\r\n', 'c\nd')).toBe('a\r\nb\r\n\r\nc\r\nd\r\n');
  });

  it('newNotebook(title, lang, datasets) + a cell is a notebook that checks', () => {
    const text = joinCell(newNotebook('Новый «блокнот»', 'ru', ['population']), CELL);
    const { notebook, errors } = checkNotebook(text);
    expect(errors).toEqual([]);
    expect(notebook.front).toMatchObject({ title: 'Новый «блокнот»', lang: 'ru', datasets: { population: null } });
  });

  it('withDatasets adds the datasets a cell needs to the front matter and leaves the rest of the text as it was', () => {
    const body = '\nProse <b>kept</b>.\n\n```sql id=x\nSELECT 1\n```\n';
    const text = `---\ntitle: T # a comment\ndatasets:\n  centres: { rows: 1, columns: 2, hash: ab }\n---${body}`;
    const out = withDatasets(text, ['centres', 'population']);
    expect(out.endsWith(`---${body}`)).toBe(true);
    expect(checkNotebook(out).notebook.front.datasets).toEqual({
      centres: { rows: 1, columns: 2, hash: 'ab' },
      population: null,
    });
    expect(out).toContain('# a comment');
    expect(withDatasets(text, ['centres'])).toBe(text);
    expect(checkNotebook(withDatasets('---\ntitle: T\n---\n', ['ngo_stats'])).notebook.front.datasets).toEqual({
      ngo_stats: null,
    });
  });

  it('listEntries puts the workspace’s notebooks after the shipped ones, titled from their front matter', () => {
    const saved = [{ id: 'mine', source: '---\ntitle: Mine\n---\n', saved: '2026-01-01T00:00:00Z' }];
    const list = listEntries(saved);
    expect(list[list.length - 1]).toMatchObject({ id: 'mine', title: 'Mine', shipped: false });
    expect(list.filter((n) => n.shipped).every((n) => n.id !== 'README')).toBe(true);
  });
});
