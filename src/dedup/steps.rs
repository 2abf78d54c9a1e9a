//! The finder's steps one by one, for engines that spread them over many machines.
//!
//! [`DuplicateFinder::finish`](super::DuplicateFinder::finish) runs these functions in one
//! process; the Spark job of the Python package runs the same functions in its executors and
//! driver, so both give the same report by construction:
//! 1. [`fingerprints`] of each document (winnowed word shingles, with their token positions);
//! 2. the inverted index (fingerprint → postings `(document, position)` in the order the
//!    documents were added); a fingerprint in more documents than the finder's `max_df` is
//!    boilerplate ([`is_boilerplate`]) and dropped; the others' postings become seeds by [`pair_seeds`]:
//!    every pair of places up to [`MAX_POSTINGS`], past it each place with
//!    the first one only (a star, so many copies cost linear work);
//! 3. [`align_pair`] on each candidate pair with its seeds (chaining, extension, merging and
//!    Myers' difference, see [`super::align`]);
//! 4. [`within_document`] on each document (its repeats, independent of the others);
//! 5. [`document_summary`] and [`pair_summary`] from the passages' spans, and [`clusters`] from
//!    the pairs that share at least [`CLUSTER_SHARE`] of a document.

use super::align::{self, Alignment, Edit};
use super::reuse::{self, PassageWords};
use super::tokens::{self, Fingerprint, Token};
use super::within;
use super::{
    Change, DocumentSummary, PairSummary, Passage, WithinDocument, CLUSTER_SHARE, MAX_POSTINGS,
    MIN_PASSAGE_WORDS, MIN_RUN, MIN_SIMILARITY,
};
use crate::span::Span;
use rustc_hash::FxHashMap;

/// One tokenised document, as the steps read it.
#[derive(Debug, Clone, Copy)]
pub struct DocRef<'d> {
    /// Position in the set (the order documents were added).
    pub index: usize,
    /// Its id.
    pub id: &'d str,
    /// Its text.
    pub text: &'d str,
    /// Its tokens ([`tokens::tokenize`] of the text).
    pub tokens: &'d [Token],
}

/// The tokens and winnowed fingerprints of `text`.
#[must_use]
pub fn fingerprints(text: &str) -> (Vec<Token>, Vec<Fingerprint>) {
    let tokens = tokens::tokenize(text);
    let fingerprints = tokens::fingerprints(&tokens);
    (tokens, fingerprints)
}

/// Turns one fingerprint's postings `(document, token position)`, sorted as the documents were
/// added, into seeds: `emit((a, b), (position in a, position in b))` with `a < b`. Returns
/// true when the fingerprint was starred (more than [`MAX_POSTINGS`] places).
pub fn pair_seeds(postings: &[(u32, u32)], mut emit: impl FnMut((u32, u32), (u32, u32))) -> bool {
    if postings.len() < 2 {
        return false;
    }
    let star = postings.len() > MAX_POSTINGS;
    let heads = if star {
        // The first document's places (a repeated passage has several), at most MAX_POSTINGS.
        postings
            .iter()
            .take(MAX_POSTINGS)
            .take_while(|p| p.0 == postings[0].0)
            .count()
    } else {
        postings.len()
    };
    for (x, &(da, pa)) in postings.iter().enumerate().take(heads) {
        for &(db, pb) in &postings[x + 1..] {
            if da < db {
                emit((da, db), (pa, pb));
            } else if db < da {
                emit((db, da), (pb, pa));
            }
        }
    }
    star
}

/// Documents holding a fingerprint, from its postings sorted by document.
#[must_use]
pub fn document_frequency(postings: &[(u32, u32)]) -> usize {
    postings
        .iter()
        .enumerate()
        .filter(|&(i, p)| i == 0 || postings[i - 1].0 != p.0)
        .count()
}

/// Is this fingerprint boilerplate under the cut `max_df` (found in more documents)?
#[must_use]
pub fn is_boilerplate(postings: &[(u32, u32)], max_df: Option<usize>) -> bool {
    max_df.is_some_and(|m| postings.len() > m && document_frequency(postings) > m)
}

