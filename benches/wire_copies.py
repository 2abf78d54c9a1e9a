#!/usr/bin/env python3
"""Duplicates when every article has many near-copies: stories carried by COPIES outlets with
light edits (python/tests/corpus.py, no standing line), timed through the native CLI with
both listings of `across`, one run each, peak memory from /usr/bin/time.

    python3 benches/wire_copies.py [N ...] [--copies 50] [--cli target/release/article-analyser]

Prints one Markdown row per size and listing: articles, MB, seconds, peak MB, JSON MB, pairs,
candidate pairs, passages, derived passages.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "python", "tests"))
from corpus import articles  # noqa: E402


def run(cli: str, path: str, across: str) -> dict:
    with open(path, "rb") as src, tempfile.NamedTemporaryFile(suffix=".json") as out:
        timed = subprocess.run(
            ["/usr/bin/time", "-f", "%e %M", cli, "duplicates", "--jsonl", "--across", across],
            stdin=src, stdout=out, stderr=subprocess.PIPE, check=True,
        )
        seconds, kb = timed.stderr.decode().strip().splitlines()[-1].split()
        out.seek(0)
        report = json.load(out)
        size = os.path.getsize(out.name)
    st = report["stats"]
    return {"seconds": float(seconds), "peak_mb": int(kb) / 1024, "json_mb": size / 1e6,
            "pairs": len(report["pairs"]), "candidates": st["candidatePairs"],
            "passages": st["passages"], "derived": st["derived"]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", type=int, nargs="*", default=[1000, 4000, 16000])
    parser.add_argument("--copies", type=int, default=50)
    parser.add_argument("--cli", default="target/release/article-analyser")
    args = parser.parse_args()
    print("| articles | MB | across | time | peak memory | JSON | pairs | candidate pairs | passages | derived |")
    print("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            path = os.path.join(tmp, f"wire{n}.jsonl")
            with open(path, "w", encoding="utf-8") as f:
                for d in articles(n, seed=n, copies=(args.copies, args.copies), standing=0):
                    f.write(json.dumps(d, ensure_ascii=False) + "\n")
            mb = os.path.getsize(path) / 1e6
            for across in ("all", "direct"):
                r = run(args.cli, path, across)
                print(f"| {n:,} | {mb:.1f} | {across} | {r['seconds']:.2f} s | {r['peak_mb']:.0f} MB | "
                      f"{r['json_mb']:.0f} MB | {r['pairs']:,} | {r['candidates']:,} | {r['passages']:,} | "
                      f"{r['derived']:,} |", flush=True)


if __name__ == "__main__":
    main()
