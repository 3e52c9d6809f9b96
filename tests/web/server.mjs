// A tiny static server for build/site on 127.0.0.1 (port 0: the OS picks a
// free one). It serves the site under a sub-path, as a host might, with the
// caching headers of a typical static host (GitHub Pages: max-age=600), so
// the service worker's install finds the page's files in the HTTP cache;
// content-hashed names (name.<hash>.ext) are immutable, and sw.js is always
// revalidated. `requests` logs each path, `urls` each path with its query.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};

export async function serveSite(root, prefix = '/imgcost/') {
  const base = resolve(root);
  const requests = [];
  const urls = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    urls.push(decodeURIComponent(req.url));
    if (!path.startsWith(prefix)) return send(res, 404, 'not found');
    const relative = path.slice(prefix.length) || 'index.html';
    const file = normalize(join(base, relative));
    if (file !== base && !file.startsWith(base + sep)) return send(res, 403, 'forbidden');
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream',
        'cache-control': cacheControl(relative) });
      res.end(body);
    } catch {
      send(res, 404, 'not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}${prefix}`;
  return { url, requests, urls, close: () => new Promise((ok) => server.close(ok)) };
}

export function cacheControl(path) {
  if (path.endsWith('sw.js')) return 'no-cache';
  if (/\.[0-9A-Za-z]{8,12}\.[a-z]+$/.test(path)) return 'public, max-age=31536000, immutable';
  return 'public, max-age=600';
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain' });
  res.end(text);
}
