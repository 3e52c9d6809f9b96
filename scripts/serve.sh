#!/usr/bin/env bash
# Installs, builds the site into build/site/ and serves it on localhost.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build-site.sh
port="${PORT:-8000}"
echo "Serving http://localhost:${port}/"
# Caching headers as a static host sends them (scripts/serve-site.py).
exec python3 scripts/serve-site.py "$port" build/site
