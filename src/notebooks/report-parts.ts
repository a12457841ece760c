import type { ChartSpec } from '../charts/spec';
import type { Lang } from '../core/lang';
import { formatCount } from '../i18n/format';
import { translator } from '../i18n/t';
import type { InlineToken } from './inline';
import type { Cell, CellResult, InlineValue, Notebook, NotebookRun, PinnedNote } from './types';

/** What a report needs besides the run: whether its data is the synthetic demo, and a DOM to draw charts in. */
export interface ReportOptions {
  /** The data is the synthetic demo study: the report says so at the top. */
  synthetic: boolean;
  /** A DOM (jsdom under Node) in which render.ts draws the charts; HTML reports only. */
  document?: Document;
  /** The width charts are drawn at, in px. */
  width?: number;
  minN?: number;
  /** Workshop notes pinned on the notebook's cells: printed under their chart or table. */
  pins?: PinnedNote[];
}

/** Prose to print, or a cell with its result. */
export type ReportBlock = { prose: string } | { cell: Cell; result: CellResult };

/** The notebook's blocks to print with each cell's result: prose and cells, speaker notes left out. */
export function reportBlocks(nb: Notebook, run: NotebookRun): ReportBlock[] {
  const byId = new Map(run.cells.map((r) => [r.id, r]));
  return nb.blocks.flatMap((b): ReportBlock[] => {
    if (b.type === 'notes') return [];
    if (b.type === 'prose') return [{ prose: b.text }];
    const result = byId.get(b.cell.id);
    return result ? [{ cell: b.cell, result }] : [];
  });
}

/** An inline value of the run (missing when the run has none). */
export const valueOf = (run: NotebookRun, token: InlineToken): InlineValue =>
  run.values[token.raw] ?? { text: token.raw, status: 'missing', title: '' };

/** Each dataset: its size, or what it was written for when the data differs. */
export function datasetLines(run: NotebookRun, lang: Lang): string[] {
  const t = translator(lang);
  return Object.entries(run.datasets).map(([name, { expected, actual }]) => {
    if (!actual) return t('nbr.missing', { name });
    if (expected && expected.rows !== actual.rows)
      return t('nbr.mismatch', {
        name,
        expected: formatCount(expected.rows, lang),
        actual: formatCount(actual.rows, lang),
      });
    return t('nbr.dataset', { name, rows: formatCount(actual.rows, lang), columns: formatCount(actual.columns, lang) });
  });
}

/** The run's parameters as `name = value`. */
export const paramText = (run: NotebookRun) =>
  Object.entries(run.params).map(([k, v]) => `${k} = ${v === null ? '' : String(v)}`);
/** A cell's title: its `title` option, else its chart's label. */
export const titleOf = (cell: Cell, chart: ChartSpec | null) =>
  typeof cell.options.title === 'string' ? cell.options.title : (chart?.ariaLabel ?? '');

/** Why a cell has no result, in words. */
export function problemText(cell: Cell, r: CellResult, lang: Lang): string {
  const t = translator(lang);
  if (r.status === 'skipped') return t('nbr.skipped', { cell: cell.id });
  const e = r.error!;
  return `${t('nbr.failed', { cell: cell.id, line: e.line })}: ${e.code}${e.detail ? ` — ${e.detail}` : ''}`;
}

/**
 * Whether a report prints a cell's table: table and chart cells and the statistics (estimate, crosstab, change)
 * do; sql, indicator, sae, plan and transform results are steps towards them (a `table` cell prints one; JSON has
 * them all).
 */
export const isPrinted = (cell: Cell) => !['sql', 'indicator', 'sae', 'plan', 'transform'].includes(cell.kind);
