import { strToU8, zipSync } from 'fflate';

/** Text files zipped together, each UTF-8 with a BOM so that spreadsheets and editors read Cyrillic. */
export function zipTexts(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8('\ufeff' + text)])), {
    level: 6,
  });
}
