import type { Row } from '../../core/sql';
import type { EnvDataset, NotebookEnv } from '../env';
import type { Cell, ResultColumn, ResultTable, Scalar } from '../types';
import { CellFailure, type CellContext } from './types';

const typeOf = (v: unknown): ResultColumn['type'] =>
  typeof v === 'number' ? 'number' : typeof v === 'string' ? 'string' : typeof v === 'boolean' ? 'boolean' : 'other';

/** A result table from rows: the columns given (default: the first row's keys), typed by their first non-null value. */
export function resultOf(rows: Row[], names: string[] = Object.keys(rows[0] ?? {})): ResultTable {
  const columns = names.map((name) => {
    const seen = rows.find((r) => r[name] !== null && r[name] !== undefined)?.[name];
    return { name, type: seen === undefined ? ('other' as const) : typeOf(seen) };
  });
  return { columns, rows };
}

/** An option's value with `$param` replaced by the parameter's value (undefined when the option is absent). */
export function optionValue(cell: Cell, key: string, params: Record<string, Scalar>): Scalar | undefined {
  const v = cell.options[key];
  if (v === undefined) return undefined;
  if (typeof v === 'string' && v.startsWith('$')) {
    const name = v.slice(1);
    if (!Object.hasOwn(params, name)) throw new CellFailure('unknown_param', v);
    return params[name];
  }
  return v as Scalar;
}

/** A text option (`$param` resolved); '' when absent. */
export function optionText(cell: Cell, key: string, params: Record<string, Scalar>): string {
  const v = optionValue(cell, key, params);
  return v === undefined || v === null ? '' : String(v);
}

/** A list as names: a YAML list or one comma-separated text (empty when absent). */
export function listOf(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  const items = Array.isArray(v) ? v.map(String) : String(v).split(',');
  return items.map((s) => s.trim()).filter(Boolean);
}

/** A list option: a YAML list or one comma-separated text. */
export function optionList(cell: Cell, key: string): string[] {
  return listOf(cell.options[key]);
}

/** A wave option as a number (null when absent or null). */
export function optionWave(cell: Cell, params: Record<string, Scalar>): number | null {
  const v = optionValue(cell, 'wave', params);
  if (v === undefined || v === null || v === '') return null;
  const n = Number(v);
  if (!Number.isInteger(n)) throw new CellFailure('bad_value', `wave: ${String(v)}`);
  return n;
}

/** The dataset a cell names. */
export function datasetOf(cell: Cell, env: NotebookEnv): EnvDataset {
  const name = String(cell.options.dataset ?? '');
  const ds = Object.hasOwn(env.datasets, name) ? env.datasets[name] : undefined;
  if (!ds) throw new CellFailure('unknown_dataset', name);
  return ds;
}

/** The named result of an earlier cell. */
export function resultNamed(name: string, ctx: CellContext): ResultTable {
  const r = ctx.results.get(name);
  if (!r) throw new CellFailure('unknown_result', name);
  return r;
}

/** A region's or a district's name in the env's language (the code itself when it is neither). */
export function placeNamer(env: NotebookEnv): (code: string) => string {
  const names = new Map<string, string>();
  for (const p of [...env.districts, ...env.regions]) names.set(p.code, p.name[env.lang]);
  return (code) => names.get(code) ?? code;
}

/** The result's columns named (in that order), each checked to exist; all of them when none are named. */
export function columnsNamed(table: ResultTable, names: string[]): ResultColumn[] {
  if (!names.length) return table.columns;
  const byName = new Map(table.columns.map((c) => [c.name, c]));
  return names.map((name) => {
    const c = byName.get(name);
    if (!c) throw new CellFailure('unknown_column', name);
    return c;
  });
}

/** The option that weighs a need. */
export const weightOption = (need: string) => `w_${need}`;

/** A number, or text that reads as one (NaN otherwise: booleans, null, empty text). */
const numberOf = (v: unknown): number =>
  typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;

/** A weight as written (a number ≥ 0, or text that reads as one); null when it is not one. */
export function weightValue(v: unknown): number | null {
  const w = numberOf(v);
  return Number.isFinite(w) && w >= 0 ? w : null;
}

/** A `top` as written: a whole number ≥ 1 (or text that reads as one); null when it is not one. */
export function topValue(v: unknown): number | null {
  const n = numberOf(v);
  return Number.isInteger(n) && n >= 1 ? n : null;
}
