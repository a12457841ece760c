import { isKey, type T } from './t';

/** A notebook error as the parser, validator and runner give it (src/notebooks/types.ts NotebookError). */
export interface CodedError {
  code: string;
  line: number;
  cell: string | null;
  detail: string;
}

/** The message of a notebook error alone, in the UI language (`nb.err.<code>`, or the code and detail). */
export function errorMessage(err: CodedError, t: T): string {
  const key = `nb.err.${err.code}`;
  return isKey(key) ? t(key, { detail: err.detail }) : t('nb.err.unknown', { code: err.code, detail: err.detail });
}

/** The message with where it is: "line 12, cell by_region: …" (or "line 3: …" outside a cell). */
export function errorText(err: CodedError, t: T): string {
  const text = errorMessage(err, t);
  return err.cell === null
    ? t('nb.err.at', { line: err.line, text })
    : t('nb.err.atCell', { line: err.line, cell: err.cell, text });
}
