import { strToU8, unzipSync, zipSync } from 'fflate';
import { DataError } from './errors';

/** Text files zipped together, each UTF-8 with a BOM so that spreadsheets and editors read Cyrillic. */
export function zipTexts(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8('\ufeff' + text)])), {
    level: 6,
  });
}

/** A part may unpack to this much (a longer text is more than a browser holds as one string). */
const MAX_PART_BYTES = 256 * 1024 ** 2;
const MAX_TOTAL_BYTES = 1024 ** 3;
const mib = (n: number) => `${Math.round(n / 1024 ** 2)} MiB`;

/**
 * The parts of a zip that `keep` selects, read without trusting the archive: a part or the whole that would unpack
 * past what the browser can hold (a zip bomb) or an archive that is not a zip is a DataError naming the part.
 */
export function unzipParts(
  bytes: Uint8Array,
  file: string,
  keep: (name: string) => boolean,
): Record<string, Uint8Array> {
  let total = 0;
  const check = (f: { name: string; originalSize: number }) => {
    total += f.originalSize;
    if (f.originalSize > MAX_PART_BYTES)
      throw new DataError({
        code: 'unreadable',
        file,
        detail: `${f.name} unpacks to ${mib(f.originalSize)}, more than ${mib(MAX_PART_BYTES)}`,
      });
    if (total > MAX_TOTAL_BYTES)
      throw new DataError({
        code: 'unreadable',
        file,
        detail: `the archive unpacks to more than ${mib(MAX_TOTAL_BYTES)} at ${f.name}`,
      });
    return keep(f.name);
  };
  try {
    return unzipSync(bytes, { filter: check });
  } catch (e) {
    if (e instanceof DataError) throw e;
    throw new DataError({ code: 'unreadable', file, detail: `not a readable zip archive (${(e as Error).message})` });
  }
}
