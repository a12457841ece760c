import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorMessage, errorText } from '../../../src/i18n/notebook-error';
import { isKey, translator } from '../../../src/i18n/t';

const dir = new URL('../../../src/notebooks/', import.meta.url);
const sources = ['parse.ts', 'validate.ts', 'front.ts', 'yaml.ts', 'run.ts', 'sql-guard.ts', 'cells/index.ts']
  .concat(readdirSync(new URL('cells/', dir)).map((f) => `cells/${f}`))
  .filter((f, i, all) => all.indexOf(f) === i)
  .flatMap((f) => {
    try {
      return [readFileSync(new URL(f, dir), 'utf8')];
    } catch {
      return [];
    }
  });
/** Every error code the notebook modules write: `code: '…'`, `err('…')`, `CellFailure('…')`, bad_… and unknown_…. */
const CODES = [
  ...new Set(
    sources.flatMap((s) =>
      [...s.matchAll(/(?:code: |err\(|CellFailure\(|refuse\()'([a-z][a-z0-9_]*)'|'((?:bad|unknown)_[a-z_]+)'/g)].map(
        (m) => m[1] ?? m[2],
      ),
    ),
  ),
];

describe('notebook error messages', () => {
  it('every code the parser, validator and runner give has a message', () => {
    expect(CODES.length).toBeGreaterThan(20);
    for (const code of CODES) expect(isKey(`nb.err.${code}`), code).toBe(true);
  });

  it('names the line and the cell in the UI language, with the detail', () => {
    const err = { code: 'unknown_dataset', line: 12, cell: 'by_region', detail: 'dataset: "needs_2027"' };
    expect(errorText(err, translator('en'))).toBe(
      'line 12, cell by_region: The dataset is not named in the front matter (datasets): dataset: "needs_2027"',
    );
    expect(errorText({ ...err, cell: null }, translator('ru'))).toBe(
      'строка 12: Набор данных не назван в заголовке (datasets): dataset: "needs_2027"',
    );
    expect(errorText(err, translator('kk'))).toMatch(/^12-жол, by_region ұяшығы: /);
  });

  it('an unknown code is shown with its detail, never hidden', () => {
    expect(errorMessage({ code: 'odd', line: 1, cell: null, detail: 'x' }, translator('en'))).toBe('error odd: x');
  });
});
