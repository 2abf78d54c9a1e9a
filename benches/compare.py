#!/usr/bin/env python3
"""Side by side, in one run, on the same generated articles: Article Analyser's duplicate finder
natively (the release CLI) and in headless Chromium (the release WebAssembly), and datasketch's
MinHashLSH (PyPI), the usual Python tool for near-duplicate documents.

    python3 benches/compare.py [articles] [copies]      (default 1000 articles, 40 copies)

Needs: cargo, node with .ci/node_modules (bash .ci/setup.sh --test), a release web build
(bash .ci/build-web.sh), and datasketch (installed with pip if missing). Times are medians of
five runs (datasketch: three) on this machine; "found" counts the planted copies (article 2k
into 2k+1) whose pair is reported. datasketch compares whole documents (Jaccard of word
5-shingle sets, 128 permutations), so it is shown at two thresholds; it reports pairs, not
aligned passages.
"""
import json, os, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def planted_found(pairs, copies):
    want = {(f"a{2*i}", f"a{2*i+1}") for i in range(copies)}
    got = {tuple(sorted(p)) for p in pairs}
    return len(want & got), len(got - want)

def native(path, copies):
    subprocess.run(["cargo", "build", "--release", "-q"], cwd=ROOT, check=True)
    exe = os.path.join(ROOT, "target/release/article-analyser")
    times, out = [], None
    for _ in range(5):
        t0 = time.perf_counter()
        with open(path, "rb") as f:
            out = subprocess.run([exe, "duplicates", "--jsonl"], stdin=f, capture_output=True, check=True).stdout
        times.append(time.perf_counter() - t0)
    report = json.loads(out)
    pairs = {(p["a"], p["b"]) for p in report["across"]}
    return statistics.median(times) * 1000, planted_found(pairs, copies), len(report["across"])

def browser(path):
    out = subprocess.run(["node", os.path.join(ROOT, "benches/browser-dedup.mjs"), path, "5"],
                         capture_output=True, check=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])

def datasketch_run(docs, copies, threshold):
    import re
    from datasketch import MinHash, MinHashLSH
    times, found = [], None
    for _ in range(3):
        t0 = time.perf_counter()
        lsh = MinHashLSH(threshold=threshold, num_perm=128)
        hashes = {}
        for d in docs:
            words = re.findall(r"\w+", d["text"].lower())
            shingles = {" ".join(words[i:i + 5]).encode() for i in range(max(1, len(words) - 4))}
            m = MinHash(num_perm=128)
            m.update_batch(list(shingles))
            hashes[d["id"]] = m
            lsh.insert(d["id"], m)
        pairs = set()
        for key, m in hashes.items():
            for other in lsh.query(m):
                if other != key:
                    pairs.add(tuple(sorted((key, other))))
        times.append(time.perf_counter() - t0)
        found = planted_found(pairs, copies)
    return statistics.median(times) * 1000, found

def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    copies = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    try:
        import datasketch  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "datasketch"], check=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "set.jsonl")
        with open(path, "w") as f:
            subprocess.run(["node", os.path.join(ROOT, "benches/article-set.mjs"), str(count), str(copies)], stdout=f, check=True)
        size = os.path.getsize(path) / 1e6
        docs = [json.loads(l) for l in open(path, encoding="utf-8")]
        n_ms, (n_found, n_extra), n_passages = native(path, copies)
        b = browser(path)
        rows = [("Article Analyser, native CLI (incl. JSON I/O)", n_ms, f"{n_found}/{copies}", n_extra, f"{n_passages} passages")]
        rows.append(("Article Analyser, wasm in headless Chromium", b["medianMs"], "same module", "", f"{b['passages']} passages"))
        for t in (0.5, 0.1):
            d_ms, (d_found, d_extra) = datasketch_run(docs, copies, t)
            rows.append((f"datasketch MinHashLSH, threshold {t}", d_ms, f"{d_found}/{copies}", d_extra, "document pairs only"))
    print(f"{count} articles, {size:.1f} MB, {copies} planted copies (one paragraph each)\n")
    print("| tool | median time | planted pairs found | other pairs | output |")
    print("|---|---|---|---|---|")
    for name, ms, found, extra, out in rows:
        print(f"| {name} | {ms:.0f} ms | {found} | {extra} | {out} |")

if __name__ == "__main__":
    main()
