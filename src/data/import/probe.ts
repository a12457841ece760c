import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { arrowStreamProblem } from '../arrow-guard';
import { type Encoding, assertOneEncoding, decode, detectEncoding } from '../encoding';
import { DataError } from '../errors';
import { normaliseHeader } from '../load-csv';
import type { CodebookVariable } from '../study';
import type { CellType } from './cells';
import { type ColumnData, type MergeNote, inferType, sheetColumns } from './columns';
import { readJson } from './json';
import { readParquet } from './parquet';
import { readSav } from './sav';
import { savCodebook } from './sav-codebook';
import { type TextOptions, type TextSniff, sniffText } from './text-sniff';
import { type Sheet, openXlsx } from './xlsx';
import { isXlsForm, xlsFormCodebook } from './xlsform';

export type ImportFormat =
  'csv' | 'tsv' | 'xlsx' | 'sav' | 'zsav' | 'parquet' | 'arrow' | 'json' | 'ndjson' | 'xlsform';

/** Choices the user can override in the preview before committing. */
export interface ProbeOptions {
  encoding?: Encoding;
  text?: Partial<TextOptions>;
  /** Column types by name (text formats). */
  types?: Record<string, CellType>;
  sheet?: string;
  headerRows?: number;
}

/** A file looked at but not loaded yet: every guess, a preview, the codebook it carries, and what to warn about. */
export interface Probe {
  file: string;
  format: ImportFormat;
  encoding: Encoding | string | null;
  delimiter: string | null;
  decimal: '.' | ',' | null;
  text?: TextSniff;
  sheets?: string[];
  sheet?: string;
  headerRows?: number;
  columns: { name: string; type: string }[];
  preview: string[][];
  codebook: CodebookVariable[];
  merges: MergeNote[];
  /** Data read by a JS reader, waiting to be inserted (binary formats). */
  parsed?: ColumnData[];
  /** An Arrow IPC stream to insert as is. */
  arrow?: Uint8Array;
  rows: number | null;
}

const SAMPLE_BYTES = 1 << 20;
/** Excel's limit: beyond it, DuckDB's table and the preview take minutes. */
const MAX_COLUMNS = 16_384;
const starts = (b: Uint8Array, sig: string) => [...sig].every((ch, i) => b[i] === ch.charCodeAt(0));

/** The format of a file from its first bytes, else its extension. */
export function detectFormat(file: string, bytes: Uint8Array): ImportFormat | 'xls' | 'text' {
  if (starts(bytes, 'PK\x03\x04')) return 'xlsx';
  if (starts(bytes, '$FL2')) return 'sav';
  if (starts(bytes, '$FL3')) return 'zsav';
  if (starts(bytes, 'PAR1')) return 'parquet';
  if (starts(bytes, 'ARROW1') || (bytes[0] === 0xff && bytes[1] === 0xff && bytes[2] === 0xff && bytes[3] === 0xff))
    return 'arrow';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'xls';
  const ext = /\.([a-z]+)$/i.exec(file)?.[1].toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'ndjson' || ext === 'jsonl') return 'ndjson';
  return 'text';
}

const show = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** A preview and column list from parsed columns. */
function fromColumns(raw: ColumnData[]): Pick<Probe, 'columns' | 'preview' | 'rows' | 'parsed'> {
  const names = normaliseHeader(raw.map((c) => c.name));
  const columns = raw.map((c, i) => ({ ...c, name: names[i] }));
  const rows = columns[0]?.values.length ?? 0;
  return {
    parsed: columns,
    columns: columns.map((c) => ({ name: c.name, type: c.type ?? inferType(c.values) })),
    preview: Array.from({ length: Math.min(rows, 20) }, (_, i) => columns.map((c) => show(c.values[i]))),
    rows,
  };
}

/**
 * Look at a file: detect the format and everything the preview shows, without touching the workspace. Whatever
 * goes wrong is a DataError naming the file (a reader's own exception becomes its detail).
 */
export async function probeFile(file: string, bytes: Uint8Array, opts: ProbeOptions = {}): Promise<Probe> {
  try {
    return await probe(file, bytes, opts);
  } catch (e) {
    if (e instanceof DataError) throw e;
    throw new DataError({
      code: 'unreadable',
      file,
      detail: e instanceof Error ? e.message.split('\n')[0] : String(e),
    });
  }
}

