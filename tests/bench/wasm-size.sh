#!/usr/bin/env bash
# Size of the browser module (imgcost.wasm + its JS glue), raw and gzip -9,
# and where the wasm bytes go: sections, code by origin, largest functions.
# Usage: tests/bench/wasm-size.sh [--compare] [TOP]
#   builds the wasm preset (build/wasm) if needed; --compare also builds
#   build/wasm-base with -DIMGCOST_WASM_SIZE_TUNING=OFF (the flags before the
#   size work) and prints both. TOP: how many functions to list (default 25).
set -euo pipefail
cd "$(dirname "$0")/../.."
export NODE_PATH=/usr/share/nodejs
compare=0
[[ ${1:-} == --compare ]] && { compare=1; shift; }
top=${1:-25}

build() {  # build DIR [cmake args...]
  local dir=$1; shift
  cmake --preset wasm -B "$dir" "$@" >/dev/null
  cmake --build "$dir" --target imgcost_wasm >/dev/null
}

sizes() {  # sizes LABEL DIR
  local w="$2/wasm/imgcost.wasm" j="$2/wasm/imgcost.js"
  local wr wg jr jg
  wr=$(stat -c %s "$w"); wg=$(gzip -9c "$w" | wc -c); jr=$(stat -c %s "$j"); jg=$(gzip -9c "$j" | wc -c)
  printf '%-28s wasm %8d raw %7d gzip | glue %6d raw %6d gzip | total %7d gzip\n' \
    "$1" "$wr" "$wg" "$jr" "$jg" $((wg + jg))
}

build build/wasm
if ((compare)); then
  build build/wasm-base -DIMGCOST_WASM_SIZE_TUNING=OFF
  sizes "before (no size tuning)" build/wasm-base
fi
sizes "now" build/wasm

# Function names: relink the same objects with a name section, outside the build.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
link=$(sed "s# -o imgcost.js# --profiling-funcs -o $tmp/named.js#" build/wasm/wasm/CMakeFiles/imgcost_wasm.dir/link.txt)
(cd build/wasm/wasm && eval "$link") >/dev/null
python3 tests/bench/wasm_functions.py "$tmp/named.wasm" "$top" | cut -c1-150
