#!/usr/bin/env bash
# Installs what is missing (Debian packages only).
set -euo pipefail
need=()
for pkg in cmake g++ emscripten nlohmann-json3-dev catch2 nodejs python3 python3-jsonschema; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if ((${#need[@]})); then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi
