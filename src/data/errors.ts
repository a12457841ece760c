/** A problem with user input, as a value: a code, the file, and where in it. ui and cli translate it. */
export interface DataProblem {
  code:
    | 'not_utf8'
    | 'mixed_encoding'
    | 'unreadable'
    | 'parse'
    | 'unknown_column'
    | 'empty'
    | 'unsupported_format'
    | 'bad_value'
    | 'binary'
    | 'no_sheet'
    | 'storage_full'
    | 'no_valid_values'
    | 'not_a_date'
    | 'not_a_number'
    | 'not_a_count'
    | 'not_a_year'
    | 'not_a_period'
    | 'out_of_range'
    | 'unknown_code';
  file: string;
  row?: number;
  column?: string;
  detail?: string;
}

/** An error carrying a DataProblem. */
export class DataError extends Error {
  readonly problem: DataProblem;
  constructor(problem: DataProblem) {
    super(formatProblem(problem));
    this.name = 'DataError';
    this.problem = problem;
  }
}

/** One line in English naming the file, the row/column and the problem (the CLI's stderr line). */
export function formatProblem(p: DataProblem): string {
  const where = [p.row !== undefined ? `row ${p.row}` : '', p.column ? `column "${p.column}"` : '']
    .filter(Boolean)
    .join(', ');
  const what: Record<DataProblem['code'], string> = {
    not_utf8: 'the file is not valid UTF-8 text',
    mixed_encoding: 'the file mixes two text encodings',
    unreadable: 'the file cannot be read',
    parse: 'the text cannot be parsed',
    unknown_column: 'no such column',
    empty: 'the file has no data rows',
    unsupported_format: 'this format is not supported',
    bad_value: 'a value does not fit the column type',
    binary: 'binary data, not text',
    no_sheet: 'no such sheet',
    storage_full: 'the browser storage is full',
    no_valid_values: 'the column has no valid value (every row is empty or missing)',
    not_a_date: 'not a date (2025-12-31 or 31.12.2025)',
    not_a_number: 'not a number',
    not_a_count: 'not a whole number of 0 or more',
    not_a_year: 'not a year',
    not_a_period: 'not a period (2024, 2024-Q1 or 2024-03)',
    out_of_range: 'a value outside the bounds',
    unknown_code: 'a value that is none of the codes or their labels',
  };
  return `${p.file}${where ? `: ${where}` : ''}: ${what[p.code]}${p.detail ? ` (${p.detail})` : ''}`;
}

/** Find the 1-based line and byte offset of the first byte that is not valid UTF-8, or null if all is valid. */
export function firstInvalidUtf8(bytes: Uint8Array): { line: number; offset: number } | null {
  let line = 1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    if (b === 0x0a) line++;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return { line, offset: i };
    for (let k = 1; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return { line, offset: i };
    i += len;
  }
  return null;
}

/** Decode UTF-8 text (a BOM is dropped); anything else is a DataError naming the line. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new DataError({ code: 'not_utf8', file, row: at?.line, detail: at ? `byte ${at.offset}` : undefined });
  }
}
