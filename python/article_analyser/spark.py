"""Reuse detection over millions of articles on Apache Spark, with the CLI's answer.

    python -m article_analyser.spark --input articles.jsonl --output reuse/
    spark-submit path/to/article_analyser/spark.py --input s3://... --output s3://...

(with spark-submit, the wheel installed on every node, or shipped in a packed venv).

The job runs the steps of the core's finder (``article_analyser::dedup::steps``), each where
Spark puts it:

1. fingerprints of every document (executors, the core's winnowing);
2. the inverted index as a group-by on the fingerprint (JVM shuffle); a fingerprint in more
   than ``--max-df`` documents is boilerplate (a standing line, a stock formula): dropped and
   counted, as passim does; the others' postings become seeds of candidate pairs by the core's
   rule (every pair of places, or past ``MAX_POSTINGS`` places each place with the first
   document's: a star around the earliest copy, its representative);
3. the seeds grouped by pair, then by representative, joined with the texts: in the
   executors each representative is aligned with the documents paired with it, and the
   passages between two of its copies are derived through it (``_core.align_group``, the
   finder's ``derive`` step); then per pair the derived passages that repeat one found
   before are dropped and the pair's summary computed (``_core.kept_of_pair``,
   ``_core.pair_summary``);
4. repeats inside each document, and each document's share found elsewhere (executors);
5. clusters: connected components of the pairs that share at least ``CLUSTER_SHARE`` of a
   document (the links, two integers each, are gathered on the driver).

Output directory: ``passages/``, ``reuse/``, ``pairs/``, ``documents/``, ``within/`` (JSON
Lines, the CLI's ``across``, ``reuse``, ``pairs``, ``documents`` and ``within`` objects), ``clusters.json`` and
``stats.json`` (the CLI's counters, plus ``boilerplate``, the fingerprints dropped by
``--max-df``). Offsets are code points unless ``--offsets utf16`` (the CLI's units).
Documents keep the order of the input, which decides which of a pair is ``a``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any, Iterable, Iterator, Optional

from article_analyser import _core

DEFAULT_MAX_DF: Optional[int] = None


def _fingerprint_rows(rows: Iterable[Any]) -> Iterator[tuple[int, int, int]]:
    for index, text in rows:
        prints, _words = _core.fingerprints(text)
        for h, pos in prints:
            yield (h, index, pos)


def _seed_rows(groups: Iterable[Any]) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    for postings in groups:
        seeds, _star = _core.pair_seeds(sorted(postings))
        for a, b, pa, pb in seeds:
            yield ((a, b), (pa, pb))


def _group_rows(rows: Iterable[Any], offsets: str, written: bool) -> Iterator[tuple[str, Any]]:
    """One representative's alignments and derived passages (``_core.align_group``)."""
    for a, (copies, (a_id, a_text)) in rows:
        copies = list(copies)
        direct, derived, reuse, words = _core.align_group(a, a_id, a_text, copies, offsets=offsets, written=written)
        ids = {a: a_id, **{c[0]: c[1] for c in copies}}
        info = {i: (ids[i], n) for i, n in words}
        for _ in copies:
            yield ("candidate", None)
        for k, (b, p, ranges) in enumerate(direct):
            yield ("direct", ((a, b), (k, p, ranges, info[a], info[b])))
            yield ("span", (a, (p["aStart"], p["aEnd"])))
            yield ("span", (b, (p["bStart"], p["bEnd"])))
        for x, y, p, (via, seq, *ranges) in derived:
            yield ("derived", ((x, y), ((via, seq), p, tuple(ranges), info[x], info[y])))
        for k, cluster in enumerate(reuse):
            yield ("reuse", ((a, k), cluster))


