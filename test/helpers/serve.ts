import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { afterAll, beforeAll } from 'vitest';

/** A test's own answer to a request (e.g. a changed file); returns false to leave the request to the files. */
export type Answer = (req: IncomingMessage, res: ServerResponse) => boolean;

/**
 * Serve a built folder on 127.0.0.1 with its precompressed .br/.gz files, as production hosting would. `close` drops
 * open keep-alive connections too: afterwards the server is gone for the browser.
 */
export async function serveDist(
  dir = 'dist',
  port = 0,
  answer: Answer = () => false,
): Promise<{ url: string; close: () => Promise<void> }> {
  const handler = sirv(dir, { brotli: true, gzip: true, etag: true, dev: false, immutable: true });
  const server: Server = createServer((req, res) => {
    if (answer(req, res)) return;
    handler(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: p } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return { url: `http://127.0.0.1:${p}/`, close };
}

/** Serve dist/ for the tests of one file: returns a getter of the base URL. */
export function useDist(): () => string {
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  beforeAll(async () => void (server = await serveDist()));
  afterAll(() => server?.close());
  return () => server!.url;
}
