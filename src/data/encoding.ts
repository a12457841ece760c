import { UPPER_HALVES } from './codepages';
import { DataError } from './errors';

/** Text encodings the workbench reads: WHATWG labels, plus the Kazakh code pages it decodes itself. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'windows-1252' | 'kz-1048' | 'ptcp154';

const CYRILLIC: Encoding[] = ['windows-1251', 'kz-1048', 'ptcp154'];
const KAZAKH = 'ӘәҒғҚқҢңӨөҰұҮүҺһІі';
const RUSSIAN = /[А-Яа-яЁё]/;
/** Letters that appear in 1251/PT154 decodings of Kazakh bytes but almost never in Russian or Kazakh text. */
const UNLIKELY = /[ЂЃѓЉЊЌЋЏђљњќћџЎўЈҐґЄєЇїЅѕјҖҗҶҷҲҳҠҡӢӣҸҹҙҘҪҫҝӮӯҜ\uFFFD]/;

/** Decode bytes in a single-byte Kazakh code page with its table (ASCII half is ASCII). */
function decodeTable(bytes: Uint8Array, table: string): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += Array.from(chunk, (b) => (b < 0x80 ? String.fromCharCode(b) : table[b - 0x80])).join('');
  }
  return out;
}

/** Decode bytes in the given encoding; a BOM is dropped. */
export function decode(bytes: Uint8Array, encoding: Encoding): string {
  if (encoding === 'kz-1048' || encoding === 'ptcp154') return decodeTable(bytes, UPPER_HALVES[encoding]);
  return new TextDecoder(encoding).decode(bytes);
}

/** How plausible a decoding is as Russian/Kazakh/Latin text: letters count, unlikely letters cost a lot. */
function plausibility(text: string): number {
  let score = 0;
  for (const ch of text) {
    if (ch < '\u0080') continue;
    if (KAZAKH.includes(ch)) score += 2;
    else if (RUSSIAN.test(ch)) score += 1;
    else if (UNLIKELY.test(ch)) score -= 6;
  }
  return score;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Guess the encoding of text: a BOM decides; valid UTF-8 is UTF-8; Western text (accented letters standing alone)
 * is Windows-1252; otherwise the Cyrillic code page whose decoding reads most like Russian/Kazakh text (KZ-1048 and
 * PT154 have Kazakh letters where Windows-1251 has Serbian and Macedonian ones).
 */
export function detectEncoding(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = bytes.subarray(0, 1 << 20);
  if (isUtf8(sample.length < bytes.length ? trimPartial(sample) : sample)) return 'utf-8';
  // Cyrillic words are runs of high bytes; accented Latin letters mostly stand alone inside ASCII words.
  if (runShare(sample) < 0.5) return 'windows-1252';
  const text = sample.subarray(0, 1 << 18);
  const ranked = CYRILLIC.map((e) => ({ e, s: plausibility(decode(text, e)) })).sort((a, b) => b.s - a.s);
  return ranked[0].e;
}

/** Share of bytes ≥ 0x80 that have another such byte next to them. */
function runShare(b: Uint8Array): number {
  let high = 0,
    inRun = 0;
  for (let i = 0; i < b.length; i++) {
    if (b[i] < 0x80) continue;
    high++;
    if ((i > 0 && b[i - 1] >= 0x80) || (i + 1 < b.length && b[i + 1] >= 0x80)) inRun++;
  }
  return high ? inRun / high : 1;
}

/** Drop a UTF-8 sequence cut at the end of a sample. */
function trimPartial(b: Uint8Array): Uint8Array {
  const end = b.length;
  for (let k = 1; k <= 3 && end - k >= 0; k++) {
    const x = b[end - k];
    if ((x & 0xc0) === 0xc0) return b.subarray(0, end - k);
    if ((x & 0x80) === 0) break;
  }
  return b;
}

const utf8Tables = new Map<Encoding, { bytes: Uint8Array; lengths: Uint8Array }>();

/** Per byte value, its UTF-8 bytes in a single-byte code page (built once by decoding each byte). */
function utf8Table(encoding: Encoding) {
  if (!utf8Tables.has(encoding)) {
    const enc = new TextEncoder();
    const parts = Array.from({ length: 256 }, (_, b) => enc.encode(decode(new Uint8Array([b]), encoding)));
    const bytes = new Uint8Array(256 * 3),
      lengths = new Uint8Array(256);
    parts.forEach((p, b) => {
      bytes.set(p.subarray(0, 3), b * 3);
      lengths[b] = Math.min(p.length, 3);
    });
    utf8Tables.set(encoding, { bytes, lengths });
  }
  return utf8Tables.get(encoding)!;
}

/**
 * Re-encode text in a single-byte code page (Windows-1251/1252, KZ-1048, PT154) straight to UTF-8 bytes, without
 * building a string: one table lookup per byte.
 */
export function toUtf8(bytes: Uint8Array, encoding: Encoding): Uint8Array {
  if (encoding === 'utf-8') return bytes.slice();
  if (encoding.startsWith('utf-16')) return new TextEncoder().encode(decode(bytes, encoding));
  const { bytes: table, lengths } = utf8Table(encoding);
  const out = new Uint8Array(bytes.length * 3);
  let o = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) out[o++] = b;
    else {
      const at = b * 3;
      for (let k = 0; k < lengths[b]; k++) out[o++] = table[at + k];
    }
  }
  return out.subarray(0, o);
}