/// The aligned passages of one candidate pair (`a` added before `b`), from its seeds in any
/// order. Offsets are bytes.
#[must_use]
pub fn align_pair(a: DocRef<'_>, b: DocRef<'_>, seeds: &mut [(u32, u32)]) -> Vec<Passage> {
    let alignments: Vec<Alignment> = align::chain(seeds)
        .into_iter()
        .map(|al| align::extend(al, a.tokens, b.tokens))
        .collect();
    align::merge(alignments)
        .into_iter()
        .filter_map(|al| passage(a, b, al))
        .collect()
}

/// Every seed of two documents alone: the pair as a set of two would see it.
#[must_use]
pub fn seeds_of_two(a: &[Fingerprint], b: &[Fingerprint]) -> Vec<(u32, u32)> {
    let mut index: FxHashMap<u64, Vec<(u32, u32)>> = FxHashMap::default();
    for (doc, prints) in [(0u32, a), (1, b)] {
        for f in prints {
            index.entry(f.hash).or_default().push((doc, f.token));
        }
    }
    let mut seeds = Vec::new();
    for postings in index.values() {
        pair_seeds(postings, |_, seed| seeds.push(seed));
    }
    seeds
}

fn passage(a: DocRef<'_>, b: DocRef<'_>, al: Alignment) -> Option<Passage> {
    let ta = &a.tokens[al.a.0..al.a.1];
    let tb = &b.tokens[al.b.0..al.b.1];
    let ha: Vec<u64> = ta.iter().map(|t| t.hash).collect();
    let hb: Vec<u64> = tb.iter().map(|t| t.hash).collect();
    let edits = align::diff(&ha, &hb, align::MAX_DIFF_EDITS)?;
    // Trim the ends to the first and last run of MIN_RUN agreeing words, then re-align.
    let (first, last) = align::anchored_bounds(&edits, MIN_RUN)?;
    let (al, edits) = if (first, last) == ((0, 0), (ta.len(), tb.len())) {
        (al, edits)
    } else {
        let al = Alignment {
            a: (al.a.0 + first.0, al.a.0 + last.0),
            b: (al.b.0 + first.1, al.b.0 + last.1),
        };
        let edits = align::diff(
            &ha[first.0..last.0],
            &hb[first.1..last.1],
            align::MAX_DIFF_EDITS,
        )?;
        (al, edits)
    };
    let ta = &a.tokens[al.a.0..al.a.1];
    let tb = &b.tokens[al.b.0..al.b.1];
    let common = align::equal_tokens(&edits);
    let anchored = align::anchored_tokens(&edits, MIN_RUN);
    let similarity = 2.0 * common as f64 / (ta.len() + tb.len()) as f64;
    if anchored < MIN_PASSAGE_WORDS || similarity < MIN_SIMILARITY {
        return None;
    }
    let mut passage = passage_of(a, b, al.a, al.b, &edits, similarity);
    passage.words.to_b = reuse::word_map(&edits, ta.len(), al.b.0);
    Some(passage)
}

/// The passage of token ranges `ra` of `a` and `rb` of `b` (both non-empty) with their
/// difference `edits` (relative to the ranges). Offsets are bytes.
pub(crate) fn passage_of(
    a: DocRef<'_>,
    b: DocRef<'_>,
    ra: (usize, usize),
    rb: (usize, usize),
    edits: &[Edit],
    similarity: f64,
) -> Passage {
    let ta = &a.tokens[ra.0..ra.1];
    let tb = &b.tokens[rb.0..rb.1];
    Passage {
        a: a.id.to_owned(),
        a_start: ta[0].span.start,
        a_end: ta[ta.len() - 1].span.end,
        b: b.id.to_owned(),
        b_start: tb[0].span.start,
        b_end: tb[tb.len() - 1].span.end,
        similarity: round3(similarity),
        common_words: align::equal_tokens(edits),
        changes: changes(edits, ta, tb),
        via: None,
        docs: (a.index, b.index),
        words: PassageWords {
            a: (ra.0 as u32, ra.1 as u32),
            b: (rb.0 as u32, rb.1 as u32),
            ..PassageWords::default()
        },
    }
}

/// Can `text` repeat a passage of itself? A repeat of [`tokens::WINDOW`] + [`tokens::SHINGLE`]
/// − 1 words or more shares a winnowed fingerprint with its first occurrence, and a shorter one
/// that is a whole line repeats that line; a document with neither is not searched further.
#[must_use]
pub fn may_repeat(text: &str, fingerprints: &[Fingerprint]) -> bool {
    let mut hashes: Vec<u64> = fingerprints.iter().map(|f| f.hash).collect();
    hashes.sort_unstable();
    if hashes.windows(2).any(|w| w[0] == w[1]) {
        return true;
    }
    let mut lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    lines.sort_unstable();
    lines.windows(2).any(|w| w[0] == w[1])
}

