"""The Python package gives the CLI's JSON, with offsets Python can slice, and raises Python
exceptions with the core's messages."""

from __future__ import annotations

import json
import os
import subprocess
import unittest

import article_analyser as aa

CLI = os.environ.get("ARTICLE_ANALYSER_CLI", "target/release/article-analyser")

TEXT = (
    "Rouen 🎉 — Le conseil municipal a voté mardi soir un budget de 3 millions d’euros pour "
    "rénover les écoles, a annoncé Nicolas Mayer-Rossignol.\n\n"
    "« C’est un effort sans précédent 🙂 », a déclaré le maire à l’AFP. The plan starts in "
    "January 2027, said Claire Dubois, 45% of the schools first."
)


def cli(*args: str, stdin: str) -> list:
    out = subprocess.run([CLI, *args], input=stdin.encode(), capture_output=True, check=True)
    return [json.loads(line) for line in out.stdout.decode().splitlines() if line.strip()]


class SameJsonAsTheCli(unittest.TestCase):
    def test_stats(self) -> None:
        expected = cli("stats", stdin=TEXT)[0]
        self.assertEqual(expected.pop("id"), "stdin")  # the CLI names its input
        self.assertEqual(aa.stats(TEXT, offsets="utf16"), expected)

    def test_stats_with_names_as_terms(self) -> None:
        expected = cli("stats", "--names", stdin=TEXT)[0]
        expected.pop("id")
        self.assertEqual(aa.stats(TEXT, names_as_terms=True, offsets="utf16"), expected)

    def test_entities(self) -> None:
        expected = cli("entities", stdin=TEXT)[0]
        self.assertEqual(expected.pop("id"), "stdin")
        self.assertEqual(aa.entities(TEXT, offsets="utf16"), expected)

    def test_duplicates(self) -> None:
        docs = [("a", TEXT), ("b", "Édition du soir. " + TEXT.replace("mardi soir", "mardi"))]
        lines = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in docs)
        expected = cli("duplicates", "--jsonl", stdin=lines)[0]
        self.assertEqual(aa.duplicates(docs, offsets="utf16"), expected)
        self.assertEqual(len(expected["across"]), 1)

    def test_terms(self) -> None:
        docs = [("a", TEXT), ("b", "Le maire de Lyon a inauguré une gare, jeudi.")]
        lines = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in docs)
        expected = cli("terms", "--jsonl", stdin=lines)[0]
        self.assertEqual(aa.terms(docs), expected)

    def test_quotations(self) -> None:
        quote = "« Nous rouvrirons le pont de la Sorne dès lundi matin », a déclaré Hélène Marchal."
        docs = [("wire", "🌧️ " + quote), ("outlet", quote.replace("dès lundi", "mardi"))]
        lines = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in docs)
        expected = cli("quotes", "--jsonl", stdin=lines)[0]
        self.assertEqual(aa.quotations(docs, offsets="utf16"), expected)
        # Code points slice Python strings: the reference's changed words.
        change = aa.quotations(docs)["quotations"][0]["copies"][1]["changes"][0]
        self.assertEqual(docs[0][1][change["aStart"]:change["aEnd"]], "dès lundi")
        self.assertEqual(docs[1][1][change["bStart"]:change["bEnd"]], "mardi")


class CodePointOffsets(unittest.TestCase):
    def test_entities_slice_python_strings(self) -> None:
        report = aa.entities(TEXT)
        self.assertTrue(report["entities"])
        for e in report["entities"]:
            self.assertEqual(TEXT[e["start"]:e["end"]], e["text"])
        utf16 = aa.entities(TEXT, offsets="utf16")["entities"]
        # The emoji before them shift UTF-16 offsets, not code points.
        self.assertNotEqual([e["start"] for e in utf16], [e["start"] for e in report["entities"]])

    def test_sentences_and_passages_slice(self) -> None:
        for s in aa.stats(TEXT)["sentenceDetails"]:
            piece = TEXT[s["span"]["start"]:s["span"]["end"]]
            self.assertEqual(piece, piece.strip())
            self.assertTrue(piece)
        other = "🎉🎉 Dépêche. " + TEXT.replace("mardi soir", "mardi")
        passages, summary = aa.align("a", TEXT, "b", other)
        self.assertEqual(len(passages), 1)
        p = passages[0]
        self.assertTrue(TEXT[p["aStart"]:p["aEnd"]].startswith("Rouen"))
        self.assertTrue(other[p["bStart"]:p["bEnd"]].startswith("Rouen"))
        self.assertEqual(summary["passages"], 1)
        # align of two documents is what a set of these two finds.
        self.assertEqual(passages, aa.duplicates([("a", TEXT), ("b", other)])["across"])

    def test_lone_surrogate_is_read_as_a_replacement(self) -> None:
        text = "Il a dit \ud800 hier que Claire Dubois viendrait."
        report = aa.entities(text)
        names = [e for e in report["entities"] if e["label"] == "PER"]
        self.assertEqual([text[e["start"]:e["end"]] for e in names], ["Claire Dubois"])


