#!/usr/bin/env bash
# Installs, builds the wasm module and serves the calculator on localhost.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
export NODE_PATH=/usr/share/nodejs
cmake --preset wasm >/dev/null && cmake --build --preset wasm
mkdir -p build/site
cp build/wasm/wasm/imgcost.js build/wasm/wasm/imgcost.wasm build/site/
cp -r web/. build/site/ 2>/dev/null || true
python3 - <<'PY'
import json, glob, os
files = {os.path.basename(p): json.load(open(p)) for p in sorted(glob.glob("pricing-data/*.json")) if not p.endswith("schema.json")}
json.dump({"bundle_version": 1, "files": files}, open("build/site/catalog.json", "w"))
PY
echo "Serving http://localhost:${PORT:-8000}/"
exec python3 -m http.server "${PORT:-8000}" --bind 127.0.0.1 --directory build/site
