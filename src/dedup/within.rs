//! Repeats inside one article: paragraphs, then sentences, that occur more than once, exactly or
//! nearly, and a clean copy of the article with the repeats removed.
//!
//! Units are the paragraphs of [`crate::segment`] (headings included) and then the sentences of
//! paragraphs that are not themselves repeated. Two units are the same when their normalised
//! tokens are identical (exact) or when the Jaccard similarity of their word 3-shingle sets is
//! at least [`NEAR_SIMILARITY`] (Broder 1997's resemblance). Candidates come from an inverted
//! index of shingle hashes, so only units sharing a shingle are compared (identical units are
//! grouped by a hash of the whole unit first, and a shingle lists at most
//! `MAX_UNITS_PER_SHINGLE` distinct units, so the work grows linearly). Groups are the
//! connected components (union–find). Units under [`MIN_UNIT_TOKENS`] words are ignored, so a
//! repeated "Fin." or a byline is not reported. (The finder only runs this on documents that can
//! hold a repeat at all: a repeated fingerprint or a repeated line.)

use super::tokens::{shingles, Token};
use crate::segment::{self, Segmentation};
use crate::span::Span;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;

/// Jaccard similarity of 3-shingle sets from which two units count as near duplicates.
pub const NEAR_SIMILARITY: f64 = 0.8;
/// Shortest unit considered, in tokens.
pub const MIN_UNIT_TOKENS: usize = 5;
/// Tokens per shingle for unit similarity.
const UNIT_SHINGLE: usize = 3;
/// Shingles indexed per unit at most (the first ones), bounding the work on huge paragraphs.
const MAX_INDEXED_SHINGLES: usize = 64;
/// Distinct units listed per shingle at most: a unit is compared with at most
/// `MAX_INDEXED_SHINGLES × MAX_UNITS_PER_SHINGLE` others, so the search stays linear in the
/// number of units. Exact repeats are found whatever their number (by a hash of the unit).
const MAX_UNITS_PER_SHINGLE: usize = 32;

/// Paragraph or sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum UnitKind {
    /// A paragraph (or heading).
    Paragraph,
    /// A sentence.
    Sentence,
}

/// Passages that repeat inside one document.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RepeatGroup {
    /// Paragraphs or sentences.
    pub kind: UnitKind,
    /// True when every member has the same normalised words.
    pub exact: bool,
    /// The lowest similarity of a member to the first one (1 for exact repeats).
    pub similarity: f64,
    /// The occurrences, in text order; the first is kept in the clean copy.
    pub spans: Vec<Span>,
}

struct Unit {
    span: Span,
    kind: UnitKind,
    tokens: (usize, usize),
}

/// The repeats of one document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Repeats {
    /// Groups of repeated paragraphs or sentences, by their first occurrence.
    pub groups: Vec<RepeatGroup>,
    /// Units whose search for near repeats was bounded: a shingle of theirs was already listed
    /// for `MAX_UNITS_PER_SHINGLE` other units, so later near copies may miss them through it
    /// (exact repeats are all found). Said in the report rather than dropped in silence.
    pub bounded: usize,
}

/// The repeat groups of one document, given its tokens.
#[must_use]
pub fn repeats(text: &str, tokens: &[Token]) -> Repeats {
    let Segmentation { blocks, sentences } = segment::segment(text);
    let token_range = |span: Span| {
        let a = tokens.partition_point(|t| t.span.start < span.start);
        let b = tokens.partition_point(|t| t.span.end <= span.end);
        (a, b.max(a))
    };
    let paragraphs: Vec<Unit> = blocks
        .iter()
        .map(|b| Unit {
            span: b.span,
            kind: UnitKind::Paragraph,
            tokens: token_range(b.span),
        })
        .collect();
    let (mut groups, mut bounded) = group_units(&paragraphs, tokens);
    let repeated: FxHashSet<Span> = groups
        .iter()
        .flat_map(|g| g.spans.iter().copied())
        .collect();
    let sentence_units: Vec<Unit> = sentences
        .iter()
        .filter(|s| !repeated.contains(&blocks[s.block].span))
        .map(|s| Unit {
            span: s.span,
            kind: UnitKind::Sentence,
            tokens: token_range(s.span),
        })
        .collect();
    let (sentence_groups, sentence_bounded) = group_units(&sentence_units, tokens);
    groups.extend(sentence_groups);
    bounded += sentence_bounded;
    groups.sort_by_key(|g| g.spans[0].start);
    Repeats { groups, bounded }
}