def _pair_rows(rows: Iterable[Any], written: bool) -> Iterator[tuple[str, Any]]:
    """One pair's passages settled as the finder settles them, and its summary."""
    for (a, b), (direct, derived) in rows:
        direct = sorted(direct, key=lambda r: r[0])
        derived = sorted(derived, key=lambda r: r[0])  # (representative, rank): the finder's order
        keep = _core.kept_of_pair([(r[2][0], r[2][1]) for r in direct], [(r[2][0], r[2][1]) for r in derived])
        kept = [r for r, k in zip(derived, keep) if k]
        info = (direct or kept)[0]
        a_info, b_info = info[3], info[4]
        for k, p, ranges, _, _ in direct:
            yield ("passage", ((a, b, ranges[0], 0, k, 0), p))
        for (via, seq), p, ranges, _, _ in kept if written else []:
            yield ("passage", ((a, b, ranges[0], 1, via, seq), p))
        yield ("derived", len(kept))
        ranges = [r[2] for r in direct] + [r[2] for r in kept]
        yield ("pair", (a, b, _core.pair_summary(a_info, b_info, ranges)))


def _document_rows(rows: Iterable[Any], offsets: str) -> Iterator[tuple[int, Any, Any, int]]:
    for index, ((doc_id, text), spans) in rows:
        within, share, bounded = _core.repeats(doc_id, text, offsets=offsets)
        summary = _core.document_summary(doc_id, text, list(spans), share, offsets=offsets)
        yield (index, summary, within, bounded)


def _inverted_index(spark: Any, docs: Any, max_df: Optional[int], parts: int) -> tuple[Any, int, int, int]:
    """Fingerprint → postings, grouped in the JVM; the cut applied. Returns the index of the
    fingerprints at two places or more, and the counts of fingerprints, boilerplate, starred."""
    from pyspark.sql import functions as F

    prints = spark.createDataFrame(
        docs.map(lambda kv: (kv[0], kv[1][1])).mapPartitions(_fingerprint_rows),
        "hash long, doc long, pos int",
    )
    # Partitioned by hash into the job's partitions first, so that the group-by needs no other
    # exchange and does not run on spark.sql.shuffle.partitions (200) tiny tasks: 1,000
    # articles took 34 s that way in local[2], 15 s this way.
    postings = prints.repartition(parts, "hash").groupBy("hash").agg(
        F.collect_list(F.struct("doc", "pos")).alias("postings"),
        F.countDistinct("doc").alias("df"),
        F.count("*").alias("places"),
    ).cache()
    fingerprint_count = postings.agg(F.sum("places")).first()[0] or 0
    index = postings.where(F.col("places") >= 2)
    boilerplate = 0
    if max_df is not None:
        boilerplate = index.where(F.col("df") > max_df).count()
        index = index.where(F.col("df") <= max_df)
    starred = index.where(F.col("places") > _core.MAX_POSTINGS).count()
    return index, fingerprint_count, boilerplate, starred


def _clusters(spark: Any, docs: Any, pairs: Any) -> list[list[str]]:
    """Connected components of the linking pairs, on the driver (two integers per link)."""
    links = pairs.filter(lambda r: _core.links(r[2]["aShare"], r[2]["bShare"])).map(lambda r: (r[0], r[1])).collect()
    if not links:
        return []
    linked = spark.sparkContext.broadcast({d for link in links for d in link})
    ids = dict(docs.filter(lambda kv: kv[0] in linked.value).map(lambda kv: (kv[0], kv[1][0])).collect())
    return _core.clusters(links, ids)


