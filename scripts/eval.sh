#!/usr/bin/env bash
# Every evaluation figure in one run, from ../shared/eval (not part of the test command: the
# folder is not in the repository). Builds the release CLI first.
#   bash scripts/eval.sh            all sets
#   bash scripts/eval.sh realnews   one set (realnews, wikineural-fr, wikineural-en, newseye, seeds, dedup)
set -euo pipefail
cd "$(dirname "$0")/.."
ev=../shared/eval
[ -d "$ev" ] || { echo "eval: $ev is not there" >&2; exit 1; }
cargo build --release -q
cli=target/release/article-analyser
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
want() { [ $# -eq 0 ] || [ "${only:-}" = "" ] || [ "$only" = "$1" ]; }
only="${1:-}"
run() { # name gold [labels]
  local name=$1 gold=$2 labels=${3:-}
  "$cli" entities --jsonl < "$gold" > "$tmp/$name.jsonl"
  if [ -n "$labels" ]; then
    printf '%-16s ' "$name"; python3 $ev/score.py "$gold" "$tmp/$name.jsonl" --labels "$labels" | grep -E '^micro'
  else
    printf '%-16s ' "$name"; python3 $ev/score.py "$gold" "$tmp/$name.jsonl" | grep -E '^micro'
  fi
}
if want realnews; then
  run realnews $ev/data/realnews-dev.jsonl PER,LOC,ORG
  python3 $ev/score_speakers.py $ev/data/realnews-dev.jsonl "$tmp/realnews.jsonl" | tail -2
fi
want wikineural-fr && run wikineural-fr $ev/data/wikineural-fr-val.jsonl PER,LOC,ORG
want wikineural-en && run wikineural-en $ev/data/wikineural-en-val.jsonl PER,LOC,ORG
want newseye && run newseye $ev/data/newseye-fr-dev.jsonl PER,LOC,ORG
if want seeds; then
  run seeds $ev/gold/seeds.entities.jsonl
  run seeds-plo $ev/gold/seeds.entities.jsonl PER,LOC,ORG
fi
if want dedup; then
  "$cli" duplicates --jsonl < $ev/seeds/seeds.jsonl > "$tmp/dups.json"
  python3 $ev/score_dedup.py $ev/gold/seeds.duplicates.json $ev/seeds/seeds.jsonl "$tmp/dups.json" | tail -4
fi
