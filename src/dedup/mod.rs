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
//!    wire story carried by dozens of outlets) pairs each place with the first document's
//!    only: every copy is aligned once, with the earliest document that holds the passage, its
//!    representative ([`FinderStats::starred`] counts such fingerprints).
//! 4. **Align**: the shared fingerprints of a pair are chained along their diagonals, extended
//!    over agreeing words and short edits, merged into maximal passages, and compared word by
//!    word with Myers' difference ([`align`]), as passim aligns reused passages (Smith,
//!    Cordell & Mullen 2015). A passage needs [`MIN_PASSAGE_WORDS`] words in common and a
//!    similarity of at least [`MIN_SIMILARITY`], so common phrases ("selon les", "in the") never
//!    make one.
//! 5. **Reuse clusters** ([`reuse`]): each representative's passage with all its copies,
//!    said once ([`DuplicatesReport::reuse`]); the passages between two copies are derived
//!    by composing their alignments with the representative, so the work grows with the words
//!    reused, not with the pairs of copies (passim's clusters, Smith, Cordell & Mullen 2015).
//! 6. **Summaries**: per document, the share of its words inside passages shared with each
//!    other document (as churnalism.com shows); per pair, a similarity, derived passages
//!    included; clusters of documents linked by at least [`CLUSTER_SHARE`] of shared text
//!    (union–find).
//!
//! Repeats inside one document are found on paragraphs and sentences ([`within`]), with a
//! clean copy that drops them. Resemblance of sets is Broder's (1997).

pub mod align;
pub mod reuse;
pub mod steps;
pub mod tokens;
pub mod within;

use crate::error::Error;
use crate::offsets::{ConvertOffsets, OffsetIndex, Units};
use reuse::Derived;
pub use reuse::{ReuseCluster, ReuseCopy, MAX_PAIRED_COPIES};
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
pub const MAX_POSTINGS: usize = 8;
/// Share of a document's words shared with another that puts both in one cluster.
pub const CLUSTER_SHARE: f64 = 0.2;
/// Smallest document-frequency cut: a fingerprint shared at all is in two documents, so a cut
/// below two would drop every one.
pub const MIN_MAX_DF: usize = 2;
/// Most documents in one set: 200,000 (a .jsonl archive of about 500 MB of 2.5 KB articles;
/// [`MAX_SET_BYTES`] stops most sets first). Measured in the page (`benches/archive.mjs`, 2026-12-07):
/// 69,000 generated articles, 191 MiB, read and compared in 7 s with 1.3 GB of module memory.
pub const MAX_DOCUMENTS: usize = 200_000;
/// Most bytes in one set.
pub const MAX_SET_BYTES: usize = 256 * 1024 * 1024;

struct Document {
    id: String,
    text: String,
    tokens: Vec<Token>,
    /// False when the document can hold no repeat (see [`steps::may_repeat`]): the within pass skips it.
    may_repeat: bool,
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
pub struct DuplicateFinder {
    documents: Vec<Document>,
    bytes: usize,
    /// The inverted index as one compact array of `(fingerprint, document, token)`, grouped by
    /// fingerprint when the set is finished (16 bytes a fingerprint; a hash map of posting
    /// lists took about 60).
    postings: Vec<(u64, u32, u32)>,
    max_df: Option<usize>,
    list_derived: bool,
}

/// What the inverted index gave.
#[derive(Default)]
struct IndexCounts {
    candidate_pairs: usize,
    starred: usize,
    boilerplate: usize,
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
    /// For a passage between two copies of one text, found through the copy they were both
    /// aligned with (see [`reuse`]): that document's id. Absent for a direct alignment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
    #[serde(skip)]
    docs: (usize, usize),
    #[serde(skip)]
    words: reuse::PassageWords,
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
    /// Passages found, direct and derived (also when `across` lists direct ones only).
    pub passages: usize,
    /// Passages between copies derived through a representative instead of aligned.
    pub derived: usize,
    /// Reuse clusters with more than [`reuse::MAX_PAIRED_COPIES`] copies, whose copies were
    /// not paired with each other (each is paired with the representative).
    pub unpaired_clusters: usize,
    /// Fingerprints found at more than [`MAX_POSTINGS`] places, whose places were each paired
    /// with the first one only.
    pub starred: usize,
    /// Fingerprints found in more documents than the finder's `max_df` (boilerplate: a
    /// standing line, a stock formula), dropped before pairing; 0 when there is no cut.
    pub boilerplate: usize,
    /// Paragraphs and sentences, over all documents, whose near-repeat search was bounded.
    pub bounded_units: usize,
}

/// Everything found in a document set. Offsets are bytes until [`DuplicatesReport::convert_offsets`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DuplicatesReport {
    /// One summary per document, in the order added.
    pub documents: Vec<DocumentSummary>,
    /// Repeats inside each document that has any.
    pub within: Vec<WithinDocument>,
    /// Reused passages between documents, in pair order: the direct alignments and, unless the
    /// finder lists direct ones only, the passages between copies derived through their
    /// representative (with `via`).
    pub across: Vec<Passage>,
    /// Each reused passage once: its representative and every copy aligned with it.
    pub reuse: Vec<ReuseCluster>,
    /// Pairs of documents that share passages.
    pub pairs: Vec<PairSummary>,
    /// Groups of documents linked by shared text (ids), largest first.
    pub clusters: Vec<Vec<String>>,
    /// Counters.
    pub stats: FinderStats,
    #[serde(skip)]
    within_docs: Vec<usize>,
}

