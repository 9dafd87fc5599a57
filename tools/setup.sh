# Sourced by tools/play.sh and tools/test.sh: installs what a fresh Debian machine lacks.
# Each step checks first, so a second run costs nothing.

step() { printf '\n==> %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "need root (or sudo) for: $*" >&2; return 1; fi
}

apt_install() {
  if [ -z "${APT_UPDATED:-}" ]; then as_root apt-get update -qq; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_rust() {
  command -v cargo >/dev/null || { echo "Rust is missing: install rustup from your distribution, then rerun." >&2; exit 1; }
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  # Builds are reused between runs (and by CI on the same machine) from outside the clone.
  export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/byte-bridge/target}"
}

ensure_node() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    step "installing Node.js and npm (Debian)"
    apt_install nodejs npm
  fi
}

ensure_npm_packages() {
  ensure_node
  # npm ci installs exactly what package-lock.json pins.
  if [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    step "installing npm packages from package-lock.json"
    npm ci --no-audit --no-fund
  fi
}

ensure_chromium() {
  if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
    step "installing Debian's chromium"
    apt_install chromium
  fi
}

# A real learning record store for the teacher page's sync tests (tests/e2e/lrs.mjs): Ralph
# (PyPI ralph-malph) with its file backend, in a virtual environment outside the clone, every
# Python package pinned in tools/ralph-requirements.txt.
ensure_ralph() {
  export RALPH_VENV="${RALPH_VENV:-$HOME/.cache/byte-bridge/ralph}"
  if [ ! -x "$RALPH_VENV/bin/uvicorn" ] || ! cmp -s tools/ralph-requirements.txt "$RALPH_VENV/requirements.txt"; then
    step "installing the Ralph learning record store (tools/ralph-requirements.txt)"
    python3 -c 'import venv, ensurepip' 2>/dev/null || apt_install python3 python3-venv
    rm -rf "$RALPH_VENV"
    python3 -m venv "$RALPH_VENV"
    "$RALPH_VENV/bin/pip" install -q --disable-pip-version-check --no-deps -r tools/ralph-requirements.txt
    cp tools/ralph-requirements.txt "$RALPH_VENV/requirements.txt"
  fi
}
