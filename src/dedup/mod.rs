//! Duplicate and reuse detection: passages repeated inside an article, and passages reused
//! across a set of articles (wire copy, copy-paste, light edits), aligned word by word.
//!
//! The method, in the order it runs:
//! 1. **Normalise and tokenise** each document ([`tokens`]): case, diacritics, Unicode forms,
//!    quotes, apostrophes, dashes and spacing are folded away.
//! 2. **Fingerprint** word 5-shingles by winnowing (Schleimer, Wilkerson & Aiken 2003) and put
//!    them in an inverted index (fingerprint → documents and positions).
//! 3. **Candidate pairs** are the document pairs that share a fingerprint: documents are never
//!    compared in full, all pairs. A fingerprint found at more than [`MAX_POSTINGS`] places (a
//!    wire story carried by hundreds of outlets) pairs each place with its first place only,
//!    so the work stays linear in the number of copies: every copy is aligned with the first
//!    one, and the copies are linked through it in the clusters ([`FinderStats::starred`]
//!    counts such fingerprints).
//! 4. **Align**: the shared fingerprints of a pair are chained along their diagonals, extended
//!    over agreeing words and short edits, merged into maximal passages, and compared word by
//!    word with Myers' difference ([`align`]), as passim aligns reused passages (Smith,
//!    Cordell & Mullen 2015). A passage needs [`MIN_PASSAGE_WORDS`] words in common and a
//!    similarity of at least [`MIN_SIMILARITY`], so common phrases ("selon les", "in the") never
//!    make one.
//! 5. **Summaries**: per document, the share of its words inside passages shared with each
//!    other document (as churnalism.com shows); per pair, a similarity; clusters of documents
//!    linked by at least [`CLUSTER_SHARE`] of shared text (union–find).
//!
//! Repeats inside one document are found on paragraphs and sentences ([`within`]), with a
//! clean copy that drops them. Resemblance of sets is Broder's (1997).

pub mod align;
pub mod tokens;
pub mod within;

use crate::error::Error;
use crate::span::Span;
use crate::utf16::Utf16Index;
use align::{Alignment, Edit};
use rustc_hash::FxHashMap;
use serde::Serialize;
use tokens::{Fingerprint, Token};
pub use within::{RepeatGroup, UnitKind};

/// Fewest words two passages must have in common, counted in runs of at least [`MIN_RUN`]
/// agreeing words (isolated agreeing words such as "le" or "the" do not count).
pub const MIN_PASSAGE_WORDS: usize = 10;
/// Shortest run of agreeing words that counts towards [`MIN_PASSAGE_WORDS`] and that can start
/// or end a passage.
pub const MIN_RUN: usize = 3;
/// Lowest word-level similarity of a reported passage pair.
pub const MIN_SIMILARITY: f64 = 0.5;
/// Fingerprints at more positions than this pair each position with the first one only.
pub const MAX_POSTINGS: usize = 64;
/// Share of a document's words shared with another that puts both in one cluster.
pub const CLUSTER_SHARE: f64 = 0.2;
/// Most documents in one set.
pub const MAX_DOCUMENTS: usize = 20_000;
/// Most bytes in one set.
pub const MAX_SET_BYTES: usize = 256 * 1024 * 1024;

struct Document {
    id: String,
    text: String,
    tokens: Vec<Token>,
    /// False when the document can hold no repeat (see [`may_repeat`]): the within pass skips it.
    may_repeat: bool,
}

