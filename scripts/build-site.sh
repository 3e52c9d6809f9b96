#!/usr/bin/env bash
# Builds the deployable static site into build/site/: the page (web/), the
# wasm core and the bundled price catalog. Copy that folder to any static host;
# it works from a sub-path (every URL in it is relative).
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs
site=build/site
cmake --preset wasm >/dev/null
cmake --build --preset wasm --target imgcost_wasm imgcost_tools_wasm
# The native CLI writes the compact catalog the page loads (below) and prices
# the default scenario for the prerendered answer.
cmake --preset native >/dev/null
cmake --build --preset native --target imgcost
rm -rf "$site"
mkdir -p "$site"
cp -r web/. "$site/"
cp build/wasm/wasm/imgcost.js build/wasm/wasm/imgcost.wasm build/wasm/wasm/imgcost-tools.js build/wasm/wasm/imgcost-tools.wasm "$site/"
# The catalog the page loads: every price sheet loaded and checked by the
# native loader (the only validator; a rejected file stops the build) and
# written compactly, without the prose, for the first-load module, which reads
# it without a JSON parser (docs/catalog.md#compact).
build/native/cli/imgcost catalog --compact --catalog pricing-data > "$site/catalog.bin"
# catalog.json stays published beside the page for anyone who wants the
# catalog as JSON (the page itself does not fetch it): one file for every
# price sheet. The prose
# (every "note" and "notes" text: what was read where, assumptions) is left
# out: the page never shows it, and it was two thirds of the file (issue 15);
# the price sheets in pricing-data/ and the CLI keep it.
python3 - "$site/catalog.json" <<'PY'
import glob, json, os, sys
def prose_free(o):
    if isinstance(o, dict):
        return {k: prose_free(v) for k, v in o.items() if not (k in ("note", "notes") and isinstance(v, str))}
    if isinstance(o, list):
        return [prose_free(x) for x in o]
    return o
files = {os.path.basename(p): prose_free(json.load(open(p, encoding="utf-8")))
         for p in sorted(glob.glob("pricing-data/*.json")) if not p.endswith("schema.json")}
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump({"bundle_version": 1, "files": files}, out, ensure_ascii=False, separators=(",", ":"))
PY
# The page's modules bundled and minified (esbuild), the CSS joined, every
# file the page loads under a content-hashed name, preloads in index.html.
[[ -x node_modules/.bin/esbuild && -d node_modules/linkedom ]] || npm ci --no-audit --no-fund --loglevel=error
node scripts/bundle-site.mjs "$site"
# The default scenario's answer in index.html, so the first paint shows it.
node scripts/prerender.mjs "$site" build/native/cli/imgcost
# Last: the service worker precaches every file above, under a content hash.
python3 scripts/write-service-worker.py "$site"
echo "Site built in $site/"