/// The repeats inside one document and the share of its words they take (second and later
/// copies), or `None` when it has none and no bounded search to report. Offsets are bytes.
#[must_use]
pub fn within_document(doc: DocRef<'_>) -> Option<(WithinDocument, f64)> {
    let within::Repeats { groups, bounded } = within::repeats(doc.text, doc.tokens);
    if groups.is_empty() && bounded == 0 {
        return None;
    }
    let repeated: usize = groups
        .iter()
        .flat_map(|g| g.spans.iter().skip(1))
        .map(|s| count_tokens(doc.tokens, *s))
        .sum();
    let share = ratio(repeated, doc.tokens.len());
    let clean_text = within::clean_copy(doc.text, &groups);
    Some((
        WithinDocument {
            id: doc.id.to_owned(),
            groups,
            clean_text,
            bounded_units: bounded,
        },
        share,
    ))
}

/// A document's summary from the byte spans of every passage it shares (any order).
#[must_use]
pub fn document_summary(
    doc: DocRef<'_>,
    spans: &mut [Span],
    repeated_share: f64,
) -> DocumentSummary {
    let mut ranges = token_ranges(doc.tokens, spans);
    document_summary_words(doc, &mut ranges, repeated_share)
}

/// A document's summary from the token ranges of every passage it shares (any order).
#[must_use]
pub fn document_summary_words(
    doc: DocRef<'_>,
    ranges: &mut [(u32, u32)],
    repeated_share: f64,
) -> DocumentSummary {
    DocumentSummary {
        id: doc.id.to_owned(),
        words: doc.tokens.len(),
        reused_share: ratio(union_len(ranges), doc.tokens.len()),
        repeated_share,
    }
}

/// A pair's summary from the byte spans of its `passages` in `a` and in `b`.
#[must_use]
pub fn pair_summary(
    a: DocRef<'_>,
    a_spans: &mut [Span],
    b: DocRef<'_>,
    b_spans: &mut [Span],
    passages: usize,
) -> PairSummary {
    let mut ra = token_ranges(a.tokens, a_spans);
    let mut rb = token_ranges(b.tokens, b_spans);
    pair_summary_words(a, &mut ra, b, &mut rb, passages)
}

/// A pair's summary from the token ranges of its `passages` in `a` and in `b`.
#[must_use]
pub fn pair_summary_words(
    a: DocRef<'_>,
    a_ranges: &mut [(u32, u32)],
    b: DocRef<'_>,
    b_ranges: &mut [(u32, u32)],
    passages: usize,
) -> PairSummary {
    pair_summary_counts(
        (a.id, a.tokens.len()),
        a_ranges,
        (b.id, b.tokens.len()),
        b_ranges,
        passages,
    )
}

/// A pair's summary from its documents' ids and word counts and its passages' token ranges.
#[must_use]
pub fn pair_summary_counts(
    (a, na): (&str, usize),
    a_ranges: &mut [(u32, u32)],
    (b, nb): (&str, usize),
    b_ranges: &mut [(u32, u32)],
    passages: usize,
) -> PairSummary {
    let (ca, cb) = (union_len(a_ranges), union_len(b_ranges));
    PairSummary {
        a: a.to_owned(),
        b: b.to_owned(),
        a_share: ratio(ca, na),
        b_share: ratio(cb, nb),
        similarity: ratio(ca + cb, na + nb),
        passages,
    }
}

/// Does a pair with these shares (its [`PairSummary`]'s `a_share` and `b_share`) put its two
/// documents in one cluster?
#[must_use]
pub fn links(a_share: f64, b_share: f64) -> bool {
    a_share >= CLUSTER_SHARE || b_share >= CLUSTER_SHARE
}