/// Can `text` repeat a passage of itself? A repeat of [`tokens::WINDOW`] + [`tokens::SHINGLE`]
/// − 1 words or more shares a winnowed fingerprint with its first occurrence, and a shorter one
/// that is a whole line repeats that line; a document with neither is not searched further.
fn may_repeat(text: &str, fingerprints: &[Fingerprint]) -> bool {
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

/// Collects documents, then finds repeats and reuse among them.
///
/// ```
/// use article_analyser::dedup::DuplicateFinder;
///
/// let mut finder = DuplicateFinder::new();
/// let wire = "Le conseil municipal a voté mardi soir un budget de trois millions d'euros pour rénover les écoles de la ville.";
/// finder.add("a", wire).unwrap();
/// finder.add("b", &format!("Rouen. {}", wire.replace("mardi soir", "mardi"))).unwrap();
/// let report = finder.finish();
/// assert_eq!(report.across.len(), 1);
/// assert!(report.across[0].similarity > 0.9);
/// ```
#[derive(Default)]
pub struct DuplicateFinder {
    documents: Vec<Document>,
    bytes: usize,
    index: FxHashMap<u64, Vec<(u32, u32)>>,
    fingerprints: usize,
}

/// A change between two aligned passages: words of A replaced by words of B (either side may be
/// empty: a deletion or an insertion, placed where it happens).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Change {
    /// Start in A.
    pub a_start: usize,
    /// End in A.
    pub a_end: usize,
    /// Start in B.
    pub b_start: usize,
    /// End in B.
    pub b_end: usize,
}

/// A passage of document `a` reused in document `b`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Passage {
    /// Id of the first document.
    pub a: String,
    /// Start in `a`.
    pub a_start: usize,
    /// End in `a`.
    pub a_end: usize,
    /// Id of the second document.
    pub b: String,
    /// Start in `b`.
    pub b_start: usize,
    /// End in `b`.
    pub b_end: usize,
    /// `2·common words / (words in a + words in b)`.
    pub similarity: f64,
    /// Words in common.
    pub common_words: usize,
    /// Word-level changes from `a` to `b`, in order.
    pub changes: Vec<Change>,
    #[serde(skip)]
    docs: (usize, usize),
}

/// How much two documents share.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PairSummary {
    /// First document.
    pub a: String,
    /// Second document.
    pub b: String,
    /// Share of `a`'s words inside passages shared with `b`.
    pub a_share: f64,
    /// Share of `b`'s words inside passages shared with `a`.
    pub b_share: f64,
    /// Words of both inside shared passages over all their words.
    pub similarity: f64,
    /// Number of passages.
    pub passages: usize,
}

/// One document's summary.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentSummary {
    /// Its id.
    pub id: String,
    /// Its words (normalised tokens).
    pub words: usize,
    /// Share of its words found in at least one other document.
    pub reused_share: f64,
    /// Share of its words inside repeats of itself (second and later occurrences).
    pub repeated_share: f64,
}

/// Repeats inside one document.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WithinDocument {
    /// The document's id.
    pub id: String,
    /// Groups of repeated paragraphs or sentences.
    pub groups: Vec<RepeatGroup>,
    /// The text without its repeats and extra blank lines.
    pub clean_text: String,
    /// Paragraphs and sentences whose search for near repeats was bounded (a word sequence
    /// shared by too many different ones); exact repeats are all found.
    pub bounded_units: usize,
}

/// Counters of the run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FinderStats {
    /// Documents.
    pub documents: usize,
    /// Words in all documents.
    pub words: usize,
    /// Fingerprints indexed.
    pub fingerprints: usize,
    /// Document pairs that shared a fingerprint.
    pub candidate_pairs: usize,
    /// Passages reported.
    pub passages: usize,
    /// Fingerprints found at more than [`MAX_POSTINGS`] places, whose places were each paired
    /// with the first one only.
    pub starred: usize,
    /// Paragraphs and sentences, over all documents, whose near-repeat search was bounded.
    pub bounded_units: usize,
}

/// Everything found in a document set. Offsets are bytes until [`DuplicatesReport::to_utf16`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DuplicatesReport {
    /// One summary per document, in the order added.
    pub documents: Vec<DocumentSummary>,
    /// Repeats inside each document that has any.
    pub within: Vec<WithinDocument>,
    /// Reused passages between documents.
    pub across: Vec<Passage>,
    /// Pairs of documents that share passages.
    pub pairs: Vec<PairSummary>,
    /// Groups of documents linked by shared text (ids), largest first.
    pub clusters: Vec<Vec<String>>,
    /// Counters.
    pub stats: FinderStats,
    #[serde(skip)]
    within_docs: Vec<usize>,
}

impl DuplicateFinder {
    /// An empty set.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of documents added.
    #[must_use]
    pub fn len(&self) -> usize {
        self.documents.len()
    }