impl Default for DuplicateFinder {
    fn default() -> Self {
        Self {
            documents: Vec::new(),
            bytes: 0,
            postings: Vec::new(),
            max_df: None,
            list_derived: true,
        }
    }
}

impl DuplicateFinder {
    /// An empty set.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether `across` lists the passages derived between copies (the default) or the direct
    /// alignments only, each reused passage once; the summaries count them either way.
    #[must_use]
    pub fn list_derived(mut self, yes: bool) -> Self {
        self.list_derived = yes;
        self
    }

    /// A set that drops, as boilerplate, every fingerprint found in more than `max_df`
    /// documents (passim's cut; `None` keeps them all, the default).
    ///
    /// # Errors
    /// [`Error::BadOptions`] for a cut below [`MIN_MAX_DF`].
    pub fn with_max_df(max_df: Option<usize>) -> Result<Self, Error> {
        if let Some(m) = max_df.filter(|&m| m < MIN_MAX_DF) {
            return Err(Error::BadOptions(format!(
                "max_df must be at least {MIN_MAX_DF} documents (a fingerprint shared at all is in 2), not {m}"
            )));
        }
        Ok(Self {
            max_df,
            ..Self::default()
        })
    }

    /// The text of `[start, end)` (offsets in `units`) of the first document with id `id`, cut to
    /// at most `max_chars` characters at a word's end (with "…"), or `None` for an unknown id:
    /// what a view of a large set shows of a passage without keeping the texts itself.
    #[must_use]
    pub fn excerpt(
        &self,
        id: &str,
        start: usize,
        end: usize,
        units: Units,
        max_chars: usize,
    ) -> Option<String> {
        let text = &self.documents.iter().find(|d| d.id == id)?.text;
        let from = crate::offsets::byte_at(text, start, units);
        let to = crate::offsets::byte_at(text, end, units).max(from);
        let piece = &text[from..to];
        match piece.char_indices().nth(max_chars) {
            None => Some(piece.to_owned()),
            Some((cut, _)) => {
                let at_word = piece[..cut]
                    .rfind(char::is_whitespace)
                    .filter(|&w| w > cut / 2)
                    .unwrap_or(cut);
                Some(format!("{}…", piece[..at_word].trim_end()))
            }
        }
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
    /// [`Error::TooLarge`] for a text past [`crate::MAX_TEXT_BYTES`], [`Error::SetTooLarge`]
    /// past [`MAX_SET_BYTES`] in all, [`Error::TooManyDocuments`] past
    /// [`MAX_DOCUMENTS`].
    pub fn add(&mut self, id: &str, text: &str) -> Result<(), Error> {
        if self.documents.len() >= MAX_DOCUMENTS {
            return Err(Error::TooManyDocuments {
                limit: MAX_DOCUMENTS,
            });
        }
        if text.len() > crate::MAX_TEXT_BYTES {
            return Err(Error::TooLarge {
                bytes: text.len(),
                limit: crate::MAX_TEXT_BYTES,
            });
        }
        if self.bytes + text.len() > MAX_SET_BYTES {
            return Err(Error::SetTooLarge {
                limit: MAX_SET_BYTES,
            });
        }
        self.bytes += text.len();
        let doc = self.documents.len() as u32;
        let (tokens, fingerprints) = steps::fingerprints(text);
        self.postings.extend(
            fingerprints
                .iter()
                .map(|&Fingerprint { hash, token }| (hash, doc, token)),
        );
        let may_repeat = steps::may_repeat(text, &fingerprints);
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
        let (direct, counts) = self.direct_passages();
        let mut direct = direct;
        let derived = reuse::settle(&direct, reuse::by_pair(reuse::derive_pairs(&direct)));
        if !self.list_derived {
            // The word maps are needed again only to write derived passages out.
            for p in &mut direct {
                p.words.to_b = Vec::new();
            }
        }
        let reuse = self.reuse_clusters(&direct);

        let mut within = Vec::new();
        let mut kept_within = Vec::new();
        let mut repeated_share = vec![0.0; self.documents.len()];
        let mut bounded_units = 0;
        for d in (0..self.documents.len()).filter(|&d| self.documents[d].may_repeat) {
            if let Some((found, share)) = steps::within_document(self.doc(d)) {
                bounded_units += found.bounded_units;
                repeated_share[d] = share;
                within.push(found);
                kept_within.push(d);
            }
        }

        let (documents, pairs, clusters) = self.summaries(&direct, &derived, &repeated_share);
        let (passages, derived_count) = (direct.len() + derived.len(), derived.len());
        let across = if self.list_derived && !derived.is_empty() {
            self.with_derived(direct, &derived)
        } else {
            direct
        };
        DuplicatesReport {
            stats: FinderStats {
                documents: self.documents.len(),
                words: self.documents.iter().map(|d| d.tokens.len()).sum(),
                fingerprints: self.postings.len(),
                candidate_pairs: counts.candidate_pairs,
                passages,
                derived: derived_count,
                unpaired_clusters: reuse
                    .iter()
                    .filter(|c| c.copies.len() > reuse::MAX_PAIRED_COPIES)
                    .count(),
                starred: counts.starred,
                boilerplate: counts.boilerplate,
                bounded_units,
            },
            documents,
            within,
            across,
            reuse,
            pairs,
            clusters,
            within_docs: kept_within,
        }
    }

    /// The passages of every candidate pair, aligned directly, in pair order.
    fn direct_passages(&self) -> (Vec<Passage>, IndexCounts) {
        // Seeds per candidate pair, from the inverted index.
        let mut seeds: FxHashMap<(u32, u32), Vec<(u32, u32)>> = FxHashMap::default();
        let mut counts = IndexCounts::default();
        // Sorted by fingerprint, then document and token: each group is a posting list in the
        // order the documents were added.
        let mut index = self.postings.clone();
        index.sort_unstable();
        let mut postings: Vec<(u32, u32)> = Vec::new();
        for group in index.chunk_by(|x, y| x.0 == y.0) {
            if group.len() < 2 {
                continue;
            }
            postings.clear();
            postings.extend(group.iter().map(|&(_, d, t)| (d, t)));
            if steps::is_boilerplate(&postings, self.max_df) {
                counts.boilerplate += 1;
                continue;
            }
            let star = steps::pair_seeds(&postings, |pair, seed| {
                seeds.entry(pair).or_default().push(seed);
            });
            counts.starred += usize::from(star);
        }
        drop(index);
        counts.candidate_pairs = seeds.len();
        let mut keys: Vec<(u32, u32)> = seeds.keys().copied().collect();
        keys.sort_unstable();
        let mut direct = Vec::new();
        for key in keys {
            let mut pair_seeds = seeds.remove(&key).unwrap_or_default();
            let (a, b) = (self.doc(key.0 as usize), self.doc(key.1 as usize));
            direct.extend(steps::align_pair(a, b, &mut pair_seeds));
        }
        (direct, counts)
    }

    /// The reuse clusters of every representative, in the order the documents were added.
    fn reuse_clusters(&self, direct: &[Passage]) -> Vec<ReuseCluster> {
        direct
            .chunk_by(|p, q| p.docs.0 == q.docs.0)
            .flat_map(|group| {
                let refs: Vec<&Passage> = group.iter().collect();
                reuse::clusters_of(&refs, |i| self.doc(i))
            })
            .collect()
    }

    /// The direct passages and the derived ones written out, pair by pair, each pair's in the
    /// order of their starts in `a`.
    fn with_derived(&self, direct: Vec<Passage>, derived: &[Derived]) -> Vec<Passage> {
        let written: Vec<Passage> = derived
            .iter()
            .map(|d| reuse::materialise(d, &direct, |i| self.doc(i)))
            .collect();
        // Pair by pair: the direct passages (in order of their starts in `a`), the derived
        // ones placed among them by start, after a direct one at the same start.
        let mut all = Vec::with_capacity(direct.len() + written.len());
        let mut written = written.into_iter().peekable();
        let mut direct = direct.into_iter().peekable();
        while direct.peek().is_some() || written.peek().is_some() {
            let key = match (direct.peek(), written.peek()) {
                (Some(p), Some(q)) => p.docs.min(q.docs),
                (Some(p), None) => p.docs,
                (None, Some(q)) => q.docs,
                (None, None) => break,
            };
            let pair_start = all.len();
            all.extend(std::iter::from_fn(|| direct.next_if(|p| p.docs == key)));
            for p in std::iter::from_fn(|| written.next_if(|p| p.docs == key)) {
                let at = pair_start
                    + all[pair_start..].partition_point(|q: &Passage| q.words.a.0 <= p.words.a.0);
                all.insert(at, p);
            }
        }
        for p in &mut all {
            p.words.to_b = Vec::new();
        }
        all
    }

    fn doc(&self, index: usize) -> steps::DocRef<'_> {
        let d = &self.documents[index];
        steps::DocRef {
            index,
            id: &d.id,
            text: &d.text,
            tokens: &d.tokens,
        }
    }

