import { toCsv } from '../data/csv-export';

/** A result as the CLI prints it: JSON (default) or CSV. */
export function formatResult(result: unknown, format: string): string {
  if (format !== 'csv') return JSON.stringify(result, null, 2) + '\n';
  return toCsv((Array.isArray(result) ? result : [result]) as Record<string, unknown>[]);
}