def find_reuse(spark: Any, documents: Any, *, max_df: Optional[int] = None, offsets: str = "codepoints",
               partitions: Optional[int] = None, across: str = "all") -> dict[str, Any]:
    """Runs the job on a DataFrame with ``id`` and ``text`` columns.

    Returns RDDs (``passages``, ``reuse``, ``pairs``, ``documents``, ``within``, ordered as the
    CLI orders them) and, computed on the driver, ``clusters`` and ``stats``. ``across="direct"``
    lists the direct alignments only in ``passages`` (the CLI's ``--across direct``).
    """
    from pyspark.sql import functions as F

    if max_df is not None and max_df < _core.MIN_MAX_DF:
        raise ValueError(f"max_df must be at least {_core.MIN_MAX_DF} documents, not {max_df}")
    if across not in ("all", "direct"):
        raise ValueError(f'across must be "all" or "direct", not {across!r}')
    written = across == "all"
    if offsets not in ("codepoints", "utf16"):
        raise ValueError(f'offsets must be "codepoints" or "utf16", not {offsets!r}')
    parts = partitions or spark.sparkContext.defaultParallelism
    # Positions in input order: they decide a/b in each pair, as the order of `add` does.
    docs = (
        documents.select(F.col("id").cast("string"), F.col("text").cast("string"))
        .rdd.zipWithIndex()
        .map(lambda r: (r[1], (r[0][0] if r[0][0] is not None else f"line {r[1] + 1}", r[0][1] or "")))
        .partitionBy(parts)
        .cache()
    )
    documents_count = docs.count()

    index, fingerprint_count, boilerplate, starred = _inverted_index(spark, docs, max_df, parts)

    seeds = (
        index.select("postings").rdd.map(lambda r: [(p["doc"], p["pos"]) for p in r["postings"]])
        .mapPartitions(_seed_rows)
        .groupByKey(parts)
        .mapValues(list)
    )
    # Each representative with the documents paired with it and their texts: one group a task.
    copies = (
        seeds.map(lambda kv: (kv[0][1], (kv[0][0], kv[1])))
        .join(docs, parts)
        .map(lambda kv: (kv[1][0][0], (kv[0], kv[1][1][0], kv[1][1][1], kv[1][0][1])))
        .groupByKey(parts)
    )
    grouped = copies.join(docs, parts).mapPartitions(lambda rows: _group_rows(rows, offsets, written)).cache()
    candidate_pairs = grouped.filter(lambda r: r[0] == "candidate").count()
    by_pair = grouped.filter(lambda r: r[0] == "direct").map(lambda r: r[1]).cogroup(
        grouped.filter(lambda r: r[0] == "derived").map(lambda r: r[1]), parts
    )
    settled = by_pair.mapPartitions(lambda rows: _pair_rows(rows, written)).cache()
    derived_count = settled.filter(lambda r: r[0] == "derived").map(lambda r: r[1]).sum()
    # Passages found, listed or not (the CLI's count): the derived ones unlisted with "direct".
    passage_count = settled.filter(lambda r: r[0] == "passage").count() + (0 if written else derived_count)

    passages = (
        settled.filter(lambda r: r[0] == "passage")
        .map(lambda r: r[1])
        .sortBy(lambda kv: kv[0], numPartitions=parts)
        .map(lambda kv: kv[1])
    )
    pairs = settled.filter(lambda r: r[0] == "pair").map(lambda r: r[1]).sortBy(lambda r: (r[0], r[1]), numPartitions=parts)
    reuse = (
        grouped.filter(lambda r: r[0] == "reuse")
        .map(lambda r: r[1])
        .sortBy(lambda kv: kv[0], numPartitions=parts)
        .map(lambda kv: kv[1])
    )
    spans = grouped.filter(lambda r: r[0] == "span").map(lambda r: r[1])
    per_doc = docs.cogroup(spans, parts).map(lambda kv: (kv[0], (next(iter(kv[1][0])), list(kv[1][1]))))
    summaries = per_doc.mapPartitions(lambda rows: _document_rows(rows, offsets)).sortBy(
        lambda r: r[0], numPartitions=parts
    ).cache()

    clusters = _clusters(spark, docs, pairs)

    bounded, words = summaries.map(lambda r: (r[3], r[1]["words"])).fold(
        (0, 0), lambda x, y: (x[0] + y[0], x[1] + y[1])
    )
    stats = {
        "documents": documents_count,
        "words": words,
        "fingerprints": fingerprint_count,
        "candidatePairs": candidate_pairs,
        "passages": passage_count,
        "derived": derived_count,
        "unpairedClusters": grouped.filter(
            lambda r: r[0] == "reuse" and len(r[1][1]["copies"]) > _core.MAX_PAIRED_COPIES
        ).count(),
        "starred": starred,
        "boundedUnits": bounded,
        "boilerplate": boilerplate,
    }
    return {
        "passages": passages,
        "pairs": pairs.map(lambda r: r[2]),
        "reuse": reuse,
        "documents": summaries.map(lambda r: r[1]),
        "within": summaries.filter(lambda r: r[2] is not None).map(lambda r: r[2]),
        "clusters": clusters,
        "stats": stats,
    }