/** Encodings by the names people know them by. */
export const ENCODING_NAMES: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'windows-1251': 'Windows-1251',
  'windows-1252': 'Windows-1252',
  'kz-1048': 'KZ-1048',
  ptcp154: 'PT154',
};

/** The first line holding bytes past ASCII, and whether those bytes are valid UTF-8. */
export interface LineEncoding {
  line: number;
  utf8: boolean;
}

/** Whether the multibyte UTF-8 sequence led by `bytes[i]` is complete and valid; its length, or 0. */
function utf8Length(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  const len = b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
  if (!len || i + len > bytes.length) return 0;
  for (let k = 1; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
  return len;
}

/**
 * Where text switches encoding: the first line with bytes past ASCII (`first`, UTF-8 or not), and the first later
 * line whose bytes are the other kind (`other`, null if none). ASCII lines read the same in both. `line` numbers
 * the first line of `bytes`; `first` carries over from the chunks before.
 */
export function encodingSwitch(
  bytes: Uint8Array,
  line = 1,
  first: LineEncoding | null = null,
): { first: LineEncoding | null; other: { line: number; start: number; bytes: Uint8Array } | null } {
  let [start, high, valid] = [0, false, true];
  for (let i = 0; i <= bytes.length; i++) {
    const b = i < bytes.length ? bytes[i] : 0x0a;
    if (b === 0x0a) {
      if (high && !first) first = { line, utf8: valid };
      else if (high && first!.utf8 !== valid) return { first, other: { line, start, bytes: bytes.subarray(start, i) } };
      [line, start, high, valid] = [line + 1, i + 1, false, true];
    } else if (b >= 0x80) {
      high = true;
      const len = valid ? utf8Length(bytes, i) : 0;
      if (len) i += len - 1;
      else valid = false;
    }
  }
  return { first, other: null };
}

/**
 * Refuse text whose lines are in two encodings (UTF-8 and a single-byte code page): decoded as either, some lines
 * would come out garbled. Names the file, the first line in the other encoding and both encodings (the code page
 * as guessed from its own lines, whatever `encoding` was chosen for the whole). Returns what `encodingSwitch`
 * found, to carry over to the next chunk.
 */
export function assertOneEncoding(
  file: string,
  bytes: Uint8Array,
  encoding: Encoding,
  line = 1,
  seen: LineEncoding | null = null,
): LineEncoding | null {
  if (encoding.startsWith('utf-16')) return seen;
  const { first, other } = encodingSwitch(bytes, line, seen);
  if (!first || !other) return first;
  const page = ENCODING_NAMES[detectEncoding(first.utf8 ? other.bytes : bytes.subarray(0, other.start))];
  const [was, is] = first.utf8 ? ['UTF-8', page] : [page, 'UTF-8'];
  const before = other.line - 1 === 1 ? 'line 1 is' : `lines 1–${other.line - 1} are`;
  throw new DataError({
    code: 'mixed_encoding',
    file,
    row: other.line,
    detail: `${before} ${was}, line ${other.line} is ${is}`,
  });
}
