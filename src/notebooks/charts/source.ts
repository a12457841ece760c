import type { Row } from '../../core/sql';
import { entryById } from '../../indicators/catalogue';
import type { Entry } from '../../indicators/catalogue/types';
import type { IndicatorRow } from '../../indicators/rows';
import type { Flag, Status } from '../../indicators/status';
import { listOf, resultOf } from '../cells/shared';
import { type CellContext, CellFailure } from '../cells/types';
import type { Cell, ResultTable, Scalar } from '../types';

/** A chart cell's options with `$param` references replaced by the parameters' values. */
export type ChartOptions = Record<string, unknown>;

/** The cell's options, each `$name` replaced by the parameter's value. */
export function resolvedOptions(cell: Cell, params: Record<string, Scalar>): ChartOptions {
  const one = (v: unknown) => (typeof v === 'string' && /^\$[a-z_][a-z0-9_]*$/.test(v) ? params[v.slice(1)] : v);
  return Object.fromEntries(Object.entries(cell.options).map(([k, v]) => [k, Array.isArray(v) ? v.map(one) : one(v)]));
}

/** A wave option as a number (null when not given). */
export function waveOption(v: unknown): number | null {
  if (v === undefined || v === null || v === '') return null;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new CellFailure('bad_value', `wave: ${JSON.stringify(v)}`);
  return n;
}

/** Records as a result table: every column any record has, each typed by its first non-null value. */
export function tableOf(rows: Row[]): ResultTable {
  return resultOf(rows, [...new Set(rows.flatMap((r) => Object.keys(r)))]);
}

const KNOWN = new Set([
  ...['indicator_id', 'unit', 'region', 'wave', 'estimate', 'se', 'ci_low', 'ci_high', 'df', 'n', 'n_eff'],
  ...['status', 'flags', 'dropped_by'],
]);
const num = (v: unknown) => (v === null || v === undefined || v === '' ? null : Number(v));

/** A row's flags: a list, or one text of codes separated by `;` or `,`. */
export function flagsOf(v: unknown): Flag[] {
  if (Array.isArray(v)) return v.map(String) as Flag[];
  return typeof v === 'string' && v ? (v.split(/[;,]\s*/).filter(Boolean) as Flag[]) : [];
}

/** Rows of an indicator result back in the catalogue's shape (the `by` columns become the breakdown). */
export function asIndicatorRows(rows: Row[], by: string[] = []): IndicatorRow[] {
  return rows.map((r) => ({
    indicator_id: String(r.indicator_id ?? ''),
    unit: (r.unit ?? 'index_0_100') as IndicatorRow['unit'],
    region: r.region == null || r.region === '' || r.region === 'KZ' ? null : String(r.region),
    wave: num(r.wave),
    by: Object.fromEntries(by.filter((k) => !KNOWN.has(k) && r[k] != null).map((k) => [k, r[k]])),
    estimate: num(r.estimate),
    se: num(r.se),
    ci_low: num(r.ci_low),
    ci_high: num(r.ci_high),
    df: num(r.df),
    n: num(r.n) ?? 0,
    n_eff: num(r.n_eff),
    status: (r.status ?? 'ok') as Status,
    flags: flagsOf(r.flags),
    dropped_by: [],
  }));
}

/** What a chart draws: the catalogue entry (when the data is one entry's rows) and the rows. */
export interface ChartSource {
  entry: Entry | null;
  /** The entry's rows (entry set), or the result's rows as they are. */
  rows: Row[];
  indicatorRows: IndicatorRow[];
  /** The breakdown besides region and wave (one facet of the comparison pages), or null. */
  by: string | null;
}

/**
 * The chart's data: the catalogue rows of `indicator` (by region and wave, and `by`), read through the environment
 * as the indicator pages read them, or the named result `data` (an indicator cell's rows keep their entry, except on
 * a district map).
 */
export async function chartSource(opts: ChartOptions, ctx: CellContext): Promise<ChartSource> {
  const by = listOf(opts.by).filter((b) => b !== 'region' && b !== 'wave')[0] ?? null;
  if (typeof opts.indicator === 'string') {
    const entry = entryById(opts.indicator);
    if (!entry) throw new CellFailure('unknown_indicator', opts.indicator);
    const rows = await ctx.env.indicators([entry.id], by ? ['region', 'wave', by] : ['region', 'wave']);
    return { entry, rows: rows as unknown as Row[], indicatorRows: rows, by };
  }
  const table = ctx.results.get(String(opts.data));
  if (!table) throw new CellFailure('unknown_result', String(opts.data));
  const ids = [...new Set(table.rows.map((r) => r.indicator_id).filter((x) => typeof x === 'string'))];
  // A district map draws the result's `district` column, an entry's rows too (the entry's own maps are by region).
  const byDistrict = opts.kind === 'map' && opts.level === 'district';
  const entry = ids.length === 1 && !byDistrict ? (entryById(ids[0] as string) ?? null) : null;
  return { entry, rows: table.rows, indicatorRows: entry ? asIndicatorRows(table.rows, by ? [by] : []) : [], by };
}
