// The calculator's service worker: after one visit everything the page needs
// (HTML, JS, CSS, wasm, the price catalog) is served from a cache, so the
// calculator reloads and computes with the network off.
//
// scripts/write-service-worker.py fills VERSION (a hash of every precached
// file) and PRECACHE at build time. A deploy that changes any byte changes
// this file, so the browser installs the new worker, which fills a new cache
// and deletes the old ones: never a mix of two deploys.
const VERSION = "dev";
const PRECACHE = [];
const CACHE = `imgcost-${VERSION}`;

const inScope = (path) => new URL(path, self.registration.scope).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map(inScope)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((k) => k.startsWith("imgcost-") && k !== CACHE).map((k) => caches.delete(k)),
      ))
      .then(() => self.clients.claim()),
  );
});

// Share links differ only in their query, so pages match ignoring it; every
// other file is the precached copy of this deploy.
async function fromCache(request) {
  const cache = await caches.open(CACHE);
  if (request.mode === "navigate") {
    const page = await cache.match(request, { ignoreSearch: true }) || await cache.match(inScope("./"));
    if (page) return page;
  }
  const hit = await cache.match(request, { ignoreSearch: true });
  return hit || fetch(request);
}

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin) return;
  event.respondWith(fromCache(event.request));
});