    fn summaries(
        &self,
        direct: &[Passage],
        derived: &[Derived],
        repeated_share: &[f64],
    ) -> (Vec<DocumentSummary>, Vec<PairSummary>, Vec<Vec<String>>) {
        let n = self.documents.len();
        let mut per_doc: Vec<Vec<(u32, u32)>> = vec![Vec::new(); n];
        let mut pairs = Vec::new();
        let mut links = Vec::new();
        let (mut i, mut j) = (0, 0);
        let (mut ra, mut rb) = (Vec::new(), Vec::new());
        while i < direct.len() || j < derived.len() {
            let key = match (direct.get(i), derived.get(j)) {
                (Some(p), Some(d)) => p.docs.min(d.docs),
                (Some(p), None) => p.docs,
                (None, Some(d)) => d.docs,
                (None, None) => break,
            };
            ra.clear();
            rb.clear();
            while let Some(p) = direct.get(i).filter(|p| p.docs == key) {
                ra.push(p.words.a);
                rb.push(p.words.b);
                i += 1;
            }
            while let Some(d) = derived.get(j).filter(|d| d.docs == key) {
                ra.push(d.a);
                rb.push(d.b);
                j += 1;
            }
            let (da, db) = key;
            per_doc[da].extend_from_slice(&ra);
            per_doc[db].extend_from_slice(&rb);
            let count = ra.len();
            let pair =
                steps::pair_summary_words(self.doc(da), &mut ra, self.doc(db), &mut rb, count);
            if steps::links(pair.a_share, pair.b_share) {
                links.push((da, db));
            }
            pairs.push(pair);
        }
        let documents = (0..n)
            .map(|d| steps::document_summary_words(self.doc(d), &mut per_doc[d], repeated_share[d]))
            .collect();
        let clusters = steps::clusters(&links, |d| self.documents[d].id.as_str());
        (documents, pairs, clusters)
    }

