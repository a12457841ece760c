// The app's service worker. scripts/service-worker.ts fills in the version and the files to precache at build time.
// Precached files are served from the cache first; the page itself (any navigation to the app's root) is the
// precached index.html, so a new version starts only after the user has clicked "Update" (skip-waiting).
const VERSION = '__VERSION__';
/** @type {{url: string, immutable: boolean}[]} */
const FILES = /* __FILES__ */ [];

const PRECACHE = `civic-precache-${VERSION}`;
const RUNTIME = `civic-runtime-${VERSION}`;
const ROOT = new URL('./', self.location.href);
const abs = (url) => new URL(url, ROOT).href;
const INDEX = abs('index.html');
const ASSETS = abs('assets/');
const PRECACHED = new Set(FILES.map((f) => abs(f.url)));

/** A file of an older version's precache with the same (hashed, so same-content) name: no download needed. */
async function fromOlder(url) {
  const older = (await caches.keys()).filter((k) => k.startsWith('civic-precache-') && k !== PRECACHE);
  for (const name of older) {
    const hit = await (await caches.open(name)).match(url);
    if (hit) return hit;
  }
  return null;
}

async function fetchOne(cache, { url, immutable }) {
  const href = abs(url);
  const kept = immutable ? await fromOlder(href) : null;
  const res = kept ?? (await fetch(href, { cache: immutable ? 'default' : 'no-cache' }));
  if (!res.ok) throw new Error(`precache: ${href} answered ${res.status}`);
  await cache.put(href, res);
}

/** Fetch every file into this version's cache, a few at a time; one failure fails the install. */
async function precache() {
  const cache = await caches.open(PRECACHE);
  const queue = [...FILES];
  const lane = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) await fetchOne(cache, f);
  };
  await Promise.all(Array.from({ length: 6 }, lane));
}

async function dropOldCaches() {
  const keep = [PRECACHE, RUNTIME];
  const names = await caches.keys();
  await Promise.all(names.filter((k) => k.startsWith('civic-') && !keep.includes(k)).map((k) => caches.delete(k)));
}

async function cacheFirst(key, request) {
  return (await caches.match(key, { cacheName: PRECACHE })) ?? fetch(request);
}

/** Files outside the precache (DuckDB's mvp build): from the network, kept for offline use. */
async function networkThenCache(request) {
  const cache = await caches.open(RUNTIME);
  try {
    const res = await fetch(request);
    if (res.ok) await cache.put(request, res.clone());
    return res;
  } catch (e) {
    const hit = await cache.match(request);
    if (hit) return hit;
    throw e;
  }
}

self.addEventListener('install', (event) => event.waitUntil(precache()));

self.addEventListener('activate', (event) => event.waitUntil(dropOldCaches().then(() => self.clients.claim())));

self.addEventListener('message', (event) => {
  if (event.data?.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const key = url.origin + url.pathname;
  if (request.mode === 'navigate' && (key === ROOT.href || key === INDEX))
    event.respondWith(cacheFirst(INDEX, request));
  else if (PRECACHED.has(key)) event.respondWith(cacheFirst(key, request));
  else if (key.startsWith(ASSETS)) event.respondWith(networkThenCache(request));
});
