import type { Row } from '../../core/sql';
import { aggregate, aggregatesOf, evaluate, type Expr, keyOf } from './expr-eval';

/** Groups as Arquero keeps them: numbered at `groupby` in stored order; a filter drops the groups it empties. */
interface Groups {
  names: string[];
  keys: Row[];
  /** The group of each row, parallel to the frame's rows. */
  of: number[];
}

export interface OrderKey {
  column: string;
  desc: boolean;
}

/**
 * A table the way Arquero holds one: rows in their stored order, an `orderby` that changes how they are read
 * (and aggregated) but not how groups are numbered, joined or folded, and groups that outlive `filter` and `select`.
 */
export interface Frame {
  names: string[];
  rows: Row[];
  order: OrderKey[] | null;
  groups: Groups | null;
}

export const frameOf = (names: string[], rows: Row[]): Frame => ({ names, rows, order: null, groups: null });

const pick = (row: Row, names: string[]): Row => Object.fromEntries(names.map((n) => [n, row[n]]));

/* eslint-disable @typescript-eslint/no-explicit-any -- Arquero's comparator, on values of any type */
function compareValues(u: any, v: any, o: number): number {
  if ((u < v || u == null) && v != null) return -o;
  if ((u > v || v == null) && u != null) return o;
  u = u instanceof Date ? +u : u;
  v = v instanceof Date ? +v : v;
  if (u !== u && v === v) return -o;
  if (v !== v && u === u) return o;
  return 0;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Indices of the rows in reading order (a stable sort by the orderby keys). */
function readingOrder(f: Frame): number[] {
  const idx = f.rows.map((_, i) => i);
  const keys = f.order;
  if (!keys) return idx;
  return idx.sort((a, b) => {
    for (const k of keys) {
      const c = compareValues(f.rows[a][k.column], f.rows[b][k.column], k.desc ? -1 : 1);
      if (c) return c;
    }
    return 0;
  });
}

/** The rows as they are read out. */
export const rowsOf = (f: Frame): Row[] => readingOrder(f).map((i) => pick(f.rows[i], f.names));

/** The rows of each group (one group for an ungrouped frame) in reading order, as Arquero aggregates them. */
function partitions(f: Frame): { rows: Row[][]; keys: Row[] } {
  return { rows: partitionIndices(f).map((p) => p.map((i) => f.rows[i])), keys: f.groups?.keys ?? [{}] };
}

/** Each group's rows as indices into the frame's rows, in reading order. */
function partitionIndices(f: Frame): number[][] {
  const order = readingOrder(f);
  if (!f.groups) return [order];
  const out: number[][] = f.groups.keys.map(() => []);
  for (const i of order) out[f.groups.of[i]].push(i);
  return out;
}

/** Each aggregate of the expressions, for each group: values[group][aggregate id]. */
function groupAggregates(f: Frame, exprs: Expr[]): unknown[][][] {
  const parts = partitions(f).rows;
  return exprs.map((e) => {
    const nodes = aggregatesOf(e);
    return parts.map((rows) => nodes.map((n) => aggregate(n, rows)));
  });
}

export function derive(f: Frame, exprs: Record<string, Expr>): Frame {
  const list = Object.values(exprs);
  const aggs = groupAggregates(f, list);
  const names = Object.keys(exprs);
  const rows = f.rows.map((r, i) => {
    const g = f.groups ? f.groups.of[i] : 0;
    const out = { ...r };
    list.forEach((e, j) => (out[names[j]] = evaluate(e, r, aggs[j][g])));
    return out;
  });
  return { ...f, names: [...f.names, ...names.filter((n) => !f.names.includes(n))], rows };
}

export function filter(f: Frame, e: Expr): Frame {
  const keep = derive(f, { p: e }).rows.map((r) => !!r.p);
  const groups = f.groups && withoutEmpty({ ...f.groups, of: f.groups.of.filter((_, i) => keep[i]) });
  return { ...f, rows: f.rows.filter((_, i) => keep[i]), groups };
}

/** Groups left without rows by a filter are dropped, the others keep their order. */
function withoutEmpty(g: Groups): Groups {
  const used = new Set(g.of);
  const renumber = new Map([...g.keys.keys()].filter((i) => used.has(i)).map((i, to) => [i, to]));
  return { names: g.names, keys: g.keys.filter((_, i) => used.has(i)), of: g.of.map((i) => renumber.get(i)!) };
}

export function groupby(f: Frame, names: string[]): Frame {
  const index = new Map<string, number>();
  const keys: Row[] = [];
  const of = f.rows.map((r) => {
    const key = names.map((n) => String(keyOf(r[n]))).join('|');
    if (!index.has(key)) index.set(key, keys.push(pick(r, names)) - 1);
    return index.get(key)!;
  });
  return { ...f, groups: names.length ? { names, keys, of } : null };
}

export function rollup(f: Frame, exprs: Record<string, Expr>): Frame {
  const { rows: parts, keys } = partitions(f);
  const list = Object.entries(exprs);
  const rows = parts.map((rows, g) => {
    const out: Row = { ...keys[g] };
    for (const [name, e] of list)
      out[name] = evaluate(
        e,
        undefined,
        aggregatesOf(e).map((n) => aggregate(n, rows)),
      );
    return out;
  });
  return frameOf([...(f.groups?.names ?? []), ...list.map(([n]) => n)], rows);
}

/**
 * Arquero's pivot: one column per key value (several keys joined with `_`), sorted as JavaScript sorts; with
 * several values each column is `value_key`. A plain column is its first valid value (`op.any`).
 */
export function pivot(f: Frame, on: string[], values: Record<string, Expr>): Frame {
  const keyCol = f.rows.map((r) => (on.length === 1 ? r[on[0]] : on.map((n) => r[n]).join('_')));
  const seen = new Map<unknown, unknown>();
  for (const k of keyCol) if (k !== null && k !== undefined && k === k && !seen.has(keyOf(k))) seen.set(keyOf(k), k);
  const keys = [...seen.values()].sort();
  const names = Object.keys(values);
  const column = (name: string, k: unknown) => (names.length > 1 ? `${name}_${String(k)}` : String(k));
  const { rows: parts, keys: groupKeys } = partitions(f);
  const offsets = partitionIndices(f);
  const rows = parts.map((rows, g) => {
    const out: Row = { ...groupKeys[g] };
    for (const name of names)
      for (const k of keys) {
        const match = (i: number) => keyCol[offsets[g][i]] === k;
        const aggs = aggregatesOf(values[name]).map((n) => aggregate(n, rows, match));
        out[column(name, k)] = evaluate(values[name], undefined, aggs);
      }
    return out;
  });
  return frameOf([...(f.groups?.names ?? []), ...names.flatMap((n) => keys.map((k) => column(n, k)))], rows);
}

export function fold(f: Frame, columns: string[], [k, v]: [string, string]): Frame {
  if (!columns.length) return f;
  const kept = f.names.filter((n) => !columns.includes(n));
  const rows = f.rows.flatMap((r) => columns.map((c) => ({ ...pick(r, kept), [k]: c, [v]: r[c] })));
  return frameOf([...kept, ...[k, v].filter((n) => !kept.includes(n))], rows);
}

export type JoinHow = 'inner' | 'left' | 'right' | 'full';

const joinKey = (r: Row, on: string[]): unknown => {
  if (on.length === 1) return keyOf(r[on[0]]);
  const parts = on.map((c) => r[c]);
  return parts.every((v) => v !== null && v !== undefined && v === v) ? parts.map(keyOf).join('|') : null;
};

/**
 * Arquero's join on equal keys: the larger table is scanned in its stored order, each row followed by its
 * matches; then the unmatched left rows (left, full) and right rows (right, full). A name on both sides that is
 * not a key becomes `name_1` and `name_2`; a full join merges each key column.
 */
export function join(left: Frame, right: Frame, on: string[], how: JoinHow): Frame {
  const fromLeft = how === 'right' ? left.names.filter((n) => !on.includes(n)) : left.names;
  const fromRight = how === 'right' ? right.names : right.names.filter((n) => !on.includes(n));
  const clash = new Set(fromRight.filter((n) => fromLeft.includes(n)));
  const outL = fromLeft.map((n) => (clash.has(n) ? `${n}_1` : n));
  const outR = fromRight.map((n) => (clash.has(n) ? `${n}_2` : n));
  const merge = how === 'full' ? new Set(on) : new Set<string>();
  const rows: Row[] = [];
  const emit = (a: Row | undefined, b: Row | undefined) => {
    const out: Row = {};
    fromLeft.forEach((n, i) => (out[outL[i]] = merge.has(n) ? (a?.[n] ?? b?.[n]) : a?.[n]));
    fromRight.forEach((n, i) => (out[outR[i]] = b?.[n]));
    rows.push(out);
  };
  const scanLeft = left.rows.length >= right.rows.length;
  const [scan, hashed] = scanLeft ? [left.rows, right.rows] : [right.rows, left.rows];
  const lookup = new Map<unknown, number[]>();
  hashed.forEach((r, i) => {
    const key = joinKey(r, on);
    if (key === null || key === undefined || key !== key) return;
    if (lookup.has(key)) lookup.get(key)!.push(i);
    else lookup.set(key, [i]);
  });
  const hitScan = scan.map(() => false);
  const hitHashed = hashed.map(() => false);
  scan.forEach((r, j) => {
    for (const i of lookup.get(joinKey(r, on)) ?? []) {
      if (scanLeft) emit(r, hashed[i]);
      else emit(hashed[i], r);
      hitScan[j] = hitHashed[i] = true;
    }
  });
  const [hitL, hitR] = scanLeft ? [hitScan, hitHashed] : [hitHashed, hitScan];
  if (how === 'left' || how === 'full') left.rows.forEach((r, i) => hitL[i] || emit(r, undefined));
  if (how === 'right' || how === 'full') right.rows.forEach((r, i) => hitR[i] || emit(undefined, r));
  return frameOf([...outL, ...outR], rows);
}

export const select = (f: Frame, names: string[]): Frame => ({ ...f, names });

export function rename(f: Frame, map: Record<string, string>): Frame {
  const to = (n: string) => (Object.hasOwn(map, n) ? map[n] : n);
  const rows = f.rows.map((r) => Object.fromEntries(f.names.map((n) => [to(n), r[n]])));
  const order = f.order && f.order.map((k) => ({ ...k, column: to(k.column) }));
  return { ...f, names: f.names.map(to), rows, order };
}

export const orderby = (f: Frame, keys: OrderKey[]): Frame => ({ ...f, order: keys });

/** Rows `start` to `end` (negative: from the end) in reading order, of each group when grouped. */
export function slice(f: Frame, start: number, end: number): Frame {
  const order = readingOrder(f);
  const group = (i: number) => (f.groups ? f.groups.of[i] : 0);
  const sizes = new Map<number, number>();
  for (const i of order) sizes.set(group(i), (sizes.get(group(i)) ?? 0) + 1);
  const seen = new Map<number, number>();
  const kept = order.filter((i) => {
    const n = sizes.get(group(i))!;
    const at = (seen.get(group(i)) ?? 0) + 1;
    seen.set(group(i), at);
    const [s, e] = [start < 0 ? n + start : start, end < 0 ? n + end : end];
    return s < at && at <= e;
  });
  const groups = f.groups && { ...f.groups, of: kept.map((i) => f.groups!.of[i]) };
  return { names: f.names, rows: kept.map((i) => f.rows[i]), order: null, groups };
}
