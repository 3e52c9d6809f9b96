#!/usr/bin/env bash
# Installs what is missing (Debian packages only).
set -euo pipefail
need=()
for pkg in cmake g++ emscripten nlohmann-json3-dev catch2 nodejs python3 python3-jsonschema chromium \
           clang-14 libfuzzer-14-dev; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
# A NodeSource nodejs ships its own npm; Debian's nodejs needs the npm package.
command -v npm >/dev/null 2>&1 || need+=(npm)
if ((${#need[@]})); then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi
