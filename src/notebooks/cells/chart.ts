import { columnsChart } from '../charts/columns';
import { entryChart } from '../charts/entry';
import { chartSource, resolvedOptions, tableOf } from '../charts/source';
import { matrixRows, scorecardRows } from '../charts/tables';
import type { ChartKind } from '../types';
import { columnsNamed, optionList } from './shared';
import type { CellRunner } from './types';

/**
 * A chart cell: its data (a named result, or a catalogue entry read as the indicator pages read it) drawn as a
 * ChartSpec by the app's own builders; `table`, `scorecard` and `matrix` give a table only. `columns` names the
 * columns its table prints; the rows keep every field (the small-base rules and step reveals read them).
 */
export const runChart: CellRunner = async (cell, ctx) => {
  const result = await chartResult(cell, ctx);
  const names = optionList(cell, 'columns');
  return names.length ? { ...result, table: { ...result.table, columns: columnsNamed(result.table, names) } } : result;
};

const chartResult: CellRunner = async (cell, ctx) => {
  const opts = resolvedOptions(cell, ctx.params);
  const kind = opts.kind as ChartKind;
  const data = typeof opts.data === 'string' ? (ctx.results.get(opts.data)?.rows ?? null) : null;
  if (kind === 'scorecard') return { table: tableOf(await scorecardRows(opts, ctx, data)), chart: null };
  if (kind === 'matrix') return { table: tableOf(await matrixRows(opts, ctx, data)), chart: null };
  const source = await chartSource(opts, ctx);
  if (source.entry) {
    const drawn = entryChart(kind, source.entry, source.indicatorRows, opts, source.by, ctx.env);
    return { table: tableOf(drawn.records), chart: drawn.chart };
  }
  const chart = kind === 'table' ? null : columnsChart(kind, source.rows, opts, ctx.env);
  return { table: ctx.results.get(String(opts.data)) ?? tableOf(source.rows), chart };
};
