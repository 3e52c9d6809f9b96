#!/usr/bin/env bash
# Installs, builds the site into build/site/ and serves it on localhost.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build-site.sh
port="${PORT:-8000}"
echo "Serving http://localhost:${port}/"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory build/site