/// The groups of `units`, and how many units had their near-repeat search bounded.
fn group_units(units: &[Unit], tokens: &[Token]) -> (Vec<RepeatGroup>, usize) {
    let words: Vec<&[Token]> = units
        .iter()
        .map(|u| &tokens[u.tokens.0..u.tokens.1])
        .collect();
    // Each unit's shingle hashes, sorted and deduplicated: a set, compared by merging.
    let sets: Vec<Vec<u64>> = words
        .iter()
        .map(|t| {
            if t.len() < MIN_UNIT_TOKENS {
                return Vec::new();
            }
            let mut h = shingles(t, UNIT_SHINGLE);
            h.sort_unstable();
            h.dedup();
            h
        })
        .collect();
    let mut parent: Vec<usize> = (0..units.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    // Exact repeats first, by a hash of the whole unit: only the first of identical units takes
    // part in the near-duplicate search (a text repeating one sentence 100,000 times compares
    // each copy once, not with every other copy).
    let mut first_of: FxHashMap<u64, usize> = FxHashMap::default();
    let mut any_repeat = false;
    let mut bounded = 0;
    let mut index: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    let mut candidates: Vec<usize> = Vec::new();
    for (u, t) in words.iter().enumerate() {
        if t.len() < MIN_UNIT_TOKENS {
            continue;
        }
        let whole = t.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, x| {
            (h ^ x.hash).wrapping_mul(0x0000_0100_0000_01b3)
        });
        match first_of.get(&whole) {
            Some(&v) if same_tokens(words[u], words[v]) => {
                let (ru, rv) = (root(&mut parent, u), root(&mut parent, v));
                parent[ru.max(rv)] = ru.min(rv);
                any_repeat = true;
                continue;
            }
            Some(_) => {}
            None => {
                first_of.insert(whole, u);
            }
        }
        candidates.clear();
        let mut left_out = false;
        for h in shingles(t, UNIT_SHINGLE)
            .into_iter()
            .take(MAX_INDEXED_SHINGLES)
        {
            let list = index.entry(h).or_default();
            candidates.extend(list.iter().copied());
            // A shingle shared by many distinct units keeps its first MAX_UNITS_PER_SHINGLE:
            // each unit is then compared with a bounded number of others.
            if list.last() != Some(&u) {
                if list.len() < MAX_UNITS_PER_SHINGLE {
                    list.push(u);
                } else {
                    left_out = true;
                }
            }
        }
        bounded += usize::from(left_out);
        candidates.sort_unstable();
        candidates.dedup();
        for &v in &candidates {
            if similarity(words[u], words[v], &sets[u], &sets[v]) >= NEAR_SIMILARITY {
                let (ru, rv) = (root(&mut parent, u), root(&mut parent, v));
                parent[ru.max(rv)] = ru.min(rv);
                any_repeat = true;
            }
        }
    }
    if !any_repeat {
        return (Vec::new(), bounded);
    }
    let mut members: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for u in 0..units.len() {
        let r = root(&mut parent, u);
        members.entry(r).or_default().push(u);
    }
    let groups = members
        .into_values()
        .filter(|m| m.len() > 1)
        .map(|m| {
            let first = m[0];
            let exact = m.iter().all(|&u| same_tokens(words[u], words[first]));
            let similarity = m
                .iter()
                .map(|&u| similarity(words[u], words[first], &sets[u], &sets[first]))
                .fold(1.0, f64::min);
            RepeatGroup {
                kind: units[first].kind,
                exact,
                similarity: (similarity * 1000.0).round() / 1000.0,
                spans: m.iter().map(|&u| units[u].span).collect(),
            }
        })
        .collect();
    (groups, bounded)
}

fn same_tokens(a: &[Token], b: &[Token]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.hash == y.hash)
}

