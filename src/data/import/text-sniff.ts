import Papa from 'papaparse';
import { normaliseHeader } from '../load-csv';
import { type CellType, type NumberFormat, cellType, columnType } from './cells';

/** How delimited text is read: every guess the preview shows and the user may override. */
export interface TextOptions {
  delimiter: string;
  decimal: '.' | ',';
  /** Thousands separator: '' none, ' ' any space (incl. U+00A0, U+202F), '.', ','. */
  thousands: '' | ' ' | '.' | ',';
  header: boolean;
}

/** A column as the sniffer sees it; `type` may be overridden before the import. */
export interface ColumnGuess {
  name: string;
  type: CellType;
  /** strftime format of a DATE column (`%d.%m.%Y`, `%Y-%m-%d`, `%d/%m/%Y`). */
  dateFormat?: string;
}

/** What a sample of delimited text looks like. */
export interface TextSniff {
  options: TextOptions;
  columns: ColumnGuess[];
  /** The first rows as cells (header excluded). */
  preview: string[][];
  /** 1-based file rows with fewer or more fields than the header. */
  ragged: { row: number; fields: number }[];
}

const DELIMITERS = [',', ';', '\t', '|'];
const PREVIEW_ROWS = 20;

/** Cut a sample at its last line break so no row is half-read. */
function wholeLines(sample: string, complete: boolean): string {
  if (complete) return sample;
  const cut = sample.lastIndexOf('\n');
  return cut > 0 ? sample.slice(0, cut) : sample;
}

/** Parse a sample into rows with the given delimiter (or Papa's guess among , ; tab |). */
function parseRows(text: string, delimiter?: string): { rows: string[][]; delimiter: string } {
  const res = Papa.parse<string[]>(text, {
    delimiter: delimiter ?? '',
    delimitersToGuess: DELIMITERS,
    skipEmptyLines: 'greedy',
  });
  return { rows: res.data, delimiter: res.meta.delimiter };
}

/** Guess the decimal mark and thousands separator from the numeric-looking cells. */
export function guessNumberFormat(cells: string[], delimiter: string): NumberFormat {
  let comma = 0,
    dot = 0,
    spaced = 0,
    dotGrouped = 0,
    commaGrouped = 0;
  for (const raw of cells) {
    const c = raw.trim();
    if (/^[-+]?\d+,\d+$/.test(c) && !/^[-+]?\d{1,3},\d{3}$/.test(c)) comma++;
    else if (/^[-+]?\d+\.\d+$/.test(c) && !/^[-+]?\d{1,3}\.\d{3}$/.test(c)) dot++;
    if (/^[-+]?\d{1,3}([ \u00a0\u202f]\d{3})+([.,]\d+)?$/.test(c)) spaced++;
    if (/^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(c) && /,|\.\d{3}\./.test(c)) dotGrouped++;
    if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(c) && /\.|,\d{3},/.test(c)) commaGrouped++;
  }
  const decimal: '.' | ',' = comma > dot || (dotGrouped > 0 && dot === 0) ? ',' : '.';
  let thousands: NumberFormat['thousands'] = '';
  if (spaced) thousands = ' ';
  else if (decimal === ',' && dotGrouped) thousands = '.';
  else if (decimal === '.' && commaGrouped && delimiter !== ',') thousands = ',';
  return { decimal, thousands };
}

/** A header row is text where the row below it holds numbers or dates, or any row of all-distinct non-numeric text. */
function looksLikeHeader(first: string[], rest: string[][], fmt: NumberFormat): boolean {
  if (first.some((c) => c.trim() !== '' && cellType(c, fmt) !== 'VARCHAR')) return false;
  if (!rest.length) return true;
  return new Set(first).size === first.length || rest[0].some((c) => cellType(c, fmt) !== 'VARCHAR');
}

/**
 * Sniff a sample of decoded text: delimiter, decimal mark, thousands separator, header row, column types, and rows
 * whose field count differs from the header. Any field of `override` replaces the guess.
 */
export function sniffText(sample: string, complete: boolean, override: Partial<TextOptions> = {}): TextSniff {
  const { rows, delimiter } = parseRows(wholeLines(sample, complete), override.delimiter);
  const cells = rows.slice(1, 500).flat();
  const fmt = { ...guessNumberFormat(cells, delimiter), ...pick(override, ['decimal', 'thousands']) };
  const header = override.header ?? (rows.length ? looksLikeHeader(rows[0], rows.slice(1), fmt) : true);
  const body = header ? rows.slice(1) : rows;
  const width = rows[0]?.length ?? 0;
  const names = normaliseHeader(header ? (rows[0] ?? []) : Array.from({ length: width }, () => ''));
  const columns = names.map((name, j) => ({
    name,
    ...columnType(
      body.map((r) => r[j] ?? ''),
      fmt,
    ),
  }));
  const ragged = body.flatMap((r, i) => (r.length === width ? [] : [{ row: i + (header ? 2 : 1), fields: r.length }]));
  return { options: { delimiter, ...fmt, header }, columns, preview: body.slice(0, PREVIEW_ROWS), ragged };
}

function pick<T extends object, K extends keyof T>(o: T, keys: K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]])) as Partial<Pick<T, K>>;
}
