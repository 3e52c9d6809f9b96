#!/usr/bin/env python3
"""Flattens the first load of a built site: the browser learns every module,
the wasm and the catalog from the HTML itself, instead of one import level at a
time (4 round trips deep) and the wasm only after the JS that asks for it.

Usage: add-preloads.py SITE_DIR
"""
import os
import sys

# Fetched by the first-load code with fetch() (credentials same-origin), so the
# preload must be a CORS request to be reused.
FETCHED = ["imgcost.wasm", "catalog.json"]
# embed-early.js is a classic script already in the HTML; the advisor's modules
# are imported after the first figure (with the tools module), not preloaded.
def deferred(path):
    return path == "js/embed-early.js" or path.startswith("js/advisor")


def main(site):
    modules = sorted(
        f"js/{name}" for name in os.listdir(os.path.join(site, "js"))
        if name.endswith(".js") and not deferred(f"js/{name}"))
    modules.append("imgcost.js")
    lines = [f'<link rel="preload" href="{f}" as="fetch" crossorigin>' for f in FETCHED]
    lines += [f'<link rel="modulepreload" href="{m}">' for m in modules]
    path = os.path.join(site, "index.html")
    with open(path, encoding="utf-8") as f:
        html = f.read()
    marker = '<script type="module" src="js/app.js"></script>'
    if marker not in html:
        sys.exit(f"{path}: {marker} not found")
    html = html.replace(marker, "\n".join(lines) + "\n" + marker, 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    print(f"preloads: {len(FETCHED)} fetches, {len(modules)} modules")


if __name__ == "__main__":
    main(sys.argv[1])