    /// [`DuplicateFinder::finish`] with every offset in UTF-16 code units: what the CLI prints
    /// and JavaScript receives.
    #[must_use]
    pub fn finish_json(&self) -> DuplicatesReport {
        self.finish_in(Units::Utf16)
    }

    /// [`DuplicateFinder::finish`] with every offset in `units` (code points for Python).
    #[must_use]
    pub fn finish_in(&self, units: Units) -> DuplicatesReport {
        let mut report = self.finish();
        let texts: Vec<&str> = self.documents.iter().map(|d| d.text.as_str()).collect();
        report.convert_offsets(&texts, units);
        report
    }

    /// The text of a document added earlier, by position.
    #[must_use]
    pub fn text(&self, index: usize) -> Option<&str> {
        self.documents.get(index).map(|d| d.text.as_str())
    }
}

impl DuplicatesReport {
    /// Rewrites every offset to `units`; `texts` are the documents in the order added.
    pub fn convert_offsets(&mut self, texts: &[&str], units: Units) {
        let indexes: Vec<OffsetIndex<'_>> =
            texts.iter().map(|t| OffsetIndex::new(t, units)).collect();
        for p in &mut self.across {
            p.convert_offsets(&indexes[p.docs.0], &indexes[p.docs.1]);
        }
        for (w, &d) in self.within.iter_mut().zip(&self.within_docs) {
            w.convert_offsets(&indexes[d]);
        }
        for c in &mut self.reuse {
            c.convert_offsets(|d| &indexes[d]);
        }
    }
}

