#!/usr/bin/env bash
# Installs, builds native and wasm, runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
export NODE_PATH=/usr/share/nodejs
cmake --workflow --preset native
cmake --workflow --preset wasm
# A short smoke of each libFuzzer harness (tests/fuzz/run.sh SECONDS runs them longer).
bash tests/fuzz/run.sh "${FUZZ_SECONDS:-20}"
# The page in Chromium, checked against the native CLI built above.
bash scripts/build-site.sh
npm ci --no-audit --no-fund --loglevel=error
# The catalog's token rates against @pydantic/genai-prices' bundled data (offline).
node scripts/crosscheck-genai-prices.mjs
node --test tests/catalog/crosscheck.test.mjs
node --test tests/web/
