#!/usr/bin/env bash
# Runs every test suite: core (plain cargo test), the headless Bevy app, the end-to-end tests
# in headless Chromium against a freshly built dist/, the size and start-up budgets, and the record store
# benchmark at a small scale.
# Installs what is missing first (wasm32 target, Chromium, npm packages, the Ralph LRS). See README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then
  echo "Usage: tools/test.sh   Run every test suite (installs what is missing first)."
  exit 0
fi
. tools/setup.sh
ensure_rust
ensure_chromium
ensure_npm_packages
ensure_ralph

step "formatting (rustfmt.toml)"
cargo fmt --all -- --check

step "core: rules, content and formats (no Bevy)"
cargo test

step "game: headless Bevy app (no window, no GPU)"
cargo test --features game

step "web build: dist/ (one release build serves the browser tests and the size check)"
cargo xtask build

step "end-to-end: headless Chromium, touch tablet"
npm run --silent e2e

step "size and start-up budgets, and benchmark"
node tools/bench.mjs --check

step "record store benchmark, 4 schools (fails if a statement is lost or duplicated; docs/scale.md)"
node tools/bench-lrs.mjs --schools 4
