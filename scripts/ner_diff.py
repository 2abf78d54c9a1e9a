#!/usr/bin/env python3
"""Lists the entity differences between a gold JSONL file and the CLI's predictions, per
document: missed (gold only), spurious (prediction only) and mislabelled spans. For looking at
errors while developing; the scores come from ../shared/eval/score.py.

usage: ner_diff.py GOLD PRED [--labels PER,LOC,ORG] [--only ID]
Gold offsets are code points; predictions UTF-16 (as the CLI prints them)."""
import json, sys

def load(path):
    return {d["id"]: d for d in map(json.loads, filter(str.strip, open(path, encoding="utf-8")))}

def to_cp(text):
    table, pos = {0: 0}, 0
    for i, ch in enumerate(text):
        pos += 2 if ord(ch) > 0xFFFF else 1
        table[pos] = i + 1
    return table

def main():
    args = sys.argv[1:]
    gold, pred = load(args[0]), load(args[1])
    labels = set(args[args.index("--labels") + 1].split(",")) if "--labels" in args else {"PER", "LOC", "ORG"}
    only = args[args.index("--only") + 1] if "--only" in args else None
    for did, g in gold.items():
        if only and did != only:
            continue
        text = g["text"]
        t = to_cp(text)
        gs = {(e["start"], e["end"]): e["label"] for e in g["entities"] if e["label"] in labels}
        ps = {}
        for e in pred.get(did, {}).get("entities", []):
            if e["label"] in labels:
                ps[(t[e["start"]], t[e["end"]])] = e["label"]
        lines = []
        for span in sorted(set(gs) | set(ps)):
            a, b = gs.get(span), ps.get(span)
            if a == b:
                continue
            kind = "missed" if b is None else "spurious" if a is None else "label"
            lines.append(f"  {kind:8} gold={a or '-':4} pred={b or '-':4} {text[span[0]:span[1]]!r}")
        if lines:
            print(did)
            print("\n".join(lines))

if __name__ == "__main__":
    main()
