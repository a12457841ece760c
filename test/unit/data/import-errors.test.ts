import { describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/core/sql';
import { importDataset } from '../../../src/data/dataset-import';
import { openNativeDuckDB } from '../../../src/data/duckdb-native';
import { openNodeDuckDB } from '../../../src/data/duckdb-node';
import { probeFile } from '../../../src/data/import/probe';

const text = (s: string) => new TextEncoder().encode(s);

/** Import inside the import's own transaction, as the Data page and `cli import` do; the error's message. */
async function importError(open: () => Promise<Connector>, file: string, bytes: Uint8Array): Promise<string> {
  const db = await open();
  try {
    const probe = await probeFile(file, bytes);
    return await importDataset(db, { file, bytes, probe }).then(
      () => 'imported',
      (e: Error) => e.message,
    );
  } finally {
    await db.close();
  }
}

// A failed chunk aborts the transaction: the bad cell is looked for on a second connection.
describe.each([
  ['DuckDB-wasm (the browser engine)', openNodeDuckDB],
  ['native DuckDB (the CLI engine)', () => openNativeDuckDB()],
])('a value that does not fit its column, in %s', (_, open) => {
  it('past the sample: its row, column and the value itself', async () => {
    const bytes = text(`n\n${'1\n'.repeat(600_000)}oops\n`);
    expect(await importError(open, 'late.csv', bytes)).toBe(
      'late.csv: row 600002, column "n": a value does not fit the column type ("oops" is not BIGINT)',
    );
  });

  it('a BOM mid-file: the row and column of the cell it sits in', async () => {
    expect(await importError(open, 'bom.csv', text('a,b\n1,2\n\ufeff3,4\n'))).toMatch(
      /^bom\.csv: row 3, column "a": a value does not fit the column type/,
    );
  });
});