async function probe(file: string, bytes: Uint8Array, opts: ProbeOptions): Promise<Probe> {
  if (bytes.length === 0) throw new DataError({ code: 'empty', file });
  const format = detectFormat(file, bytes);
  const base = { file, encoding: null, delimiter: null, decimal: null, codebook: [], merges: [] };
  if (format === 'xls')
    throw new DataError({ code: 'unsupported_format', file, detail: 'Excel 97–2003 .xls: save it as .xlsx' });
  if (format === 'text') return probeText(file, bytes, opts);
  if (format === 'sav' || format === 'zsav') {
    const sav = readSav(bytes, file);
    return {
      ...base,
      format,
      encoding: sav.encoding,
      codebook: savCodebook(sav.variables),
      ...fromColumns(sav.columns),
    };
  }
  if (format === 'parquet') return { ...base, format, ...fromColumns(await readParquet(bytes, file)) };
  if (format === 'arrow') return probeArrow(file, bytes);
  if (format === 'json' || format === 'ndjson') {
    const text = decodeText(file, bytes, 'utf-8');
    return { ...base, format, encoding: 'utf-8', ...fromColumns(readJson(text, file, format === 'ndjson')) };
  }
  const wb = openXlsx(bytes, file);
  if (isXlsForm(wb)) {
    const codebook = xlsFormCodebook(wb, file);
    return {
      ...base,
      format: 'xlsform',
      codebook,
      sheets: wb.sheets,
      columns: codebook.map((v) => ({ name: v.name, type: v.type ?? 'VARCHAR' })),
      preview: [],
      rows: codebook.length,
    };
  }
  const sheet = wb.sheet(opts.sheet);
  const headerRows = opts.headerRows ?? headerDepth(sheet);
  const { columns, merges } = sheetColumns(sheet, headerRows);
  return { ...base, format: 'xlsx', sheets: wb.sheets, sheet: sheet.name, headerRows, merges, ...fromColumns(columns) };
}

/** Rows the header spans: the tallest merged cell starting in the first non-empty row (1 when none). */
export function headerDepth(sheet: Sheet): number {
  const first = sheet.rows.findIndex((r) => r.some((c) => c !== null && c !== ''));
  return Math.max(1, ...sheet.merges.filter((m) => m.row === first).map((m) => m.rows));
}

function probeArrow(file: string, bytes: Uint8Array): Probe {
  let table;
  // The stream format is checked first; the file format ("ARROW1") is left to apache-arrow.
  const problem = new TextDecoder().decode(bytes.subarray(0, 6)) === 'ARROW1' ? null : arrowStreamProblem(bytes);
  if (problem)
    throw new DataError({ code: 'unreadable', file, detail: `not a readable Arrow IPC stream (${problem})` });
  try {
    table = tableFromIPC(bytes);
  } catch (e) {
    throw new DataError({ code: 'unreadable', file, detail: `not an Arrow IPC file (${(e as Error).message})` });
  }
  const columns = table.schema.fields.map((f) => ({ name: f.name, type: String(f.type) }));
  const preview = table
    .slice(0, 20)
    .toArray()
    .map((r) => columns.map((c) => show(r[c.name])));
  return {
    file,
    format: 'arrow',
    encoding: null,
    delimiter: null,
    decimal: null,
    codebook: [],
    merges: [],
    columns,
    preview,
    rows: table.numRows,
    arrow: tableToIPC(table, 'stream'),
  };
}

/** Decode text in the given or detected encoding; NUL bytes outside UTF-16 mean binary data. */
function decodeText(file: string, bytes: Uint8Array, encoding: Encoding): string {
  if (!encoding.startsWith('utf-16')) {
    const nul = bytes.subarray(0, SAMPLE_BYTES).indexOf(0);
    if (nul >= 0) {
      const row = bytes.subarray(0, nul).reduce((n, b) => n + (b === 0x0a ? 1 : 0), 1);
      throw new DataError({ code: 'binary', file, row, detail: `a NUL byte at byte ${nul}` });
    }
  }
  return decode(bytes, encoding);
}

function probeText(file: string, bytes: Uint8Array, opts: ProbeOptions): Probe {
  const encoding = opts.encoding ?? detectEncoding(bytes.subarray(0, SAMPLE_BYTES));
  const complete = bytes.length <= SAMPLE_BYTES;
  const head = complete ? bytes : bytes.subarray(0, SAMPLE_BYTES);
  const sample = decodeText(file, head, encoding).replace(/^\uFEFF/, '');
  assertOneEncoding(file, complete ? head : head.subarray(0, head.lastIndexOf(0x0a) + 1), encoding);
  if (!sample.trim()) throw new DataError({ code: 'empty', file });
  const sniff = sniffText(sample, complete, opts.text);
  if (sniff.columns.length > MAX_COLUMNS)
    throw new DataError({
      code: 'parse',
      file,
      row: 1,
      detail: `${sniff.columns.length} columns, more than the ${MAX_COLUMNS} a table holds here`,
    });
  for (const c of sniff.columns) if (opts.types?.[c.name]) c.type = opts.types[c.name];
  const format = sniff.options.delimiter === '\t' ? 'tsv' : 'csv';
  return {
    file,
    format,
    encoding,
    delimiter: sniff.options.delimiter,
    decimal: sniff.options.decimal,
    text: sniff,
    columns: sniff.columns,
    preview: sniff.preview,
    codebook: [],
    merges: [],
    rows: null,
  };
}
