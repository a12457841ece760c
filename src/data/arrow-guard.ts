import { ByteBuffer } from 'flatbuffers';
import { DictionaryBatch } from 'apache-arrow/fb/dictionary-batch';
import type { Field } from 'apache-arrow/fb/field';
import { Message } from 'apache-arrow/fb/message';
import { MessageHeader } from 'apache-arrow/fb/message-header';
import { RecordBatch } from 'apache-arrow/fb/record-batch';
import { Schema } from 'apache-arrow/fb/schema';

/** How deep fields may nest in a schema (struct of list of …). */
const MAX_NESTING = 64;

/**
 * Check the framing of an Arrow IPC stream before apache-arrow decodes it: every message fits the bytes, and every
 * list in its metadata is no longer than the metadata could hold (a lying list length makes apache-arrow build
 * millions of fields until memory runs out). Returns a reason, or null when the stream is sound enough to decode.
 */
export function arrowStreamProblem(ipc: Uint8Array): string | null {
  const view = new DataView(ipc.buffer, ipc.byteOffset, ipc.byteLength);
  for (let at = 0; at + 4 <= ipc.length;) {
    const continued = view.getInt32(at, true) === -1 ? 4 : 0;
    if (at + continued + 4 > ipc.length) return `the message at byte ${at} ends early`;
    const size = view.getInt32(at + continued, true);
    const start = at + continued + 4;
    if (size === 0) return null;
    if (size < 0 || start + size > ipc.length) return `the message at byte ${at} claims ${size} bytes of metadata`;
    const meta = ipc.subarray(start, start + size);
    const problem = messageProblem(meta);
    if (problem) return `the message at byte ${at}: ${problem}`;
    const body = Number(Message.getRootAsMessage(new ByteBuffer(meta)).bodyLength());
    if (!(body >= 0) || start + size + body > ipc.length)
      return `the message at byte ${at} claims ${body} bytes of body`;
    at = start + size + body;
  }
  return null;
}

function messageProblem(meta: Uint8Array): string | null {
  try {
    const fits = (n: number, each: number) => n >= 0 && n * each <= meta.length;
    const message = Message.getRootAsMessage(new ByteBuffer(meta));
    const type = message.headerType();
    if (type === MessageHeader.Schema) {
      const schema = message.header(new Schema()) as Schema;
      if (!fits(schema.fieldsLength(), 4) || !fits(schema.customMetadataLength(), 4))
        return 'a list longer than its bytes';
      for (let i = 0; i < schema.fieldsLength(); i++)
        if (!fieldFits(schema.fields(i), fits, 1)) return 'a field list longer than its bytes';
    }
    const batch =
      type === MessageHeader.RecordBatch
        ? (message.header(new RecordBatch()) as RecordBatch)
        : type === MessageHeader.DictionaryBatch
          ? (message.header(new DictionaryBatch()) as DictionaryBatch).data()
          : null;
    if (batch && (!fits(batch.nodesLength(), 16) || !fits(batch.buffersLength(), 16)))
      return 'a list longer than its bytes';
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

function fieldFits(f: Field | null, fits: (n: number, each: number) => boolean, depth: number): boolean {
  if (!f || depth > MAX_NESTING) return !f;
  if (!fits(f.childrenLength(), 4) || !fits(f.customMetadataLength(), 4)) return false;
  for (let i = 0; i < f.childrenLength(); i++) if (!fieldFits(f.children(i), fits, depth + 1)) return false;
  return true;
}
