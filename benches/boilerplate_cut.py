#!/usr/bin/env python3
"""What the document-frequency cut (`duplicates --max-df N`) does to reuse found between articles:
pair recall and precision on generated article sets whose true pairs are known (the copies of
one story, python/tests/corpus.py; a standing line ends 15 % of the articles, the boilerplate
the cut is for), and recall and character precision on the hand-made gold of ../shared/eval
(score_dedup.py) when that folder is there.

    python3 benches/boilerplate_cut.py [--articles 1000] [--max-df 0,200,100,50,20,10]

Prints one Markdown row per set and cut (0: no cut).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLI = os.path.join(ROOT, "target", "release", "article-analyser")
EVAL = os.path.join(ROOT, "..", "shared", "eval")
sys.path.insert(0, os.path.join(ROOT, "python", "tests"))
from corpus import articles  # noqa: E402


def duplicates(path: str, max_df: int) -> dict:
    args = [CLI, "duplicates", "--jsonl", "--across", "direct"] + (["--max-df", str(max_df)] if max_df else [])
    with open(path, "rb") as src:
        return json.loads(subprocess.run(args, stdin=src, capture_output=True, check=True).stdout)


def story(doc_id: str) -> str:
    return doc_id.split("-c")[0]


def generated(n: int, cuts: list[int]) -> None:
    docs = articles(n)
    by_story: dict[str, list[str]] = {}
    for d in docs:
        by_story.setdefault(story(d["id"]), []).append(d["id"])
    gold = {tuple(sorted(p)) for ids in by_story.values() for p in itertools.combinations(ids, 2)}
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    try:
        for cut in cuts:
            report = duplicates(f.name, cut)
            found = {tuple(sorted((p["a"], p["b"]))) for p in report["pairs"]}
            right = len(found & gold)
            extra = found - gold
            print(f"| {len(docs)} generated articles | {cut or 'none'} | {right / len(gold):.3f} | "
                  f"{right / max(1, len(found)):.3f} | {len(found)} ({len(extra)} extra) | "
                  f"{report['stats'].get('boilerplate', 0)} |")
    finally:
        os.unlink(f.name)


def seeds(cuts: list[int]) -> None:
    if not os.path.isdir(EVAL):
        return
    docs, gold = os.path.join(EVAL, "seeds", "seeds.jsonl"), os.path.join(EVAL, "gold", "seeds.duplicates.json")
    for cut in cuts:
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as out:
            json.dump(duplicates(docs, cut), out)
        score = subprocess.run([sys.executable, os.path.join(EVAL, "score_dedup.py"), gold, docs, out.name],
                               capture_output=True, text=True, check=True).stdout
        os.unlink(out.name)
        lines = [l.strip() for l in score.splitlines() if "recall" in l.lower()]
        print(f"| ../shared/eval seeds | {cut or 'none'} | {'; '.join(lines)} | | | |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--max-df", default="0,200,100,50,20,10")
    args = ap.parse_args()
    cuts = [int(c) for c in args.max_df.split(",")]
    subprocess.run(["cargo", "build", "--quiet", "--release", "--bin", "article-analyser"], cwd=ROOT, check=True)
    print("| set | --max-df | pair recall | pair precision | pairs found | boilerplate fingerprints |")
    print("|---|---|---|---|---|---|")
    generated(args.articles, cuts)
    seeds(cuts)


if __name__ == "__main__":
    main()
