import { readFile } from 'node:fs/promises';
import { MAX_PIN_LENGTH, isPinnedNote } from '../data/pins';
import type { PinnedNote } from '../notebooks/types';
import { UsageError } from './usage-error';

/**
 * `--pins FILE`: workshop notes to print in the report, a JSON list of `{cell, text, at}` or a JSON report holding
 * one as its `pins` (the app's JSON report carries the notebook's pins).
 */
export async function readPins(file: string): Promise<PinnedNote[]> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    throw new UsageError(`--pins ${file}: cannot read it as JSON`);
  }
  const list = Array.isArray(data) ? data : (data as { pins?: unknown } | null)?.pins;
  if (!Array.isArray(list) || !list.every(isPinnedNote))
    throw new UsageError(
      `--pins ${file}: write a list of {cell, text, at} (text at most ${MAX_PIN_LENGTH} characters)`,
    );
  return list.map(({ cell, text, at }) => ({ cell, text, at }));
}
