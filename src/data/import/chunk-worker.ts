/// <reference lib="webworker" />
// Cuts a chosen file into whole-record UTF-8 chunks off the page's thread, reading it slice by slice.
import { type ChunkPlan, type ChunkReader, cutter } from './chunks';

let reader: ChunkReader | null = null;

function fileReader(file: File, plan: ChunkPlan): ChunkReader {
  let pos = 0;
  return cutter(plan, file.size, async () => {
    if (pos >= file.size) return null;
    const piece = new Uint8Array(await file.slice(pos, pos + plan.chunkBytes).arrayBuffer());
    pos += plan.chunkBytes;
    return piece;
  });
}

self.onmessage = async (e: MessageEvent<{ type: 'start'; file: File; plan: ChunkPlan } | { type: 'next' }>) => {
  const m = e.data;
  if (m.type === 'start') return void (reader = fileReader(m.file, m.plan));
  try {
    const c = await reader!.next();
    if (c) (self as unknown as Worker).postMessage({ type: 'chunk', chunk: c }, [c.utf8.buffer]);
    else self.postMessage({ type: 'done' });
  } catch (err) {
    self.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
