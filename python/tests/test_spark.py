"""The Spark job gives the CLI's answer: the same passages, pairs, documents, repeats, clusters
and counters on a few hundred generated articles, in local[2]."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from corpus import STANDING, articles  # noqa: E402

import article_analyser as aa  # noqa: E402
from article_analyser import spark as job  # noqa: E402

CLI = os.environ.get("ARTICLE_ANALYSER_CLI", "target/release/article-analyser")


def cli_report(docs: list[dict[str, str]], *flags: str) -> dict:
    lines = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    out = subprocess.run([CLI, "duplicates", "--jsonl", *flags], input=lines.encode(), capture_output=True, check=True)
    return json.loads(out.stdout)


def key(p: dict) -> tuple:
    return (p["a"], p["b"], p["aStart"], p["bStart"])


class SparkJob(unittest.TestCase):
    spark = None

    @classmethod
    def setUpClass(cls) -> None:
        from pyspark.sql import SparkSession

        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        cls.spark = (
            SparkSession.builder.master("local[2]")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.ui.showConsoleProgress", "false")
            .getOrCreate()
        )
        cls.docs = articles(300, seed=11, star=aa.MAX_POSTINGS + 6)
        cls.frame = cls.spark.createDataFrame(cls.docs, "id string, text string")

    @classmethod
    def tearDownClass(cls) -> None:
        cls.spark.stop()

    def test_same_answer_as_the_cli(self) -> None:
        expected = cli_report(self.docs)
        got = job.find_reuse(self.spark, self.frame, offsets="utf16", partitions=3)
        self.assertGreater(len(expected["across"]), 300)
        self.assertGreater(expected["stats"]["starred"], 0)
        self.assertGreater(expected["stats"]["derived"], 0)
        self.assertTrue(expected["within"])
        passages = got["passages"].collect()
        self.assertEqual(sorted(passages, key=key), sorted(expected["across"], key=key))
        self.assertEqual(got["pairs"].collect(), expected["pairs"])
        self.assertEqual(got["documents"].collect(), expected["documents"])
        self.assertEqual(got["within"].collect(), expected["within"])
        self.assertEqual(got["clusters"], expected["clusters"])
        self.assertEqual(got["reuse"].collect(), expected["reuse"])
        self.assertEqual(got["stats"], expected["stats"])
        # The direct alignments only, as the CLI's --across direct lists them.
        direct = job.find_reuse(self.spark, self.frame, offsets="utf16", partitions=3, across="direct")
        expected = cli_report(self.docs, "--across", "direct")
        self.assertEqual(sorted(direct["passages"].collect(), key=key), sorted(expected["across"], key=key))
        self.assertEqual(direct["pairs"].collect(), expected["pairs"])
        self.assertEqual(direct["stats"], expected["stats"])

    def test_code_point_offsets_slice_python_strings(self) -> None:
        texts = {d["id"]: d["text"] for d in self.docs}
        got = job.find_reuse(self.spark, self.frame)
        passages = got["passages"].collect()
        astral = 0
        for p in passages[:400]:
            a = texts[p["a"]][p["aStart"]:p["aEnd"]]
            b = texts[p["b"]][p["bStart"]:p["bEnd"]]
            self.assertTrue(a[:1].isalnum() and b[:1].isalnum(), (a[:20], b[:20]))
            self.assertTrue(a[-1:].isalnum() and b[-1:].isalnum(), (a[-20:], b[-20:]))
            astral += any(ord(c) > 0xFFFF for c in a)
        self.assertGreater(astral, 0, "the corpus should hold passages with emoji")

    def test_max_df_drops_the_standing_line(self) -> None:
        docs = articles(120, seed=3, copies=(1, 1))
        for d in docs[:40]:
            d["text"] += "\n\n" + STANDING
        frame = self.spark.createDataFrame(docs, "id string, text string")
        kept = job.find_reuse(self.spark, frame)
        cut = job.find_reuse(self.spark, frame, max_df=10)
        # 40 articles share the line: 780 pairs. With the cut, only pairs whose junction with
        # the line agrees (the same last word before it, or the line twice) keep a seed.
        self.assertGreater(kept["passages"].count(), 700)
        self.assertLess(cut["passages"].count(), 10)
        self.assertGreater(cut["stats"]["boilerplate"], 0)
        self.assertEqual(kept["stats"]["boilerplate"], 0)
        # The same cut in the CLI gives the same report.
        expected = cli_report(docs, "--max-df", "10")
        cut_utf16 = job.find_reuse(self.spark, frame, max_df=10, offsets="utf16")
        self.assertEqual(sorted(cut_utf16["passages"].collect(), key=key), sorted(expected["across"], key=key))
        self.assertEqual(cut_utf16["stats"], expected["stats"])
        self.assertEqual(cut_utf16["documents"].collect(), expected["documents"])

    def test_command_line_writes_the_report(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, "in.jsonl")
            with open(src, "w", encoding="utf-8") as f:
                for d in self.docs[:80]:
                    f.write(json.dumps(d, ensure_ascii=False) + "\n")
            out = os.path.join(tmp, "out")
            code = job.main(["--input", src, "--output", out, "--offsets", "utf16"])
            self.assertEqual(code, 0)
            expected = cli_report(self.docs[:80])
            rows = []
            for name in sorted(os.listdir(os.path.join(out, "passages"))):
                if name.startswith("part-"):
                    with open(os.path.join(out, "passages", name), encoding="utf-8") as f:
                        rows += [json.loads(line) for line in f]
            self.assertEqual(sorted(rows, key=key), sorted(expected["across"], key=key))
            with open(os.path.join(out, "clusters.json"), encoding="utf-8") as f:
                self.assertEqual(json.load(f), expected["clusters"])
            with self.assertRaises(SystemExit):  # the output exists: refused, nothing overwritten
                job.main(["--input", src, "--output", out])

    def test_parquet_input_and_bad_json_lines(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            parquet = os.path.join(tmp, "in.parquet")
            self.spark.createDataFrame(self.docs[:60], "id string, text string").write.parquet(parquet)
            frame = job.read_documents(self.spark, parquet)
            self.assertEqual(frame.count(), 60)
            src = os.path.join(tmp, "in.jsonl")
            with open(src, "w", encoding="utf-8") as f:
                for d in self.docs[:30]:
                    f.write(json.dumps(d, ensure_ascii=False) + "\n")
                f.write("not json at all\n")
                f.write('{"id": "x", "text": "unfinished\n')
            frame = job.read_documents(self.spark, src)
            self.assertEqual(frame.count(), 30)
            got = job.find_reuse(self.spark, frame, offsets="utf16")
            expected = cli_report(self.docs[:30])
            self.assertEqual(sorted(got["passages"].collect(), key=key), sorted(expected["across"], key=key))


if __name__ == "__main__":
    unittest.main()
