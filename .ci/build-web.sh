#!/usr/bin/env bash
# Builds the release WebAssembly module into the out dir of wasm-pack.toml, optimises it with
# npm's wasm-opt using the flags there, and checks it against the size budget there.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/.ci/node_modules/.bin:$PATH"

read -r target out_dir profile opt_level < <(python3 -c '
import tomllib; b = tomllib.load(open("wasm-pack.toml", "rb"))["build"]
print(b["target"], b["out-dir"], b["profile"], b.get("opt-level", "s"))')
export CARGO_PROFILE_RELEASE_OPT_LEVEL="$opt_level"
mapfile -t opt_flags < <(python3 -c '
import tomllib; print("\n".join(tomllib.load(open("wasm-pack.toml", "rb"))["wasm-opt"]["flags"]))')

# The page's module leaves the entity gazetteers out (feature external-gazetteers); the worker
# fetches them as one file, pkg/gazetteers.txt, after its first statistics. The npm package's
# module (.ci/build-npm.sh) keeps them embedded.
wasm-pack build --"$profile" --target "$target" --out-dir "$out_dir" --no-pack -- --features external-gazetteers
wasm="$out_dir/article_analyser_bg.wasm"
python3 - "$out_dir/gazetteers.txt" <<'PY'
import sys
# Gazetteer::from_bundle reads the four lists in this order, each opened by "\x01NAME".
parts = ["places", "demonyms", "given_names", "brands"]
with open(sys.argv[1], "w", encoding="utf-8", newline="\n") as out:
    for name in parts:
        out.write(f"\x01{name}\n")
        out.write(open(f"src/data/gazetteer/{name}.txt", encoding="utf-8").read())
PY
before=$(stat -c %s "$wasm")
wasm-opt "${opt_flags[@]}" "$wasm" -o "$wasm.opt"
mv "$wasm.opt" "$wasm"
rm -f "$out_dir/.gitignore"

python3 - "$wasm" "$before" <<'PY'
import gzip, sys, tomllib
path, before = sys.argv[1], int(sys.argv[2])
raw = open(path, "rb").read()
gz = len(gzip.compress(raw, 9))
budget = tomllib.load(open("wasm-pack.toml", "rb"))["budget"]
print(f"wasm size: {len(raw)/1000:.1f} KB raw ({before/1000:.1f} KB before wasm-opt), {gz/1000:.1f} KB gzip;"
      f" budget {budget['max-raw-kb']} KB raw, {budget['max-gzip-kb']} KB gzip")
lists = open(path.replace("article_analyser_bg.wasm", "gazetteers.txt"), "rb").read()
print(f"gazetteers.txt (fetched after the first statistics): {len(lists)/1000:.1f} KB raw, {len(gzip.compress(lists, 9))/1000:.1f} KB gzip")
if len(raw) > budget["max-raw-kb"] * 1000 or gz > budget["max-gzip-kb"] * 1000:
    sys.exit("wasm size over budget: trim the module or raise the budget in wasm-pack.toml with a reason")
PY

# pdf.js (Mozilla, Apache-2.0, from npm's pdfjs-dist) for the text layer of dropped PDFs: copied
# beside the page, loaded only when a PDF arrives.
vendor=www/vendor/pdfjs
mkdir -p "$vendor"
pdfjs=.ci/node_modules/pdfjs-dist
cp "$pdfjs/build/pdf.min.mjs" "$pdfjs/build/pdf.worker.min.mjs" "$pdfjs/LICENSE" "$vendor/"
cp -r "$pdfjs/standard_fonts" "$vendor/"
python3 -c 'import json,sys; print("pdf.js", json.load(open(sys.argv[1]))["version"], "copied to", sys.argv[2])' "$pdfjs/package.json" "$vendor"
