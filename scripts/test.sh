#!/usr/bin/env bash
# Installs, builds native and wasm, runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
export NODE_PATH=/usr/share/nodejs
cmake --workflow --preset native
cmake --workflow --preset wasm
