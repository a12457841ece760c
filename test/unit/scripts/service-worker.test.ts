import { readFileSync } from 'node:fs';
import { Script, createContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { type BuiltFile, precacheEntries, swSource, versionOf } from '../../../scripts/service-worker';

const file = (name: string, size: number): BuiltFile => ({ name, bytes: new Uint8Array(size).fill(name.length) });

/** The files of a build as Vite writes them (names from a real build), sizes small enough to check by hand. */
const BUILD = [
  file('assets/index-BAziORFT.js', 300),
  file('assets/index-1Wv02ZkM.css', 40),
  file('assets/duckdb-eh-9ubY-jlA.wasm', 3400),
  file('assets/duckdb-browser-eh.worker-hQa-dcAV.js', 770),
  file('assets/duckdb-mvp-BP0pRkMH.wasm', 3900),
  file('assets/duckdb-browser-mvp.worker-C9hF7LGh.js', 840),
  file('assets/duckdb-wasm-OFO1IKa0.js', 25),
  file('assets/population-survey-CTibs7jN.csv', 1160),
  file('assets/index-BAziORFT.js.map', 900),
  file('.vite/manifest.json', 10),
  file('index.html', 2),
  file('manifest.webmanifest', 1),
  file('icons/icon-192.png', 2),
];

describe('the precache list', () => {
  const entries = precacheEntries(BUILD);
  const urls = entries.map((e) => e.url);

  it('starts with index.html and holds DuckDB’s eh wasm and worker, the demo data, the manifest and icons', () => {
    expect(urls[0]).toBe('index.html');
    expect(urls).toEqual(
      expect.arrayContaining([
        'assets/duckdb-eh-9ubY-jlA.wasm',
        'assets/duckdb-browser-eh.worker-hQa-dcAV.js',
        'assets/duckdb-wasm-OFO1IKa0.js',
        'assets/population-survey-CTibs7jN.csv',
        'manifest.webmanifest',
        'icons/icon-192.png',
      ]),
    );
  });

  it('leaves out DuckDB’s mvp build, source maps and the build manifest', () => {
    expect(urls.filter((u) => /mvp|\.map$|^\.vite/.test(u))).toEqual([]);
    expect(urls).toHaveLength(9);
  });

  it('counts each file’s size: the mvp wasm and worker (4,740 of 11,350 bytes) are not downloaded', () => {
    expect(entries.find((e) => e.url.endsWith('.wasm'))?.size).toBe(3400);
    expect(entries.reduce((a, e) => a + e.size, 0)).toBe(3400 + 770 + 25 + 300 + 40 + 1160 + 2 + 1 + 2);
  });

  it('marks hashed assets immutable and the page, manifest and icons not', () => {
    expect(entries.filter((e) => !e.immutable).map((e) => e.url)).toEqual([
      'index.html',
      'icons/icon-192.png',
      'manifest.webmanifest',
    ]);
  });

  it('gets a new version when any precached byte changes, and only then', () => {
    const v = versionOf(BUILD, entries);
    expect(versionOf([...BUILD].reverse(), entries)).toBe(v);
    const changed = BUILD.map((f) => (f.name === 'index.html' ? file('index.html', 3) : f));
    expect(versionOf(changed, precacheEntries(changed))).not.toBe(v);
    const mvpChanged = BUILD.map((f) => (f.name.includes('mvp.wasm') ? file(f.name, 1) : f));
    expect(versionOf(mvpChanged, entries)).toBe(v);
  });
});

/** A fake service worker scope: Cache Storage in maps, a recording fetch, events dispatched by hand. */
function runWorker(
  source: string,
  network: Record<string, string>,
  older: Record<string, Record<string, string>> = {},
) {
  const stores = new Map<string, Map<string, Response>>(
    Object.entries(older).map(([n, files]) => [
      n,
      new Map(Object.entries(files).map(([u, b]) => [u, new Response(b)])),
    ]),
  );
  const open = async (name: string) => {
    if (!stores.has(name)) stores.set(name, new Map());
    const store = stores.get(name)!;
    const key = (r: string | Request) => (typeof r === 'string' ? r : r.url);
    return {
      match: async (r: string | Request) => store.get(key(r))?.clone(),
      put: async (r: string | Request, res: Response) => void store.set(key(r), res),
    };
  };
  const caches = {
    open,
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
    match: async (key: string, { cacheName }: { cacheName: string }) => (await open(cacheName)).match(key),
  };
  const fetched: string[] = [];
  let online = true;
  const fetch = vi.fn(async (r: string | Request) => {
    const url = typeof r === 'string' ? r : r.url;
    fetched.push(url);
    if (!online || !(url in network)) throw new TypeError('Failed to fetch');
    return new Response(network[url], { status: 200 });
  });
  const listeners: Record<string, (e: unknown) => void> = {};
  const self = {
    location: { href: 'http://host/app/sw.js' },
    addEventListener: (type: string, fn: (e: unknown) => void) => void (listeners[type] = fn),
    clients: { claim: vi.fn(async () => {}) },
    skipWaiting: vi.fn(),
  };
  new Script(source).runInContext(createContext({ self, caches, fetch, URL, Response, Request, JSON, Promise }));
  const waitFor = async (type: string, extra: object = {}) => {
    let done: Promise<unknown> = Promise.resolve();
    listeners[type]({
      ...extra,
      waitUntil: (p: Promise<unknown>) => (done = p),
      respondWith: (p: unknown) => (done = p as Promise<unknown>),
    });
    return done;
  };
  const request = async (url: string, mode = 'cors') => {
    let answer: Promise<Response> | undefined;
    listeners.fetch({ request: { url, method: 'GET', mode }, respondWith: (p: Promise<Response>) => (answer = p) });
    return answer && (await answer).text();
  };
  const goOffline = () => void (online = false);
  return { stores, fetched, self, waitFor, request, listeners, goOffline };
}

describe('the service worker', () => {
  const entries = precacheEntries([
    file('index.html', 1),
    file('assets/a-1.js', 1),
    file('assets/duckdb-eh-2.wasm', 1),
  ]);
  const network = {
    'http://host/app/index.html': 'page v2',
    'http://host/app/assets/a-1.js': 'js',
    'http://host/app/assets/duckdb-eh-2.wasm': 'wasm',
    'http://host/app/assets/duckdb-mvp-3.wasm': 'mvp',
  };
  const source = swSource('v2', entries);

  it('precaches every listed file on install, then serves the page and assets from its cache with the network gone', async () => {
    const sw = runWorker(source, network);
    await sw.waitFor('install');
    expect(new Set(sw.fetched)).toEqual(new Set(Object.keys(network).slice(0, 3)));
    expect([...sw.stores.keys()]).toEqual(['civic-precache-v2']);
    sw.goOffline();
    expect(await sw.request('http://host/app/', 'navigate')).toBe('page v2');
    expect(await sw.request('http://host/app/index.html?lang=en', 'navigate')).toBe('page v2');
    expect(await sw.request('http://host/app/assets/duckdb-eh-2.wasm')).toBe('wasm');
    expect(await sw.request('http://host/other/', 'navigate')).toBeUndefined();
    expect(await sw.request('http://elsewhere/app/assets/a-1.js')).toBeUndefined();
  });

  it('fetches an unlisted asset (the mvp wasm) from the network and keeps it for offline use', async () => {
    const sw = runWorker(source, network);
    await sw.waitFor('install');
    expect(await sw.request('http://host/app/assets/duckdb-mvp-3.wasm')).toBe('mvp');
    expect([...sw.stores.get('civic-runtime-v2')!.keys()]).toEqual(['http://host/app/assets/duckdb-mvp-3.wasm']);
    sw.goOffline();
    expect(await sw.request('http://host/app/assets/duckdb-mvp-3.wasm')).toBe('mvp');
  });

  it('takes a hashed file from the older version’s cache instead of downloading it, and refetches the page', async () => {
    const old = { 'civic-precache-v1': { 'http://host/app/assets/duckdb-eh-2.wasm': 'old wasm' } };
    const sw = runWorker(source, network, old);
    await sw.waitFor('install');
    expect(sw.fetched).not.toContain('http://host/app/assets/duckdb-eh-2.wasm');
    expect(sw.fetched).toContain('http://host/app/index.html');
  });

  it('on activate drops the older versions’ caches (not other apps’) and controls open pages', async () => {
    const sw = runWorker(source, network, { 'civic-precache-v1': {}, 'civic-runtime-v1': {}, 'someone-else': {} });
    await sw.waitFor('install');
    await sw.waitFor('activate');
    expect([...sw.stores.keys()].sort()).toEqual(['civic-precache-v2', 'someone-else']);
    expect(sw.self.clients.claim).toHaveBeenCalled();
  });

  it('waits until the page posts skip-waiting (the user clicked Update)', () => {
    const sw = runWorker(source, network);
    sw.listeners.message({ data: { type: 'hello' } });
    expect(sw.self.skipWaiting).not.toHaveBeenCalled();
    sw.listeners.message({ data: { type: 'skip-waiting' } });
    expect(sw.self.skipWaiting).toHaveBeenCalledOnce();
  });

  it('is the template with the version and list filled in', () => {
    expect(source).toContain("const VERSION = 'v2';");
    expect(source).not.toContain('__FILES__');
    expect(readFileSync('scripts/sw.js', 'utf8')).toContain("'__VERSION__'");
  });
});
