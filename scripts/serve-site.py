#!/usr/bin/env python3
"""Serves a built site on localhost with the caching headers the first visit
relies on (issue 15; tests/web/server.mjs sends the same): content-hashed names
(name.<hash>.ext) are immutable, sw.js is always revalidated, everything else
is fresh for 10 minutes (as GitHub Pages serves it). The service worker's
install then finds the page's files in the HTTP cache instead of downloading
them again.

Usage: serve-site.py PORT SITE_DIR
"""
import functools
import http.server
import re
import sys

HASHED = re.compile(r"\.[0-9A-Za-z]{8,12}\.[a-z]+$")


def cache_control(path):
    path = path.split("?", 1)[0]
    if path.endswith("sw.js"):
        return "no-cache"
    if HASHED.search(path):
        return "public, max-age=31536000, immutable"
    return "public, max-age=600"


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm",
                      ".js": "text/javascript"}

    def end_headers(self):
        self.send_header("Cache-Control", cache_control(self.path))
        super().end_headers()


def main(port, site):
    handler = functools.partial(Handler, directory=site)
    with http.server.ThreadingHTTPServer(("127.0.0.1", int(port)), handler) as server:
        server.serve_forever()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
