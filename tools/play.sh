#!/usr/bin/env bash
# Builds the web bundle into dist/ and serves it at http://localhost:${PORT:-8080}/.
# Installs what is missing first (wasm32 target, Node.js, npm packages). See README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then
  echo "Usage: tools/play.sh   Build dist/ and serve it on localhost (PORT=8080, HOST=127.0.0.1)."
  exit 0
fi
. tools/setup.sh
ensure_rust
# npm packages: the teacher page ships jsQR from node_modules.
ensure_npm_packages
step "building dist/ (a first build takes about 15 minutes on 2 cores; later ones reuse it)"
cargo xtask build
step "serving dist/"
exec node tools/serve.mjs dist
