#!/usr/bin/env bash
# Builds what the benchmark needs (native CLI, the site) and runs it:
# native `imgcost compare` time, the wasm full-comparison recompute in
# headless Chromium, and the wasm heap over 10,000 recomputes.
# BENCH_RUNS=N sets the number of CLI runs (default 21).
set -euo pipefail
cd "$(dirname "$0")/../.."
export NODE_PATH=/usr/share/nodejs
cmake --preset native >/dev/null
cmake --build --preset native --target imgcost >/dev/null
bash scripts/build-site.sh >/dev/null
[[ -d node_modules/playwright-core ]] || npm ci --no-audit --no-fund --loglevel=error
node tests/bench/bench.mjs