class Errors(unittest.TestCase):
    def test_core_messages_as_value_errors(self) -> None:
        with self.assertRaisesRegex(ValueError, "unknown language code"):
            aa.stats("Bonjour.", language="zz")
        with self.assertRaisesRegex(ValueError, "readingWpm"):
            aa.stats("Bonjour.", reading_wpm=-3)
        with self.assertRaisesRegex(ValueError, "offsets must be"):
            aa.entities("Bonjour.", offsets="bytes")
        with self.assertRaisesRegex(ValueError, "no id given"):
            aa.clusters([(0, 1)], {0: "a"})

    def test_wrong_types_are_type_errors(self) -> None:
        for call in (lambda: aa.stats(123), lambda: aa.entities({}), lambda: aa.duplicates([("a", 5)])):
            with self.assertRaises(TypeError):
                call()

    def test_empty_and_junk_texts(self) -> None:
        self.assertEqual(aa.stats("")["words"], 0)
        self.assertEqual(aa.entities("")["entities"], [])
        junk = "".join(chr(c) for c in range(0, 0x3000, 7))
        aa.stats(junk)
        aa.entities(junk)
        self.assertEqual(aa.duplicates([])["across"], [])


class ReuseSteps(unittest.TestCase):
    def test_steps_rebuild_the_finder(self) -> None:
        a, b = TEXT, "Lyon. " + TEXT.replace("rénover", "refaire")
        (pa, words_a), (pb, _) = aa.fingerprints(a), aa.fingerprints(b)
        self.assertGreater(words_a, 30)
        index: dict[int, list[tuple[int, int]]] = {}
        for doc, prints in ((0, pa), (1, pb)):
            for h, pos in prints:
                index.setdefault(h, []).append((doc, pos))
        seeds = [s for postings in index.values() for s in aa.pair_seeds(sorted(postings))[0]]
        self.assertTrue(seeds)
        passages, summary = aa.align("a", a, "b", b, [(x, y) for _, _, x, y in seeds])
        report = aa.duplicates([("a", a), ("b", b)])
        self.assertEqual(passages, report["across"])
        self.assertEqual(summary, report["pairs"][0])
        spans = [(p["aStart"], p["aEnd"]) for p in passages]
        self.assertEqual(aa.document_summary("a", a, spans, 0.0), report["documents"][0])
        self.assertEqual(aa.clusters([(0, 1)], {0: "a", 1: "b"}), report["clusters"])

    def test_star_past_max_postings(self) -> None:
        postings = [(d, 3) for d in range(aa.MAX_POSTINGS + 1)]
        seeds, star = aa.pair_seeds(postings)
        self.assertTrue(star)
        self.assertEqual(len(seeds), aa.MAX_POSTINGS)
        self.assertTrue(all(s[0] == 0 for s in seeds))
        seeds, star = aa.pair_seeds(postings[:4])
        self.assertFalse(star)
        self.assertEqual(len(seeds), 6)

    def test_copies_through_their_representative(self) -> None:
        # More copies than MAX_POSTINGS: each is aligned with the first, the pairs of copies
        # are derived through it; "direct" lists the alignments only, with the same summaries.
        n = aa.MAX_POSTINGS + 4
        docs = [(f"c{i:02}", f"Édition {i}. " + (TEXT if i % 2 else TEXT.replace("mardi soir", "mardi")))
                for i in range(n)]
        lines = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in docs)
        expected = cli("duplicates", "--jsonl", stdin=lines)[0]
        every = aa.duplicates(docs, offsets="utf16")
        self.assertEqual(every, expected)
        self.assertGreater(every["stats"]["derived"], 0)
        self.assertEqual(len(every["pairs"]), n * (n - 1) // 2)
        direct = aa.duplicates(docs, offsets="utf16", across="direct")
        self.assertTrue(all("via" not in p for p in direct["across"]))
        self.assertEqual(len(direct["across"]) + every["stats"]["derived"], len(every["across"]))
        self.assertEqual((direct["pairs"], direct["reuse"]), (every["pairs"], every["reuse"]))
        self.assertEqual(every["reuse"][0]["id"], "c00")
        with self.assertRaises(ValueError):
            aa.duplicates(docs, across="some")

    def test_repeats(self) -> None:
        para = "Le conseil municipal a voté mardi soir un budget de trois millions d'euros."
        text = f"{para}\n\nUn autre paragraphe ici.\n\n{para}"
        within, share, bounded = aa.repeats("x", text)
        self.assertEqual(within["id"], "x")
        self.assertGreater(share, 0.3)
        self.assertEqual(bounded, 0)
        self.assertEqual(aa.repeats("y", "Rien de répété.")[0], None)


if __name__ == "__main__":
    unittest.main()
