// The calculator's service worker: after one visit everything the page needs
// (HTML, JS, CSS, wasm, the price catalog) is served from a cache, so the
// calculator reloads and computes with the network off.
//
// scripts/write-service-worker.py fills VERSION (a hash of every precached
// file) and PRECACHE at build time. A deploy that changes any byte changes
// this file, so the browser installs the new worker, which fills a new cache
// and deletes the old ones: never a mix of two deploys.
//
// No file is downloaded twice on a first visit (issue 15): the page registers
// this worker once its first figure is on screen, and the first install takes
// what the page already fetched from the browser's HTTP cache (the host sends
// Cache-Control; `default` mode reuses a fresh copy) and downloads only the
// rest. The page itself is taken under the address it was opened with (a
// share link's query included), so a share link's HTML is not fetched again.
// An update revalidates everything (`no-cache`), so a new deploy never caches
// an older copy of a file. Files left out of PRECACHE (the advisor and export
// module, loaded on demand) are cached when the page first fetches them.
const VERSION = "dev";
const PRECACHE = [];
const CACHE = `imgcost-${VERSION}`;

const inScope = (path) => new URL(path, self.registration.scope).href;
const PAGE_KEYS = ["./", "index.html"];

// The address the page was opened with, if a window of this scope is open.
async function openedAs() {
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const scope = self.registration.scope;
  const own = windows.map((c) => c.url.split("#")[0]).find((u) => u.startsWith(scope));
  return own || inScope("./");
}

async function precache() {
  const cache = await caches.open(CACHE);
  // First install: no worker yet, the page's files are fresh in the HTTP cache.
  const mode = self.registration.active ? "no-cache" : "default";
  const get = async (url) => {
    const response = await fetch(new Request(url, { cache: mode, credentials: "same-origin" }));
    if (!response.ok) throw new Error(`precache ${url}: HTTP ${response.status}`);
    return response;
  };
  const page = await get(await openedAs());
  const copies = PAGE_KEYS.filter((k) => PRECACHE.includes(k));
  await Promise.all(copies.map((k, i) => cache.put(inScope(k), i + 1 < copies.length ? page.clone() : page)));
  const rest = PRECACHE.filter((p) => !PAGE_KEYS.includes(p));
  await Promise.all(rest.map(async (p) => cache.put(inScope(p), await get(inScope(p)))));
}

self.addEventListener("install", (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
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
// other file is the precached copy of this deploy, or else fetched once and
// kept (the on-demand modules).
async function fromCache(request) {
  const cache = await caches.open(CACHE);
  if (request.mode === "navigate") {
    const page = await cache.match(request, { ignoreSearch: true }) || await cache.match(inScope("./"));
    if (page) return page;
  }
  const hit = await cache.match(request, { ignoreSearch: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok && response.type === "basic" && request.mode !== "navigate") {
    await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin) return;
  event.respondWith(fromCache(event.request));
});