def read_documents(spark: Any, path: str) -> Any:
    """A DataFrame with ``id`` and ``text`` from JSON Lines or Parquet (by extension or folder).

    JSON lines that are not ``{"id", "text"}`` objects are dropped and counted on stderr, as the
    CLI reports them, so that one bad line does not stop the job.
    """
    from pyspark.sql import functions as F

    if path.endswith(".parquet") or (os.path.isdir(path) and any(f.endswith(".parquet") for f in os.listdir(path))):
        frame = spark.read.parquet(path)
    else:
        frame = (
            spark.read.schema("id string, text string, _corrupt_record string")
            .option("columnNameOfCorruptRecord", "_corrupt_record")
            .json(path)
            .cache()
        )
        bad = frame.where(F.col("_corrupt_record").isNotNull()).count()
        if bad:
            print(f"article-analyser: {bad} line(s) of {path} are not {{\"id\", \"text\"}} JSON objects; skipped",
                  file=sys.stderr)
        frame = frame.where(F.col("_corrupt_record").isNull()).drop("_corrupt_record")
    missing = {"id", "text"} - set(frame.columns)
    if missing:
        raise ValueError(f"{path}: the input needs the columns id and text (missing: {', '.join(sorted(missing))})")
    return frame


def write_result(result: dict[str, Any], output: str) -> None:
    """Writes the result as JSON Lines folders and two JSON files under ``output``."""
    for name in ("passages", "reuse", "pairs", "documents", "within"):
        result[name].map(lambda r: json.dumps(r, ensure_ascii=False)).saveAsTextFile(os.path.join(output, name))
    with open(os.path.join(output, "clusters.json"), "w", encoding="utf-8") as f:
        json.dump(result["clusters"], f, ensure_ascii=False)
    with open(os.path.join(output, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(result["stats"], f)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m article_analyser.spark",
        description="Passages reused across a corpus of articles, on Spark: the same answer as "
        "`article-analyser duplicates`, spread over a cluster.",
    )
    parser.add_argument("--input", required=True, help="JSON Lines or Parquet with id and text columns")
    parser.add_argument("--output", required=True, help="a directory that does not exist yet")
    parser.add_argument("--max-df", type=int, default=DEFAULT_MAX_DF,
                        help="drop fingerprints found in more than this many documents (boilerplate); default: keep all, as the CLI does")
    parser.add_argument("--across", choices=("all", "direct"), default="all",
                        help="all: every pair's passages (default); direct: the alignments only, each reused passage once")
    parser.add_argument("--offsets", choices=("codepoints", "utf16"), default="codepoints",
                        help="units of the output offsets: code points (Python) or UTF-16 (the CLI, JavaScript)")
    parser.add_argument("--master", default=None, help="Spark master, when spark-submit does not set one (plain python runs local[*])")
    parser.add_argument("--partitions", type=int, default=None, help="shuffle partitions (default: Spark's parallelism)")
    args = parser.parse_args(argv)
    if os.path.exists(args.output):
        parser.error(f"{args.output} already exists; give a new directory")

    from pyspark.sql import SparkSession

    # Local executors run this interpreter, the one that has the package.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    owned = SparkSession.getActiveSession() is None
    builder = SparkSession.builder.appName("article-analyser reuse").config("spark.ui.enabled", "false")
    builder = builder.config("spark.ui.showConsoleProgress", "false")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        result = find_reuse(spark, read_documents(spark, args.input), max_df=args.max_df,
                            offsets=args.offsets, partitions=args.partitions, across=args.across)
        write_result(result, args.output)
        print(json.dumps(result["stats"]), file=sys.stderr)
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    finally:
        if owned:
            spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
