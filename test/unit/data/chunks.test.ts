import { describe, expect, it } from 'vitest';
import { type ChunkPlan, type ChunkReader, bytesChunker, cutter } from '../../../src/data/import/chunks';

async function all(r: ChunkReader): Promise<{ text: string; records: number[]; done: number }> {
  const parts: string[] = [],
    records: number[] = [];
  let done = 0;
  for (let c = await r.next(); c; c = await r.next()) {
    parts.push(new TextDecoder().decode(c.utf8));
    records.push(c.records);
    done = c.done;
  }
  return { text: parts.join(''), records, done };
}

/** A reader that hands out `size`-byte pieces, as the worker reads slices of a file. */
const pieces = (bytes: Uint8Array, size: number) => {
  let pos = 0;
  return async () => (pos >= bytes.length ? null : bytes.subarray(pos, (pos += size)));
};

const TEXT = '\ufeffid;note\r\n1;"a;\r\nb"\r\n2;"say ""hi"""\r\n3;c\r\n4;d';

describe('cutting text into chunks', () => {
  it('skips the BOM and the header, keeps quoted line breaks inside one chunk, counts records, reaches the end', async () => {
    const bytes = new TextEncoder().encode(TEXT);
    const whole = await all(bytesChunker(bytes, { encoding: 'utf-8', header: true, chunkBytes: 8 }));
    expect(whole.text).toBe('1;"a;\r\nb"\r\n2;"say ""hi"""\r\n3;c\r\n4;d');
    expect(whole.records.reduce((a, b) => a + b, 0)).toBe(4);
    expect(whole.done).toBe(bytes.length);
    const plan: ChunkPlan = { encoding: 'utf-8', header: true, chunkBytes: 8 };
    for (const size of [1, 3, 7, 1000]) {
      const sliced = await all(cutter(plan, bytes.length, pieces(bytes, size)));
      expect(sliced).toEqual(whole);
    }
  });

  it('re-encodes a single-byte code page to UTF-8 chunk by chunk', async () => {
    const cp1251 = Uint8Array.from([0xc0, 0x3b, 0xc1, 0x0a, 0xe0, 0x3b, 0xe1, 0x0a]);
    const r = await all(cutter({ encoding: 'windows-1251', header: false, chunkBytes: 2 }, 8, pieces(cp1251, 3)));
    expect(r).toEqual({ text: 'А;Б\nа;б\n', records: [1, 1], done: 8 });
  });

  it('an empty file or a header alone gives no chunk', async () => {
    const plan: ChunkPlan = { encoding: 'utf-8', header: true, chunkBytes: 8 };
    const empty = await all(bytesChunker(new Uint8Array(), plan));
    expect(empty).toEqual({ text: '', records: [], done: 0 });
    const headerOnly = await all(bytesChunker(new TextEncoder().encode('a,b\n'), plan));
    expect(headerOnly.records).toEqual([]);
  });
});
