import { columnsNamed, optionList, resultNamed } from './shared';
import { CellFailure, type CellRunner } from './types';

/** Columns that carry the small-base rules: they stay with the rows whatever is chosen, so renderers can apply them. */
const RULE_COLUMNS = ['status', 'flags'];

/**
 * `table`: a named result's columns (all, or those listed, in that order), with headers (`labels`) and decimals as
 * format hints on the columns; the rows are not changed.
 */
export const runTable: CellRunner = async (cell, ctx) => {
  const source = resultNamed(String(cell.options.data ?? ''), ctx);
  const chosen = optionList(cell, 'columns');
  const byName = new Map(source.columns.map((c) => [c.name, c]));
  const named = columnsNamed(source, chosen).map((c) => c.name);
  const kept = chosen.length ? [...named, ...RULE_COLUMNS.filter((c) => byName.has(c) && !chosen.includes(c))] : named;
  const labels = (cell.options.labels ?? {}) as Record<string, unknown>;
  for (const name of Object.keys(labels)) if (!byName.has(name)) throw new CellFailure('unknown_column', name);
  const decimals = typeof cell.options.decimals === 'number' ? cell.options.decimals : undefined;
  const columns = kept.map((name) => {
    const c = { ...byName.get(name)! };
    if (Object.hasOwn(labels, name)) c.label = String(labels[name]);
    if (decimals !== undefined && c.type === 'number') c.decimals = decimals;
    return c;
  });
  const rows = source.rows.map((r) => Object.fromEntries(kept.map((k) => [k, r[k] ?? null])));
  return { table: { columns, rows } };
};
