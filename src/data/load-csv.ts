import Papa from 'papaparse';
import { type Connector, quoteIdent, quoteLiteral } from '../core/sql';

/**
 * Column names as the CLI contract wants them: an empty header becomes `column<N>`, a duplicate gets `_2`, `_3`
 * (duplicates regardless of case, as DuckDB's column names are case-insensitive).
 */
export function normaliseHeader(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((raw, i) => {
    const base = raw.trim() === '' ? `column${i + 1}` : raw.trim();
    const k = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), k);
    return k === 1 ? base : `${base}_${k}`;
  });
}

/** Read the header row of delimited text with PapaParse (quotes, delimiter sniffing). */
export function sniffHeader(text: string): { names: string[]; delimiter: string } {
  const res = Papa.parse<string[]>(text, { preview: 1, skipEmptyLines: true });
  return { names: normaliseHeader(res.data[0] ?? []), delimiter: res.meta.delimiter };
}

const list = (xs: string[]) => `[${xs.map(quoteLiteral).join(', ')}]`;

/** read_csv options fixing the column types, when every column has one; otherwise none. */
function typeOptions(names: string[], types: Record<string, string | undefined>): string[] {
  if (!names.every((n) => types[n]))
    return ['sample_size = -1', "auto_type_candidates = ['BIGINT', 'DOUBLE', 'DATE', 'VARCHAR']"];
  const columns = names.map((n) => `${quoteLiteral(n)}: ${quoteLiteral(types[n]!)}`).join(', ');
  return ['auto_detect = false', `quote = '"'`, 'skip = 1', `columns = {${columns}}`];
}

/**
 * Load UTF-8 delimited text into a new table with DuckDB's CSV reader. R-style `NA` and empty cells are NULL;
 * Yes/No text stays text (no BOOLEAN guessing), as R and SPSS users expect. Types given for every column (from a
 * codebook) skip the sniffing pass.
 *
 * This is the start-up path of the bundled demo study and of test fixtures: files known to be UTF-8 with a codebook
 * typing every column, read whole in one statement. A user's file takes the importer (`import/load-text.ts`), which
 * detects the encoding and separators and loads in chunks with progress and Cancel; a golden test runs that path
 * against R too (`test/golden/import-path.test.ts`).
 */
export async function loadCsvText(
  db: Connector,
  table: string,
  fileName: string,
  text: string,
  types: Record<string, string | undefined> = {},
): Promise<void> {
  const vfile = `upload/${fileName}`;
  const { names, delimiter } = sniffHeader(text);
  await db.registerText(vfile, text);
  const typed = names.every((n) => types[n]);
  const opts = [
    ...(typed ? [] : ['header = true', `names = ${list(names)}`]),
    `delim = ${quoteLiteral(delimiter)}`,
    "nullstr = ['NA', '']",
    ...typeOptions(names, types),
  ];
  const source = `read_csv(${quoteLiteral(vfile)}, ${opts.join(', ')})`;
  await db.exec(`CREATE OR REPLACE TABLE ${quoteIdent(table)} AS SELECT * FROM ${source}`);
}
