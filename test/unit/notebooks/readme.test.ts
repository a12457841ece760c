import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NOTEBOOK_ERROR_STRINGS } from '../../../src/i18n/strings/notebook-errors';
import { CELL_OPTIONS, TRANSFORM_VERBS } from '../../../src/notebooks/options';
import { CELL_KINDS, CHART_KINDS } from '../../../src/notebooks/types';

const README = readFileSync(new URL('../../../notebooks/README.md', import.meta.url), 'utf8');

/** The README's section of a cell kind: from its `#### \`kind\`` heading to the next heading. */
function section(kind: string): string {
  const start = README.indexOf(`#### \`${kind}\``);
  const end = README.indexOf('\n#', start + 1);
  return start < 0 ? '' : README.slice(start, end < 0 ? undefined : end);
}

describe('notebooks/README.md documents the format', () => {
  it('every cell kind, with each of its options in its table', () => {
    for (const kind of CELL_KINDS) {
      const text = section(kind);
      expect(text, kind).not.toBe('');
      for (const option of Object.keys(CELL_OPTIONS[kind])) expect(text, `${kind}.${option}`).toMatch(`\`${option}\``);
    }
  });

  it('every chart kind and transform verb', () => {
    for (const kind of CHART_KINDS) expect(section('chart'), kind).toContain(`\`${kind}\``);
    for (const verb of TRANSFORM_VERBS) expect(section('transform'), verb).toContain(`\`${verb}\``);
  });

  it('every error code that has a message', () => {
    const codes = Object.keys(NOTEBOOK_ERROR_STRINGS)
      .map((k) => k.replace(/^nb\.err\./, ''))
      .filter((c) => !['at', 'atCell', 'unknown', 'not_implemented'].includes(c));
    const table = README.slice(README.indexOf('## Errors'));
    for (const code of codes) expect(table, code).toContain(`\`${code}\``);
  });
});