    /// True when no document was added.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.documents.is_empty()
    }

    /// Adds a document: tokenises and fingerprints it.
    ///
    /// # Errors
    /// [`Error::TooLarge`] past [`MAX_SET_BYTES`] in all, [`Error::TooManyDocuments`] past
    /// [`MAX_DOCUMENTS`].
    pub fn add(&mut self, id: &str, text: &str) -> Result<(), Error> {
        if self.documents.len() >= MAX_DOCUMENTS {
            return Err(Error::TooManyDocuments {
                limit: MAX_DOCUMENTS,
            });
        }
        if self.bytes + text.len() > MAX_SET_BYTES {
            return Err(Error::TooLarge {
                bytes: self.bytes + text.len(),
                limit: MAX_SET_BYTES,
            });
        }
        self.bytes += text.len();
        let doc = self.documents.len() as u32;
        let tokens = tokens::tokenize(text);
        let fingerprints = tokens::fingerprints(&tokens);
        for &Fingerprint { hash, token } in &fingerprints {
            self.index.entry(hash).or_default().push((doc, token));
        }
        self.fingerprints += fingerprints.len();
        let may_repeat = may_repeat(text, &fingerprints);
        self.documents.push(Document {
            id: id.to_owned(),
            text: text.to_owned(),
            tokens,
            may_repeat,
        });
        Ok(())
    }

    /// Finds the repeats and the reuse.
    #[must_use]
    pub fn finish(&self) -> DuplicatesReport {
        // Seeds per candidate pair, from the inverted index.
        let mut seeds: FxHashMap<(u32, u32), Vec<(u32, u32)>> = FxHashMap::default();
        let mut starred = 0;
        for postings in self.index.values() {
            if postings.len() < 2 {
                continue;
            }
            // Up to MAX_POSTINGS places, every pair; past it, each place with the first.
            let star = postings.len() > MAX_POSTINGS;
            starred += usize::from(star);
            let heads = if star { 1 } else { postings.len() };
            for (x, &(da, pa)) in postings.iter().enumerate().take(heads) {
                for &(db, pb) in &postings[x + 1..] {
                    if da != db {
                        let (key, seed) = if da < db {
                            ((da, db), (pa, pb))
                        } else {
                            ((db, da), (pb, pa))
                        };
                        seeds.entry(key).or_default().push(seed);
                    }
                }
            }
        }
        let candidate_pairs = seeds.len();
        let mut keys: Vec<(u32, u32)> = seeds.keys().copied().collect();
        keys.sort_unstable();
        let mut across = Vec::new();
        for key in keys {
            let (da, db) = (key.0 as usize, key.1 as usize);
            let mut pair_seeds = seeds.remove(&key).unwrap_or_default();
            across.extend(self.passages(da, db, &mut pair_seeds));
        }

        let within_docs: Vec<usize> = (0..self.documents.len())
            .filter(|&d| self.documents[d].may_repeat)
            .collect();
        let mut within = Vec::new();
        let mut kept_within = Vec::new();
        let mut repeated_share = vec![0.0; self.documents.len()];
        let mut bounded_units = 0;
        for &d in &within_docs {
            let doc = &self.documents[d];
            let within::Repeats { groups, bounded } = within::repeats(&doc.text, &doc.tokens);
            bounded_units += bounded;
            if groups.is_empty() && bounded == 0 {
                continue;
            }
            let repeated: usize = groups
                .iter()
                .flat_map(|g| g.spans.iter().skip(1))
                .map(|s| count_tokens(&doc.tokens, *s))
                .sum();
            repeated_share[d] = ratio(repeated, doc.tokens.len());
            let clean_text = within::clean_copy(&doc.text, &groups);
            within.push(WithinDocument {
                id: doc.id.clone(),
                groups,
                clean_text,
                bounded_units: bounded,
            });
            kept_within.push(d);
        }

        let (documents, pairs, clusters) = self.summaries(&across, &repeated_share);
        DuplicatesReport {
            stats: FinderStats {
                documents: self.documents.len(),
                words: self.documents.iter().map(|d| d.tokens.len()).sum(),
                fingerprints: self.fingerprints,
                candidate_pairs,
                passages: across.len(),
                starred,
                bounded_units,
            },
            documents,
            within,
            across,
            pairs,
            clusters,
            within_docs: kept_within,
        }
    }

    /// The aligned passages of one candidate pair.
    fn passages(&self, da: usize, db: usize, seeds: &mut [(u32, u32)]) -> Vec<Passage> {
        let (a, b) = (&self.documents[da], &self.documents[db]);
        let alignments: Vec<Alignment> = align::chain(seeds)
            .into_iter()
            .map(|al| align::extend(al, &a.tokens, &b.tokens))
            .collect();
        align::merge(alignments)
            .into_iter()
            .filter_map(|al| self.passage(da, db, al))
            .collect()
    }

    fn passage(&self, da: usize, db: usize, al: Alignment) -> Option<Passage> {
        let (a, b) = (&self.documents[da], &self.documents[db]);
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
        Some(Passage {
            a: a.id.clone(),
            a_start: ta[0].span.start,
            a_end: ta[ta.len() - 1].span.end,
            b: b.id.clone(),
            b_start: tb[0].span.start,
            b_end: tb[tb.len() - 1].span.end,
            similarity: (similarity * 1000.0).round() / 1000.0,
            common_words: common,
            changes: changes(&edits, ta, tb),
            docs: (da, db),
        })
    }

    fn summaries(
        &self,
        across: &[Passage],
        repeated_share: &[f64],
    ) -> (Vec<DocumentSummary>, Vec<PairSummary>, Vec<Vec<String>>) {
        let n = self.documents.len();
        let mut per_doc: Vec<Vec<Span>> = vec![Vec::new(); n];
        let mut per_pair: FxHashMap<(usize, usize), PairSpans> = FxHashMap::default();
        for p in across {
            let (da, db) = p.docs;
            let (sa, sb) = (Span::new(p.a_start, p.a_end), Span::new(p.b_start, p.b_end));
            per_doc[da].push(sa);
            per_doc[db].push(sb);
            let entry = per_pair.entry((da, db)).or_default();
            entry.0.push(sa);
            entry.1.push(sb);
            entry.2 += 1;
        }
        let covered =
            |d: usize, spans: &mut Vec<Span>| count_union_tokens(&self.documents[d].tokens, spans);
        let documents = (0..n)
            .map(|d| {
                let doc = &self.documents[d];
                DocumentSummary {
                    id: doc.id.clone(),
                    words: doc.tokens.len(),
                    reused_share: ratio(covered(d, &mut per_doc[d]), doc.tokens.len()),
                    repeated_share: repeated_share[d],
                }
            })
            .collect();
        let mut parent: Vec<usize> = (0..n).collect();
        let root = |parent: &mut Vec<usize>, mut i: usize| {
            while parent[i] != i {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            i
        };
        let mut keys: Vec<(usize, usize)> = per_pair.keys().copied().collect();
        keys.sort_unstable();
        let mut pairs = Vec::with_capacity(keys.len());
        for (da, db) in keys {
            let (mut sa, mut sb, count) = per_pair.remove(&(da, db)).unwrap_or_default();
            let (ca, cb) = (covered(da, &mut sa), covered(db, &mut sb));
            let (na, nb) = (
                self.documents[da].tokens.len(),
                self.documents[db].tokens.len(),
            );
            let pair = PairSummary {
                a: self.documents[da].id.clone(),
                b: self.documents[db].id.clone(),
                a_share: round3(ratio(ca, na)),
                b_share: round3(ratio(cb, nb)),
                similarity: round3(ratio(ca + cb, na + nb)),
                passages: count,
            };
            if pair.a_share >= CLUSTER_SHARE || pair.b_share >= CLUSTER_SHARE {
                let (ra, rb) = (root(&mut parent, da), root(&mut parent, db));
                parent[ra.max(rb)] = ra.min(rb);
            }
            pairs.push(pair);
        }
        let mut groups: FxHashMap<usize, Vec<String>> = FxHashMap::default();
        for d in 0..n {
            let r = root(&mut parent, d);
            groups
                .entry(r)
                .or_default()
                .push(self.documents[d].id.clone());
        }
        let mut clusters: Vec<Vec<String>> = groups.into_values().filter(|g| g.len() > 1).collect();
        clusters.sort_by(|x, y| y.len().cmp(&x.len()).then_with(|| x.cmp(y)));
        (documents, pairs, clusters)
    }

    /// [`DuplicateFinder::finish`] with every offset in UTF-16 code units: what the CLI prints
    /// and JavaScript receives.
    #[must_use]
    pub fn finish_json(&self) -> DuplicatesReport {
        let mut report = self.finish();
        let texts: Vec<&str> = self.documents.iter().map(|d| d.text.as_str()).collect();
        report.to_utf16(&texts);
        report
    }

    /// The text of a document added earlier, by position.
    #[must_use]
    pub fn text(&self, index: usize) -> Option<&str> {
        self.documents.get(index).map(|d| d.text.as_str())
    }
}

