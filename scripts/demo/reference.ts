import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

const ref = (f: string) => new URL(`../../data/reference/${f}`, import.meta.url);

/** Read a reference CSV as objects of strings. */
export function readRefCsv(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(ref(file), 'utf8'), { header: true, skipEmptyLines: true })
    .data;
}
