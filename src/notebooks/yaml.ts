import { parseDocument } from 'yaml';
import type { NotebookError } from './types';

/**
 * Read a YAML text as plain data. Errors carry the file's line (`firstLine`: where the text starts in the file).
 * Aliases, tags and custom types are refused: a notebook holds plain data only.
 */
export function readYaml(
  text: string,
  firstLine: number,
  cell: string | null,
): { value: unknown; error: null } | { value: null; error: NotebookError } {
  const doc = parseDocument(text, { uniqueKeys: true, customTags: [], schema: 'core' });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const line = firstLine + (problem.linePos?.[0].line ?? 1) - 1;
    return { value: null, error: { code: 'yaml', line, cell, detail: problem.message.split('\n')[0] } };
  }
  try {
    return { value: doc.toJS({ maxAliasCount: 0 }) ?? null, error: null };
  } catch (e) {
    return { value: null, error: { code: 'yaml', line: firstLine, cell, detail: (e as Error).message } };
  }
}
