import { DataError } from '../errors';
import type { ColumnData } from './columns';
import type { Cell } from './xlsx';

/** How deep a value may nest: a fixed bound, so the browser and the CLI agree whatever their stack sizes. */
export const MAX_DEPTH = 1000;

/** Whether a value nests more than `limit` levels deep, walked level by level (no recursion). */
function nestsDeeper(v: object, limit: number): boolean {
  let level: object[] = [v];
  for (let depth = 1; level.length; depth++) {
    if (depth > limit) return true;
    level = level.flatMap((x) => Object.values(x).filter((y): y is object => typeof y === 'object' && y !== null));
  }
  return false;
}

/** A value as a cell: nested values become JSON text, up to MAX_DEPTH levels. */
function cell(v: unknown, file: string, row: number, column: string): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'object') return v as Cell;
  if (nestsDeeper(v, MAX_DEPTH))
    throw new DataError({
      code: 'parse',
      file,
      row,
      column,
      detail: `a value nested too deeply (over ${MAX_DEPTH} levels)`,
    });
  return JSON.stringify(v);
}

/** Records → columns over the union of their keys, in order of first appearance; nested values become JSON text. */
export function recordColumns(records: Record<string, unknown>[], file = ''): ColumnData[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    for (const k of Object.keys(r)) {
      if (seen.has(k)) continue;
      seen.add(k);
      names.push(k);
    }
  }
  return names.map((name) => ({ name, values: records.map((r, i) => cell(r[name], file, i + 1, name)) }));
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Parse JSON (an array of records, or an object holding one) or NDJSON (one record per line). */
export function readJson(text: string, file: string, ndjson: boolean): ColumnData[] {
  const records: Record<string, unknown>[] = [];
  if (ndjson) {
    text.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      let r: unknown;
      try {
        r = JSON.parse(line);
      } catch (e) {
        throw new DataError({ code: 'parse', file, row: i + 1, detail: (e as Error).message });
      }
      if (!isRecord(r)) throw new DataError({ code: 'parse', file, row: i + 1, detail: 'a line is not a JSON object' });
      records.push(r);
    });
    return recordColumns(records, file);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new DataError({ code: 'parse', file, detail: (e as Error).message });
  }
  const arr = Array.isArray(doc) ? doc : isRecord(doc) ? Object.values(doc).find(Array.isArray) : undefined;
  const bad = arr?.findIndex((r) => !isRecord(r)) ?? 0;
  if (!arr || bad >= 0)
    throw new DataError({
      code: 'parse',
      file,
      row: bad >= 0 ? bad + 1 : undefined,
      detail: 'expected an array of objects',
    });
  return recordColumns(arr as Record<string, unknown>[], file);
}