impl Passage {
    /// The positions of `a` and `b` in their set (the order they were added).
    #[must_use]
    pub fn positions(&self) -> (usize, usize) {
        self.docs
    }

    /// Its token ranges in `a` and in `b` (positions in [`tokens::tokenize`] of each text).
    #[must_use]
    pub fn token_ranges(&self) -> ((u32, u32), (u32, u32)) {
        (self.words.a, self.words.b)
    }

    /// Rewrites its offsets with the indexes of its two documents' texts.
    pub fn convert_offsets(&mut self, a: &OffsetIndex<'_>, b: &OffsetIndex<'_>) {
        self.a_start = a.at(self.a_start);
        self.a_end = a.at(self.a_end);
        self.b_start = b.at(self.b_start);
        self.b_end = b.at(self.b_end);
        for c in &mut self.changes {
            c.a_start = a.at(c.a_start);
            c.a_end = a.at(c.a_end);
            c.b_start = b.at(c.b_start);
            c.b_end = b.at(c.b_end);
        }
    }
}

impl ReuseCluster {
    /// Rewrites its offsets; `index(d)` is the offset index of the document at position `d`.
    pub fn convert_offsets<'i, 't: 'i>(&mut self, index: impl Fn(usize) -> &'i OffsetIndex<'t>) {
        let rep = index(self.docs[0]);
        (self.start, self.end) = (rep.at(self.start), rep.at(self.end));
        for (copy, &d) in self.copies.iter_mut().zip(&self.docs[1..]) {
            let at = index(d);
            (copy.start, copy.end) = (at.at(copy.start), at.at(copy.end));
        }
    }
}

