#!/usr/bin/env bash
# Installs what building and testing Article Analyser needs on a fresh Debian machine, skipping
# whatever is already there at the right version. Versions come from wasm-pack.toml.
#   bash .ci/setup.sh          build tools only (Rust wasm target, wasm-pack, wasm-bindgen, binaryen,
#                              and pdf.js, which the page loads for dropped PDFs)
#   bash .ci/setup.sh --test   the same plus Chromium, ChromeDriver, playwright-core, axe-core
#                              (the accessibility checks), valgrind,
#                              GNU time, Java, and a Python venv with maturin and pyspark for tests
set -euo pipefail
cd "$(dirname "$0")/.."

want_tests=false
[ "${1:-}" = "--test" ] && want_tests=true

setting() { # setting SECTION KEY -> value from wasm-pack.toml
  python3 -c 'import sys, tomllib; print(tomllib.load(open("wasm-pack.toml", "rb"))[sys.argv[1]][sys.argv[2]])' "$1" "$2"
}
export PATH="$HOME/.cargo/bin:$PATH"

if $want_tests; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium chromium-driver)
  # Chromium without recommends brings no font: the page's text would render blank in the
  # README's screenshots.
  [ -n "$(find /usr/share/fonts -name '*.tt[fc]' -print -quit 2>/dev/null)" ] || missing+=(fonts-dejavu-core)
  command -v valgrind >/dev/null || missing+=(valgrind)
  [ -x /usr/bin/time ] || missing+=(time)
  # Java for the Spark job's tests (pyspark 4 needs 17 or later).
  command -v java >/dev/null || missing+=(openjdk-17-jre-headless)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]} from Debian"
    sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

wasm_pack=$(setting tools wasm-pack)
if [ "$(wasm-pack --version 2>/dev/null)" != "wasm-pack $wasm_pack" ]; then
  echo "setup: installing wasm-pack $wasm_pack (about 3 minutes)"
  cargo install --locked wasm-pack --version "$wasm_pack"
fi

bindgen=$(setting tools wasm-bindgen-cli)
locked=$(python3 -c 'import tomllib; print(next(p["version"] for p in tomllib.load(open("Cargo.lock","rb"))["package"] if p["name"]=="wasm-bindgen"))')
if [ "$bindgen" != "$locked" ]; then
  echo "setup: wasm-pack.toml pins wasm-bindgen-cli $bindgen but Cargo.lock has wasm-bindgen $locked; make them equal" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen" ]; then
  echo "setup: installing wasm-bindgen-cli $bindgen (about 3 minutes)"
  # Not --locked: its lock file pins a webpki-roots version the registry here lacks.
  cargo install wasm-bindgen-cli --version "$bindgen"
fi

if [ ! -x .ci/node_modules/.bin/wasm-opt ] || [ ! -d .ci/node_modules/pdfjs-dist ] || { $want_tests && { [ ! -d .ci/node_modules/playwright-core ] || [ ! -d .ci/node_modules/axe-core ]; }; }; then
  echo "setup: installing binaryen, pdf.js, playwright-core and axe-core from npm"
  (cd .ci && npm ci --no-audit --no-fund --silent)
fi
if $want_tests; then
  # The Python package's build and test tools, pinned, in a virtual environment of their own.
  venv=.ci/venv
  if ! "$venv/bin/python" -c 'import importlib.metadata as m; assert m.version("maturin") == "1.16.0" and m.version("pyspark") == "4.3.0"' 2>/dev/null; then
    echo "setup: installing maturin and pyspark from PyPI into $venv (about 30 s)"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check maturin==1.16.0 pyspark==4.3.0
  fi
fi
echo "setup: ready"