/// Jaccard similarity of two sorted, deduplicated sets (1 for identical token sequences).
fn similarity(a: &[Token], b: &[Token], sa: &[u64], sb: &[u64]) -> f64 {
    if same_tokens(a, b) {
        return 1.0;
    }
    let (mut i, mut j, mut inter) = (0, 0, 0);
    while i < sa.len() && j < sb.len() {
        match sa[i].cmp(&sb[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                inter += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = sa.len() + sb.len() - inter;
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

/// `text` without the second and later occurrences of each repeat, and with runs of blank lines
/// reduced to one blank line and trailing whitespace removed.
#[must_use]
pub fn clean_copy(text: &str, groups: &[RepeatGroup]) -> String {
    let mut cut: Vec<(Span, UnitKind)> = groups
        .iter()
        .flat_map(|g| g.spans.iter().skip(1).map(|&s| (s, g.kind)))
        .collect();
    cut.sort_unstable_by_key(|(s, _)| *s);
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (span, kind) in cut {
        if span.start < at {
            continue;
        }
        out.push_str(&text[at..span.start]);
        // Also drop the spaces after the removed passage, and a removed paragraph's line break.
        let rest = &text[span.end..];
        let mut skip = rest.len() - rest.trim_start_matches([' ', '\t', '\u{a0}']).len();
        if kind == UnitKind::Paragraph {
            let after = &rest[skip..];
            skip += if after.starts_with("\r\n") {
                2
            } else {
                usize::from(after.starts_with(['\n', '\r']))
            };
        }
        at = span.end + skip;
    }
    out.push_str(&text[at..]);
    // Collapse blank lines: at most one empty line in a row.
    let mut clean = String::with_capacity(out.len());
    let mut blank_run = 0;
    for line in out.split_inclusive('\n') {
        let ending = &line[line.trim_end_matches(['\r', '\n']).len()..];
        let line_body = line.trim_end();
        if line_body.is_empty() {
            blank_run += 1;
            if blank_run > 1 {
                continue;
            }
        } else {
            blank_run = 0;
        }
        clean.push_str(line_body);
        clean.push_str(ending);
    }
    let trimmed = clean.trim_end().len();
    clean.truncate(trimmed);
    clean
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    #[test]
    fn repeated_paragraphs_and_sentences() {
        let text = "Le maire a inauguré la nouvelle passerelle samedi matin.\n\
                    Les habitants attendaient ce chantier depuis des années.\n\
                    Le maire a inauguré la nouvelle passerelle samedi matin.\n\
                    Un autre paragraphe. Les habitants attendaient ce chantier depuis des années !\n\n\n\n";
        let groups = repeats(text, &tokenize(text)).groups;
        assert_eq!(groups.len(), 2, "{groups:?}");
        assert_eq!(groups[0].kind, UnitKind::Paragraph);
        assert!(groups[0].exact);
        assert_eq!(groups[1].kind, UnitKind::Sentence);
        let clean = clean_copy(text, &groups);
        assert_eq!(
            clean,
            "Le maire a inauguré la nouvelle passerelle samedi matin.\n\
             Les habitants attendaient ce chantier depuis des années.\n\
             Un autre paragraphe."
        );
    }

    #[test]
    fn short_or_different_units_are_not_repeats() {
        let text = "Fin.\nFin.\nLe conseil a voté le budget mardi.\nLe conseil a rejeté le projet jeudi soir.";
        assert_eq!(repeats(text, &tokenize(text)), Repeats::default());
    }

    /// More distinct sentences sharing a word sequence than a shingle lists: the ones left out
    /// are counted, not dropped in silence, and an exact repeat among them is still found.
    #[test]
    fn a_bounded_search_is_counted() {
        let words = ["rouge", "vert", "bleu", "jaune", "noir", "blanc", "gris"];
        let line = |i: usize| {
            let (a, b, c) = (words[i % 7], words[(i / 7) % 7], words[(i / 49) % 7]);
            format!("Le conseil municipal a voté le budget {a} {b} {c} numéro {i}.\n")
        };
        let mut text: String = (0..MAX_UNITS_PER_SHINGLE + 8).map(line).collect();
        text.push_str(&line(39));
        let found = repeats(&text, &tokenize(&text));
        assert!(found.bounded >= 8, "{}", found.bounded);
        assert!(
            found.groups.iter().any(|g| g.exact && g.spans.len() == 2),
            "{:?}",
            found.groups
        );
    }
}
