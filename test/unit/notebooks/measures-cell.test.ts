import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/core/sql';
import { MEASURES } from '../../../src/indicators/measures';
import type { NotebookEnv } from '../../../src/notebooks/env';
import { cellForView } from '../../../src/notebooks/from-view';
import { runNotebook } from '../../../src/notebooks/run';
import { checkNotebook } from '../../../src/notebooks/validate';
import { openDemoEnv } from './demo-env';

const appended = (cell: { text: string; datasets: string[] }) =>
  `---\ntitle: Added\ndatasets:\n${cell.datasets.map((d) => `  ${d}: null`).join('\n')}\n---\n\n${cell.text}`;

describe('cellForView("measures")', () => {
  it('gives a note on the year and a scorecard of every indicator the measures move', () => {
    const cell = cellForView('measures', { year: '2024', view: 'report' }, 'en')!;
    const { notebook, errors } = checkNotebook(appended(cell));
    expect(errors).toEqual([]);
    expect(notebook.cells).toHaveLength(1);
    const ids = [...new Set(MEASURES.flatMap((m) => m.indicators))];
    expect(notebook.cells[0].options).toMatchObject({ kind: 'scorecard', indicator: ids.join(',') });
    expect(cell.text).toMatch(/^Indicators of the strategy’s measures, 2024\. The measures’ statuses are kept/);
    expect(cell.datasets).toEqual(expect.arrayContaining(['population', 'centres', 'ngo_stats']));
    expect(cellForView('measures', { year: '1999' }, 'ru')!.text).toMatch(/2025 год/);
  });

  describe('on the demo study', () => {
    let db: Connector;
    let env: NotebookEnv;
    beforeAll(async () => void ({ db, env } = await openDemoEnv()), 120_000);
    afterAll(() => db?.close?.());

    it('runs, one row per indicator', async () => {
      const cell = cellForView('measures', {}, 'ru')!;
      const [run] = (await runNotebook(checkNotebook(appended(cell)).notebook, env)).cells;
      expect([run.status, run.error]).toEqual(['ok', null]);
      expect(run.table!.rows.length).toBe(new Set(MEASURES.flatMap((m) => m.indicators)).size);
    }, 300_000);
  });
});