impl DuplicatesReport {
    /// Rewrites every offset to UTF-16 code units; `texts` are the documents in the order added.
    pub fn to_utf16(&mut self, texts: &[&str]) {
        let indexes: Vec<Utf16Index<'_>> = texts.iter().map(|t| Utf16Index::new(t)).collect();
        for p in &mut self.across {
            let (ia, ib) = (&indexes[p.docs.0], &indexes[p.docs.1]);
            p.a_start = ia.utf16(p.a_start);
            p.a_end = ia.utf16(p.a_end);
            p.b_start = ib.utf16(p.b_start);
            p.b_end = ib.utf16(p.b_end);
            for c in &mut p.changes {
                c.a_start = ia.utf16(c.a_start);
                c.a_end = ia.utf16(c.a_end);
                c.b_start = ib.utf16(c.b_start);
                c.b_end = ib.utf16(c.b_end);
            }
        }
        for (w, &d) in self.within.iter_mut().zip(&self.within_docs) {
            for g in &mut w.groups {
                for s in &mut g.spans {
                    crate::utf16::ToUtf16::to_utf16(s, &indexes[d]);
                }
            }
        }
    }
}

/// The passages' spans in each document of a pair, and how many passages there are.
type PairSpans = (Vec<Span>, Vec<Span>, usize);