impl ConvertOffsets for WithinDocument {
    fn convert_offsets(&mut self, index: &OffsetIndex<'_>) {
        for g in &mut self.groups {
            g.spans.convert_offsets(index);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_excerpt_by_report_offsets() {
        let mut finder = DuplicateFinder::new();
        finder
            .add("a", "🤨 Le conseil municipal a voté mardi soir.")
            .unwrap();
        // UTF-16: the emoji takes two units, so "Le" starts at 3.
        assert_eq!(
            finder.excerpt("a", 3, 25, Units::Utf16, 100).as_deref(),
            Some("Le conseil municipal a")
        );
        assert_eq!(
            finder.excerpt("a", 3, 40, Units::Utf16, 12).as_deref(),
            Some("Le conseil…")
        );
        assert_eq!(finder.excerpt("b", 0, 5, Units::Utf16, 10), None);
    }

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

    /// Copies of one story past MAX_POSTINGS are aligned with their representative only, and
    /// every pair of copies still gets its passage, derived through it: each has a `via`, a
    /// similarity no higher than aligning the two alone would give, and spans inside the two
    /// copies' direct passages. Listing direct passages only keeps the summaries.
    #[test]
    fn copies_are_paired_through_their_representative() {
        let story = "Le syndicat mixte des transports a annoncé jeudi la fermeture de trois \
                     lignes de bus pendant les travaux du tramway, prévus jusqu'à la fin du \
                     mois de mars, et promet des navettes gratuites aux heures de pointe pour \
                     les habitants des quartiers nord, a précisé sa présidente devant la presse.";
        let copies = 3 * MAX_POSTINGS + 3;
        let text = |i: usize| {
            let edited = match i % 3 {
                0 => story.replace("jeudi", "mercredi"),
                1 => story.replace("gratuites ", ""),
                _ => story.replace("la presse", "les journalistes"),
            };
            format!("Édition {i} du soir. {edited}")
        };
        let build = |all: bool| {
            let mut finder = DuplicateFinder::new().list_derived(all);
            for i in 0..copies {
                finder.add(&format!("d{i:02}"), &text(i)).unwrap();
            }
            finder.finish()
        };
        let report = build(true);
        let n = copies * (copies - 1) / 2;
        assert_eq!(report.pairs.len(), n);
        let derived: Vec<&Passage> = report.across.iter().filter(|p| p.via.is_some()).collect();
        assert_eq!(report.stats.derived, derived.len());
        assert!(!derived.is_empty());
        assert_eq!(report.stats.passages, report.across.len());
        let mut pairs: Vec<(&str, &str)> = report
            .across
            .iter()
            .map(|p| (p.a.as_str(), p.b.as_str()))
            .collect();
        pairs.dedup();
        assert_eq!(pairs.len(), n, "every pair has its passage");
        for p in &derived {
            let (ia, ib) = (
                p.a[1..].parse::<usize>().unwrap(),
                p.b[1..].parse::<usize>().unwrap(),
            );
            let mut two = DuplicateFinder::new();
            two.add(&p.a, &text(ia)).unwrap();
            two.add(&p.b, &text(ib)).unwrap();
            let alone = two.finish();
            assert_eq!(alone.across.len(), 1);
            assert!(p.similarity <= alone.across[0].similarity, "{p:?}");
            assert!(p.similarity > 0.9, "{p:?}");
            let rep = p.via.as_deref().unwrap();
            let direct = |id: &str| {
                report
                    .across
                    .iter()
                    .find(|q| q.a == rep && q.b == id && q.via.is_none())
                    .map(|q| (q.b_start, q.b_end))
                    .unwrap()
            };
            let (sa, sb) = (direct(&p.a), direct(&p.b));
            assert!(sa.0 <= p.a_start && p.a_end <= sa.1);
            assert!(sb.0 <= p.b_start && p.b_end <= sb.1);
        }
        let direct = build(false);
        assert!(direct.across.iter().all(|p| p.via.is_none()));
        assert_eq!(
            direct.across.len() + report.stats.derived,
            report.across.len()
        );
        assert_eq!(direct.pairs, report.pairs);
        assert_eq!(direct.documents, report.documents);
        // The first copy is the representative of all the others; a passage that it does not
        // hold as they do (the edited words) has the first copy that does as its own.
        assert_eq!(report.reuse[0].id, "d00");
        assert_eq!(report.reuse[0].copies.len(), copies - 1);
        for c in &report.reuse {
            assert!(c.copies.iter().all(|copy| copy.id > c.id), "{c:?}");
        }
    }

    /// Past MAX_PAIRED_COPIES copies, a passage is one reuse cluster: each copy is paired with
    /// the representative, the copies are not paired with each other, and the report says so.
    #[test]
    fn a_passage_in_very_many_documents_is_one_cluster_not_all_pairs() {
        let line = "Cet article vous est proposé par la rédaction du journal, retrouvez toute \
                    l'actualité de votre région chaque matin dans notre lettre d'information.";
        let n = MAX_PAIRED_COPIES + 10;
        let mut finder = DuplicateFinder::new();
        for i in 0..n {
            finder.add(&format!("d{i:03}"), line).unwrap();
        }
        let report = finder.finish();
        assert_eq!(report.stats.unpaired_clusters, 1);
        assert_eq!(report.stats.derived, 0);
        assert_eq!(report.reuse.len(), 1);
        assert_eq!(report.reuse[0].copies.len(), n - 1);
        assert_eq!(report.pairs.len(), n - 1);
        assert!(report.pairs.iter().all(|p| p.a == "d000"));
        assert_eq!(report.clusters.len(), 1);
        assert_eq!(report.clusters[0].len(), n);
    }

    /// A standing line shared by many documents is reuse without a cut and boilerplate with
    /// one: its fingerprints are dropped and counted, and a story two of them share is still
    /// found.
    #[test]
    fn max_df_drops_a_standing_line_only() {
        let line = "Retrouvez chaque matin toute l'actualité de votre région dans notre lettre \
                    d'information gratuite, envoyée par la rédaction.";
        let story = "Le syndicat des transports a annoncé jeudi la fermeture de trois lignes de \
                     bus pendant les travaux du tramway, prévus jusqu'à la fin du mois de mars.";
        let build = |max_df| {
            let mut finder = DuplicateFinder::with_max_df(max_df).unwrap();
            for i in 0..12 {
                let body = if i < 2 {
                    story
                } else {
                    "Un texte sans rapport avec les autres."
                };
                finder
                    .add(&format!("d{i}"), &format!("Article {i}. {body}\n\n{line}"))
                    .unwrap();
            }
            finder.finish()
        };
        assert!(DuplicateFinder::with_max_df(Some(MIN_MAX_DF - 1)).is_err());
        let kept = build(None);
        assert_eq!(kept.stats.boilerplate, 0);
        assert!(kept.across.len() >= 66, "{} passages", kept.across.len());
        let cut = build(Some(5));
        assert!(cut.stats.boilerplate > 0);
        assert_eq!(cut.across.len(), 1, "{:?}", cut.across);
        assert_eq!(
            (cut.across[0].a.as_str(), cut.across[0].b.as_str()),
            ("d0", "d1")
        );
    }
}
