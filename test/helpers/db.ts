import { readFileSync } from 'node:fs';
import type { Connector } from '../../src/core/sql';
import { openNativeDuckDB } from '../../src/data/duckdb-native';
import { openNodeDuckDB } from '../../src/data/duckdb-node';
import { loadCsvText } from '../../src/data/load-csv';
import { bothEngines } from './parity';

/** DuckDB-wasm and native DuckDB behind one connector that fails on any query whose results differ between them. */
export async function openBothEngines(): Promise<Connector> {
  const [wasm, native] = await Promise.all([openNodeDuckDB(), openNativeDuckDB({ threads: 2 })]);
  return bothEngines(wasm, native);
}

/** Both engines with the given fixture CSVs loaded as tables named after the files (the goldens run on both). */
export async function openWithFixtures(...names: string[]): Promise<Connector> {
  const db = await openBothEngines();
  for (const name of names) {
    const text = readFileSync(new URL(`../fixtures/${name}.csv`, import.meta.url), 'utf8');
    await loadCsvText(db, name, `${name}.csv`, text);
  }
  return db;
}