/// Connected components of the `links` between documents (positions in the set), as ids in the
/// order added; largest first, then by their ids. Documents in no link are in no cluster.
#[must_use]
pub fn clusters<'i>(
    links: &[(usize, usize)],
    id_of: impl Fn(usize) -> &'i str,
) -> Vec<Vec<String>> {
    // Union–find over the documents that appear in a link, keyed by position.
    let mut parent: FxHashMap<usize, usize> = FxHashMap::default();
    fn root(parent: &mut FxHashMap<usize, usize>, mut i: usize) -> usize {
        loop {
            let p = *parent.entry(i).or_insert(i);
            if p == i {
                return i;
            }
            let grand = *parent.entry(p).or_insert(p);
            parent.insert(i, grand);
            i = grand;
        }
    }
    for &(a, b) in links {
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        parent.insert(ra.max(rb), ra.min(rb));
    }
    let mut members: Vec<usize> = parent.keys().copied().collect();
    members.sort_unstable();
    let mut groups: FxHashMap<usize, Vec<String>> = FxHashMap::default();
    for d in members {
        let r = root(&mut parent, d);
        groups.entry(r).or_default().push(id_of(d).to_owned());
    }
    let mut clusters: Vec<Vec<String>> = groups.into_values().filter(|g| g.len() > 1).collect();
    clusters.sort_by(|x, y| y.len().cmp(&x.len()).then_with(|| x.cmp(y)));
    clusters
}

/// Non-equal runs of a difference as byte ranges of A and B.
pub(crate) fn changes(edits: &[Edit], ta: &[Token], tb: &[Token]) -> Vec<Change> {
    // Byte position just after token i (or the passage start for i = 0).
    let at = |tokens: &[Token], i: usize| {
        if i == 0 {
            tokens[0].span.start
        } else {
            tokens[i - 1].span.end
        }
    };
    let mut out: Vec<Change> = Vec::new();
    let (mut i, mut j) = (0usize, 0usize);
    let mut pending: Option<(usize, usize, usize, usize)> = None; // token ranges a0, a1, b0, b1
    let flush = |pending: &mut Option<(usize, usize, usize, usize)>, out: &mut Vec<Change>| {
        if let Some((a0, a1, b0, b1)) = pending.take() {
            let (a_start, a_end) = if a1 > a0 {
                (ta[a0].span.start, ta[a1 - 1].span.end)
            } else {
                (at(ta, a0), at(ta, a0))
            };
            let (b_start, b_end) = if b1 > b0 {
                (tb[b0].span.start, tb[b1 - 1].span.end)
            } else {
                (at(tb, b0), at(tb, b0))
            };
            out.push(Change {
                a_start,
                a_end,
                b_start,
                b_end,
            });
        }
    };
    for e in edits {
        match *e {
            Edit::Equal { n, .. } => {
                flush(&mut pending, &mut out);
                i += n;
                j += n;
            }
            Edit::Delete { n, .. } => {
                let p = pending.get_or_insert((i, i, j, j));
                p.1 += n;
                i += n;
            }
            Edit::Insert { n, .. } => {
                let p = pending.get_or_insert((i, i, j, j));
                p.3 += n;
                j += n;
            }
        }
    }
    flush(&mut pending, &mut out);
    out
}

fn count_tokens(tokens: &[Token], span: Span) -> usize {
    let a = tokens.partition_point(|t| t.span.start < span.start);
    let b = tokens.partition_point(|t| t.span.end <= span.end);
    b.saturating_sub(a)
}

/// The tokens wholly inside each span, as token ranges.
fn token_ranges(tokens: &[Token], spans: &[Span]) -> Vec<(u32, u32)> {
    spans
        .iter()
        .map(|s| {
            let a = tokens.partition_point(|t| t.span.start < s.start);
            let b = tokens.partition_point(|t| t.span.end <= s.end).max(a);
            (a as u32, b as u32)
        })
        .collect()
}

/// Tokens covered by the union of token ranges (sorted in place).
fn union_len(ranges: &mut [(u32, u32)]) -> usize {
    ranges.sort_unstable();
    let mut total = 0usize;
    let mut cur: Option<(u32, u32)> = None;
    for &(s, e) in ranges.iter() {
        match cur {
            Some((cs, ce)) if s <= ce => cur = Some((cs, ce.max(e))),
            Some((cs, ce)) => {
                total += (ce - cs) as usize;
                cur = Some((s, e));
            }
            None => cur = Some((s, e)),
        }
    }
    total + cur.map_or(0, |(s, e)| (e - s) as usize)
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        round3(part as f64 / whole as f64)
    }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}
