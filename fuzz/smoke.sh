#!/usr/bin/env bash
# The fuzz smoke run of the test command: builds every cargo-fuzz target and runs each for a few
# seconds over its kept corpus (fuzz/corpus/TARGET), so that a crash the corpus already reaches,
# or a target that no longer builds, fails the tests. Long runs are by hand (fuzz/README.md).
# cargo-fuzz passes nightly flags to rustc; RUSTC_BOOTSTRAP=1 lets the stable toolchain (the only
# one this machine can install) accept them.
set -euo pipefail
cd "$(dirname "$0")"
export PATH="$HOME/.cargo/bin:$PATH" RUSTC_BOOTSTRAP=1
seconds="${FUZZ_SECONDS:-5}"
command -v cargo-fuzz >/dev/null || cargo install --locked cargo-fuzz --version 0.13.2
cargo fuzz build -s none --release
for target in $(cargo fuzz list); do
  mkdir -p "corpus/$target"
  # A scratch copy: new inputs found in a smoke run are not written into the kept corpus.
  scratch=$(mktemp -d)
  cp -r "corpus/$target/." "$scratch/"
  line=$(cargo fuzz run -s none --release "$target" "$scratch" -- -max_total_time="$seconds" -max_len=8192 -timeout=20 2>&1 | grep -E '^Done [0-9]+ runs' || true)
  rm -rf "$scratch"
  [ -n "$line" ] || { echo "fuzz $target: failed (run cargo fuzz run $target to see the crash)" >&2; exit 1; }
  echo "fuzz $target: $line"
done
