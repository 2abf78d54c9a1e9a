"""Scale of the Spark job in local mode (a benchmark, not a test).

    .ci/venv/bin/python benches/spark_scale.py 10000 100000 [--copies 1 6] [--cli] [--max-df N]

For each corpus size, generates articles (python/tests/corpus.py: stories carried by 1 to 6
outlets with light edits, a standing line in 15 %), runs the job in local[2] and prints one JSON
line: seconds, documents, fingerprints, candidate pairs, passages, shuffle bytes written (from
Spark's event log), and the peak resident memory of the whole process tree (driver JVM and
Python workers, sampled every 0.2 s). With --cli, the CLI's duplicates on the same input too
(up to its 20,000-document limit).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "python", "tests"))
from corpus import articles  # noqa: E402


def tree_rss(root: int) -> int:
    """Resident bytes of `root` and all its descendants."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for stat in glob.glob("/proc/[0-9]*/stat"):
        try:
            with open(stat) as f:
                fields = f.read().rsplit(")", 1)[1].split()
            pid = int(stat.split("/")[2])
            parents[pid] = int(fields[1])
            rss[pid] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            continue
    total = 0
    for pid in rss:
        p = pid
        while p > 1 and p != root:
            p = parents.get(p, 0)
        if p == root:
            total += rss[pid]
    return total


class Peak:
    def __init__(self, pid: int) -> None:
        self.pid, self.peak, self.done = pid, 0, False
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self) -> None:
        while not self.done:
            self.peak = max(self.peak, tree_rss(self.pid))
            time.sleep(0.2)

    def __enter__(self) -> "Peak":
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.done = True
        self.thread.join()


def shuffle_bytes(log_dir: str) -> int:
    total = 0
    # Spark 4 writes rolling logs: a folder per application, files inside.
    for path in glob.glob(os.path.join(log_dir, "**", "*"), recursive=True):
        if os.path.isdir(path):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                if '"SparkListenerTaskEnd"' not in line:
                    continue
                metrics = json.loads(line).get("Task Metrics") or {}
                total += (metrics.get("Shuffle Write Metrics") or {}).get("Shuffle Bytes Written", 0)
    return total


def run_spark(n: int, copies: tuple[int, int], tmp: str, max_df: int | None = None) -> dict:
    from pyspark.sql import SparkSession

    from article_analyser import spark as job

    docs = articles(n, seed=n, copies=copies)
    src = os.path.join(tmp, f"corpus-{n}.jsonl")
    with open(src, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    logs = os.path.join(tmp, f"events-{n}")
    os.makedirs(logs)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.memory", "4g")
        .config("spark.eventLog.enabled", "true")
        .config("spark.eventLog.compress", "false")
        .config("spark.eventLog.dir", "file://" + logs)
        .getOrCreate()
    )
    out = os.path.join(tmp, f"out-{n}")
    with Peak(os.getpid()) as peak:
        start = time.perf_counter()
        result = job.find_reuse(spark, job.read_documents(spark, src), max_df=max_df)
        job.write_result(result, out)
        seconds = time.perf_counter() - start
    spark.stop()
    row = {"engine": "spark local[2]", "maxDf": max_df, "documents": n, "megabytes": round(os.path.getsize(src) / 1e6, 1),
           "seconds": round(seconds, 1), **{k: result["stats"][k] for k in ("fingerprints", "candidatePairs", "passages", "boilerplate")},
           "shuffleMB": round(shuffle_bytes(logs) / 1e6, 1), "peakMB": round(peak.peak / 1e6)}
    return row | {"input": src}


def run_cli(src: str, n: int) -> dict:
    cli = os.path.join(HERE, "..", "target", "release", "article-analyser")
    start = time.perf_counter()
    with open(src, "rb") as f:
        proc = subprocess.Popen(["/usr/bin/time", "-f", "%M", cli, "duplicates", "--jsonl"], stdin=f,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, err = proc.communicate()
    seconds = time.perf_counter() - start
    peak_kb = int(err.decode().strip().splitlines()[-1])
    return {"engine": "cli", "documents": n, "seconds": round(seconds, 2), "peakMB": round(peak_kb / 1000)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", type=int, nargs="+")
    parser.add_argument("--copies", type=int, nargs=2, default=(1, 6))
    parser.add_argument("--cli", action="store_true")
    parser.add_argument("--max-df", type=int, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            row = run_spark(n, tuple(args.copies), tmp, args.max_df)
            src = row.pop("input")
            print(json.dumps(row), flush=True)
            if args.cli and n <= 20_000:
                print(json.dumps(run_cli(src, n)), flush=True)


if __name__ == "__main__":
    main()
