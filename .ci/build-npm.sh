#!/usr/bin/env bash
# Assembles the npm package in target/npm/article-analyser from the release web build
# (www/pkg, made by .ci/build-web.sh: the same optimised module the page loads), with its
# README, a Node entry that loads the .wasm file, and a package.json whose version is the
# crate's. `npm pack target/npm/article-analyser` then makes the tarball.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f www/pkg/article_analyser_bg.wasm ] || bash .ci/build-web.sh
dest=target/npm/article-analyser
rm -rf "$dest"
mkdir -p "$dest"
cp www/pkg/article_analyser.js www/pkg/article_analyser.d.ts www/pkg/article_analyser_bg.wasm \
  www/pkg/article_analyser_bg.wasm.d.ts www/pkg/gazetteers.txt npm/README.md "$dest/"
cat > "$dest/node.js" <<'JS'
// Node entry: instantiates the module from the package's .wasm file, then exports the API,
// with an Analyser that loads the entity lists (gazetteers.txt: the module leaves them out, as
// the page fetches them after its first statistics) when it is built.
import { readFileSync } from "node:fs";
import { Analyser as ModuleAnalyser, initSync } from "./article_analyser.js";

initSync({ module: readFileSync(new URL("./article_analyser_bg.wasm", import.meta.url)) });
const lists = readFileSync(new URL("./gazetteers.txt", import.meta.url), "utf8");
export * from "./article_analyser.js";
export class Analyser extends ModuleAnalyser {
  constructor() {
    super();
    this.loadGazetteers(lists);
  }
}
JS
printf 'export * from "./article_analyser.js";\n' > "$dest/node.d.ts"
python3 - "$dest" <<'PY'
import json, sys, tomllib
dest = sys.argv[1]
crate = tomllib.load(open("Cargo.toml", "rb"))["package"]
package = {
    "name": "article-analyser",
    "version": crate["version"],
    "description": crate["description"],
    "license": crate["license"],
    "type": "module",
    "main": "node.js",
    "types": "article_analyser.d.ts",
    "exports": {
        ".": {
            "node": {"types": "./node.d.ts", "default": "./node.js"},
            "types": "./article_analyser.d.ts",
            "default": "./article_analyser.js",
        },
        "./article_analyser_bg.wasm": "./article_analyser_bg.wasm",
    },
    "files": ["article_analyser.js", "article_analyser.d.ts", "article_analyser_bg.wasm", "gazetteers.txt",
              "article_analyser_bg.wasm.d.ts", "node.js", "node.d.ts", "README.md"],
    "sideEffects": ["./node.js"],
    "engines": {"node": ">=18"},
    "keywords": ["news", "readability", "named-entities", "quotations", "duplicates", "text-reuse", "wasm"],
}
json.dump(package, open(f"{dest}/package.json", "w"), indent=2)
print(f"npm package {package['version']} assembled in {dest}")
PY
