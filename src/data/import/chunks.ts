import { type Encoding, decode, toUtf8 } from '../encoding';

/** One piece of delimited text, whole records only, as UTF-8 bytes for DuckDB's reader. */
export interface Chunk {
  utf8: Uint8Array;
  /** The same records as cut from the source, in its encoding. */
  source: Uint8Array;
  /** Records in the chunk. */
  records: number;
  /** Bytes of the source read so far, and in all (for progress). */
  done: number;
  total: number;
}

/** Hands out the chunks of a file one by one (null after the last). */
export interface ChunkReader {
  next(): Promise<Chunk | null>;
}

/** What cutting a file into chunks needs to know. */
export interface ChunkPlan {
  encoding: Encoding;
  header: boolean;
  chunkBytes: number;
}

/**
 * Find the end of whole records from `start`: stops after the first line break outside quotes once `limit` bytes
 * are covered (end = -1 when the buffer ends first and more may follow). Quotes and line feeds are ASCII in every
 * encoding cut here (UTF-16 is re-encoded first).
 */
export function scanRecords(
  bytes: Uint8Array,
  start: number,
  limit: number,
  final = true,
): { end: number; records: number } {
  let quoted = false,
    records = 0;
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x22) quoted = !quoted;
    else if (b === 0x0a && !quoted) {
      records++;
      if (i + 1 - start >= limit) return { end: i + 1, records };
    }
  }
  if (!final) return { end: -1, records };
  if (bytes.length > start && bytes[bytes.length - 1] !== 0x0a) records++;
  return { end: bytes.length, records };
}

const hasBom = (b: Uint8Array) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;

/**
 * Cut a growing byte stream into chunks: `read` returns the next piece of the file (null at its end). The first
 * chunk skips a UTF-8 BOM and, if asked, the header record. Memory holds one chunk and one piece read ahead.
 */
export function cutter(plan: ChunkPlan, total: number, read: () => Promise<Uint8Array | null>): ChunkReader {
  let buf: Uint8Array = new Uint8Array(0),
    done = 0,
    eof = false,
    first = true;
  const more = async () => {
    const piece = await read();
    if (!piece) return void (eof = true);
    if (!buf.length) return void (buf = piece);
    const next = new Uint8Array(buf.length + piece.length);
    next.set(buf);
    next.set(piece, buf.length);
    buf = next;
  };
  return {
    async next() {
      for (;;) {
        if (first && (buf.length >= 3 || eof)) {
          const bom = plan.encoding === 'utf-8' && hasBom(buf) ? 3 : 0;
          const head = plan.header ? scanRecords(buf, bom, 1, eof).end : bom;
          if (head >= 0) {
            done += head;
            buf = buf.subarray(head);
            first = false;
          }
        }
        if (!first) {
          const { end, records } = scanRecords(buf, 0, plan.chunkBytes, eof);
          if (end > 0) {
            const source = buf.subarray(0, end);
            buf = buf.subarray(end);
            done += end;
            return { utf8: toUtf8(source, plan.encoding), source, records, done, total };
          }
          if (eof) return null;
        }
        await more();
      }
    },
  };
}

/** Chunks of bytes already in memory (UTF-16 is re-encoded to UTF-8 first). */
export function bytesChunker(bytes: Uint8Array, plan: ChunkPlan): ChunkReader {
  const utf16 = plan.encoding.startsWith('utf-16');
  const source = utf16 ? new TextEncoder().encode(decode(bytes, plan.encoding)) : bytes;
  let given = false;
  return cutter({ ...plan, encoding: utf16 ? 'utf-8' : plan.encoding }, source.length, async () =>
    given ? null : ((given = true), source),
  );
}