/// Non-equal runs of a difference as byte ranges of A and B.
fn changes(edits: &[Edit], ta: &[Token], tb: &[Token]) -> Vec<Change> {
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

/// Tokens covered by the union of `spans` (sorted in place).
fn count_union_tokens(tokens: &[Token], spans: &mut [Span]) -> usize {
    spans.sort_unstable();
    let mut total = 0;
    let mut cur: Option<Span> = None;
    for &s in spans.iter() {
        match cur {
            Some(c) if s.start <= c.end => cur = Some(Span::new(c.start, c.end.max(s.end))),
            Some(c) => {
                total += count_tokens(tokens, c);
                cur = Some(s);
            }
            None => cur = Some(s),
        }
    }
    if let Some(c) = cur {
        total += count_tokens(tokens, c);
    }
    total
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

#[cfg(test)]
mod tests {
    use super::*;

    /// More copies of one story than MAX_POSTINGS: every copy is still found (aligned with the
    /// first), one cluster holds them all, and the starred fingerprints are counted (there was
    /// a cliff here: past the cap, nothing was reported at all).
    #[test]
    fn many_copies_of_one_story_are_all_found() {
        let story = "Le conseil départemental a voté jeudi un plan de trois millions d'euros pour \
                     rénover les routes du nord du département avant l'hiver prochain, a indiqué \
                     son président lors d'une séance publique très suivie par les maires ruraux.";
        let copies = 2 * MAX_POSTINGS + 3;
        let mut finder = DuplicateFinder::new();
        for i in 0..copies {
            finder
                .add(&format!("d{i}"), &format!("Édition {i}. {story}"))
                .unwrap();
        }
        let report = finder.finish();
        // Each copy is aligned with the first at least (fingerprints at fewer places, near
        // the edited first words, still pair all their places).
        for i in 1..copies {
            let id = format!("d{i}");
            assert!(
                report.across.iter().any(|p| p.a == "d0" && p.b == id),
                "{id} not aligned with d0"
            );
        }
        assert!(report.stats.starred > 0);
        assert_eq!(report.clusters.len(), 1);
        assert_eq!(report.clusters[0].len(), copies);
        assert!(report.documents.iter().all(|d| d.reused_share > 0.8));
    }
}
