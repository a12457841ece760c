import { toCsv } from '../data/csv-export';

/** Print a result as JSON (default) or CSV. */
export function print(result: unknown, format: string): void {
  if (format === 'csv') {
    const rows = Array.isArray(result) ? result : [result];
    process.stdout.write(toCsv(rows as Record<string, unknown>[]));
  } else process.stdout.write(JSON.stringify(result, null, 2) + '\n');
}
