import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { afterAll, beforeAll } from 'vitest';

/** Serve a built folder on 127.0.0.1 with its precompressed .br/.gz files, as production hosting would. */
export async function serveDist(dir = 'dist', port = 0): Promise<{ url: string; close: () => Promise<void> }> {
  const handler = sirv(dir, { brotli: true, gzip: true, etag: true, dev: false, immutable: true });
  const server: Server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: p } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${p}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Serve dist/ for the tests of one file: returns a getter of the base URL. */
export function useDist(): () => string {
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  beforeAll(async () => void (server = await serveDist()));
  afterAll(() => server?.close());
  return () => server!.url;
}
