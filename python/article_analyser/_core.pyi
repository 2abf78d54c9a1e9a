"""Type hints of the native module (see the docstrings of each function)."""

from typing import Any, Literal, Optional, Sequence, Tuple

Offsets = Literal["codepoints", "utf16"]
Report = dict[str, Any]

CLUSTER_SHARE: float
MAX_POSTINGS: int
MAX_PAIRED_COPIES: int
MIN_MAX_DF: int
VERSION: str

def stats(
    text: str,
    *,
    language: Optional[str] = None,
    reading_wpm: Optional[float] = None,
    speaking_wpm: Optional[float] = None,
    top_terms: Optional[int] = None,
    names_as_terms: Optional[bool] = None,
    offsets: Offsets = "codepoints",
) -> Report: ...
def entities(text: str, *, offsets: Offsets = "codepoints") -> Report: ...
def duplicates(
    documents: Sequence[Tuple[str, str]],
    *,
    max_df: Optional[int] = None,
    offsets: Offsets = "codepoints",
    across: Literal["all", "direct"] = "all",
) -> Report: ...
def terms(documents: Sequence[Tuple[str, str]], *, top: int = 10) -> list[Report]: ...
def quotations(documents: Sequence[Tuple[str, str]], *, offsets: Offsets = "codepoints") -> Report: ...
def fingerprints(text: str) -> Tuple[list[Tuple[int, int]], int]: ...
def pair_seeds(postings: Sequence[Tuple[int, int]]) -> Tuple[list[Tuple[int, int, int, int]], bool]: ...
def align(
    a_id: str,
    a_text: str,
    b_id: str,
    b_text: str,
    seeds: Optional[Sequence[Tuple[int, int]]] = None,
    *,
    offsets: Offsets = "codepoints",
) -> Tuple[list[Report], Optional[Report]]: ...
Ranges = Tuple[int, int, int, int]
def align_group(
    index: int,
    id: str,
    text: str,
    copies: Sequence[Tuple[int, str, str, Sequence[Tuple[int, int]]]],
    *,
    offsets: Offsets = "codepoints",
    written: bool = True,
) -> Tuple[
    list[Tuple[int, Report, Ranges]],
    list[Tuple[int, int, Optional[Report], Tuple[int, int, int, int, int, int]]],
    list[Report],
    list[Tuple[int, int]],
]: ...
def kept_of_pair(direct: Sequence[Tuple[int, int]], derived: Sequence[Tuple[int, int]]) -> list[bool]: ...
def pair_summary(a: Tuple[str, int], b: Tuple[str, int], ranges: Sequence[Ranges]) -> Report: ...
def repeats(id: str, text: str, *, offsets: Offsets = "codepoints") -> Tuple[Optional[Report], float, int]: ...
def document_summary(
    id: str,
    text: str,
    spans: Sequence[Tuple[int, int]],
    repeated_share: float,
    *,
    offsets: Offsets = "codepoints",
) -> Report: ...
def links(a_share: float, b_share: float) -> bool: ...
def clusters(links: Sequence[Tuple[int, int]], ids: dict[int, str]) -> list[list[str]]: ...
