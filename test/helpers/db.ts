import { readFileSync } from 'node:fs';
import type { Connector } from '../../src/core/sql';
import { openNodeDuckDB } from '../../src/data/duckdb-node';
import { loadCsvText } from '../../src/data/load-csv';

/** Open DuckDB-wasm under Node with the given fixture CSVs loaded as tables named after the files. */
export async function openWithFixtures(...names: string[]): Promise<Connector> {
  const db = await openNodeDuckDB();
  for (const name of names) {
    const text = readFileSync(new URL(`../fixtures/${name}.csv`, import.meta.url), 'utf8');
    await loadCsvText(db, name, `${name}.csv`, text);
  }
  return db;
}
