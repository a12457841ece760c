import type { Chunk, ChunkPlan, ChunkReader } from '../data/import/chunks';

type Reply = { type: 'chunk'; chunk: Chunk } | { type: 'done' } | { type: 'error'; message: string };

/**
 * Chunks of a chosen file cut in a worker (reading, record boundaries, re-encoding), so the page's thread only
 * hands them to DuckDB. The next chunk is requested as soon as one arrives: the worker cuts while DuckDB parses.
 */
export function workerChunker(file: File, plan: ChunkPlan): ChunkReader {
  const worker = new Worker(new URL('../data/import/chunk-worker.ts', import.meta.url), { type: 'module' });
  worker.postMessage({ type: 'start', file, plan });
  const ask = () => new Promise<Chunk | null>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<Reply>) => {
      const r = e.data;
      if (r.type === 'chunk') resolve(r.chunk);
      else if (r.type === 'done') resolve(null);
      else reject(new Error(r.message));
    };
    worker.onerror = (e) => reject(new Error(e.message));
    worker.postMessage({ type: 'next' });
  });
  let current = ask();
  return {
    next() {
      const p = current;
      current = p.then((c) => (c ? ask() : null));
      current.catch(() => {});
      return p;
    },
    close: () => worker.terminate(),
  };
}
