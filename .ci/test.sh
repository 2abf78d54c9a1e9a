#!/usr/bin/env bash
# README command 2: installs everything (Chromium and ChromeDriver included) and runs every test:
# formatting and lints (native and wasm32), native unit, integration, property and doc tests, a
# fuzz smoke run of every cargo-fuzz target, the
# linear-time suite (instructions counted by callgrind on inputs built to be slow), the
# JavaScript API in headless Chromium (wasm-bindgen-test), the release build with its size
# budget, the end-to-end test of the release page (Playwright + Chromium), and a smoke run of
# the benchmark command (benches/anchors.py) with its anchors from PyPI.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup.sh --test
export PATH="$HOME/.cargo/bin:$PWD/.ci/node_modules/.bin:$PATH"

step() { printf '\n=== %s\n' "$*"; }

step "format and lints"
cargo fmt --all --check
cargo fmt --check --manifest-path fuzz/Cargo.toml
cargo clippy --all-targets -- -D warnings
cargo clippy -p article-analyser-python --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --bins --tests -- -D warnings

step "native tests"
cargo test

step "fuzz smoke run: every cargo-fuzz target a few seconds over its kept corpus"
bash fuzz/smoke.sh

step "linear time and memory on inputs built to be slow (callgrind instruction counts)"
cargo build --release
python3 tests/linear.py target/release/article-analyser

step "Python package (abi3 wheel) and the Spark job in local[2], against the CLI"
bash .ci/test-python.sh

step "JavaScript API in headless Chromium (wasm-bindgen-test)"
CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}" wasm-pack test --headless --chrome

step "release build"
bash .ci/build-web.sh

step "end-to-end: the release page in Chromium"
node --test tests/e2e/

step "benchmark smoke run: the CLI, the wasm build and the anchors (textstat, spaCy, datasketch) on tiny inputs"
python3 benches/anchors.py --smoke

step "npm package: packed, installed offline into an empty project, used from Node"
node --test tests/npm/
