#!/usr/bin/env python3
"""Fills the service worker of a built site: the list of files to precache and
a version derived from their content (so a new deploy gets a new cache).

Usage: write-service-worker.py SITE_DIR
"""
import hashlib
import os
import re
import sys

SKIP = {"sw.js"}
# Loaded on demand (the advisor and exports, issue 15) or by host pages
# (embed.js), never by a first visit: hashed into VERSION, not precached; the
# worker caches them when the page first fetches them.
# catalog.json is published for readers; the page loads the compact catalog.
def on_demand(path):
    name = path.rsplit("/", 1)[-1]
    return (name.startswith("imgcost-tools") or path.startswith("js/advisor") or path.startswith("js/tools-worker")
            or path in ("embed.js", "catalog.json"))


def site_files(site):
    for root, _, names in os.walk(site):
        for name in sorted(names):
            path = os.path.relpath(os.path.join(root, name), site).replace(os.sep, "/")
            if path not in SKIP and not name.startswith("."):
                yield path


def main(site):
    files = sorted(site_files(site))
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.encode() + b"\0")
        with open(os.path.join(site, path), "rb") as f:
            digest.update(f.read())
    version = digest.hexdigest()[:16]
    # "./" is the page itself as a navigation reaches it (index.html by its folder).
    precache = ["./"] + [p for p in files if not on_demand(p)]
    sw_path = os.path.join(site, "sw.js")
    with open(sw_path, encoding="utf-8") as f:
        sw = f.read()
    sw, n1 = re.subn(r'^const VERSION = ".*";$', f'const VERSION = "{version}";', sw, flags=re.M)
    listed = ",\n  ".join(f'"{p}"' for p in precache)
    sw, n2 = re.subn(r"^const PRECACHE = \[\];$", f"const PRECACHE = [\n  {listed},\n];", sw, flags=re.M)
    if n1 != 1 or n2 != 1:
        sys.exit(f"{sw_path}: the VERSION and PRECACHE lines were not found")
    with open(sw_path, "w", encoding="utf-8") as f:
        f.write(sw)
    print(f"service worker: cache imgcost-{version}, {len(precache)} entries")


if __name__ == "__main__":
    main(sys.argv[1])
