"""Article Analyser: reads news articles (French, English, any Unicode text).

The functions return the CLI's JSON objects as dicts. Offsets are code points by default, so
``text[start:end]`` is exact in Python; pass ``offsets="utf16"`` for the CLI's and JavaScript's
UTF-16 code units. Bad input raises ``ValueError`` with the core's message.

    >>> import article_analyser as aa
    >>> aa.stats("Le maire a parlé. Il a tout dit.")["sentences"]
    2

Reuse detection over millions of articles: ``python -m article_analyser.spark --help``.
"""

from ._core import (
    CLUSTER_SHARE,
    MAX_PAIRED_COPIES,
    MAX_POSTINGS,
    VERSION,
    align,
    clusters,
    document_summary,
    duplicates,
    entities,
    fingerprints,
    pair_seeds,
    quotations,
    repeats,
    stats,
    terms,
)

__version__ = VERSION
__all__ = [
    "CLUSTER_SHARE",
    "MAX_PAIRED_COPIES",
    "MAX_POSTINGS",
    "align",
    "clusters",
    "document_summary",
    "duplicates",
    "entities",
    "fingerprints",
    "pair_seeds",
    "quotations",
    "repeats",
    "stats",
    "terms",
]
