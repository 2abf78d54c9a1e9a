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
pub mod steps;
pub mod tokens;
pub mod within;

use crate::error::Error;
use crate::offsets::{ConvertOffsets, OffsetIndex, Units};
use crate::span::Span;
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
/// Smallest document-frequency cut: a fingerprint shared at all is in two documents, so a cut
/// below two would drop every one.
pub const MIN_MAX_DF: usize = 2;
/// Most documents in one set.
pub const MAX_DOCUMENTS: usize = 20_000;
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
#[derive(Default)]
pub struct DuplicateFinder {
    documents: Vec<Document>,
    bytes: usize,
    index: FxHashMap<u64, Vec<(u32, u32)>>,
    fingerprints: usize,
    max_df: Option<usize>,
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
        let (tokens, fingerprints) = steps::fingerprints(text);
        for &Fingerprint { hash, token } in &fingerprints {
            self.index.entry(hash).or_default().push((doc, token));
        }
        self.fingerprints += fingerprints.len();
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
        // Seeds per candidate pair, from the inverted index.
        let mut seeds: FxHashMap<(u32, u32), Vec<(u32, u32)>> = FxHashMap::default();
        let mut starred = 0;
        let mut boilerplate = 0;
        for postings in self.index.values() {
            if steps::is_boilerplate(postings, self.max_df) {
                boilerplate += 1;
                continue;
            }
            let star = steps::pair_seeds(postings, |pair, seed| {
                seeds.entry(pair).or_default().push(seed);
            });
            starred += usize::from(star);
        }
        let candidate_pairs = seeds.len();
        let mut keys: Vec<(u32, u32)> = seeds.keys().copied().collect();
        keys.sort_unstable();
        let mut across = Vec::new();
        for key in keys {
            let mut pair_seeds = seeds.remove(&key).unwrap_or_default();
            let (a, b) = (self.doc(key.0 as usize), self.doc(key.1 as usize));
            across.extend(steps::align_pair(a, b, &mut pair_seeds));
        }

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

        let (documents, pairs, clusters) = self.summaries(&across, &repeated_share);
        DuplicatesReport {
            stats: FinderStats {
                documents: self.documents.len(),
                words: self.documents.iter().map(|d| d.tokens.len()).sum(),
                fingerprints: self.fingerprints,
                candidate_pairs,
                passages: across.len(),
                starred,
                boilerplate,
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
        let documents = (0..n)
            .map(|d| steps::document_summary(self.doc(d), &mut per_doc[d], repeated_share[d]))
            .collect();
        let mut keys: Vec<(usize, usize)> = per_pair.keys().copied().collect();
        keys.sort_unstable();
        let mut pairs = Vec::with_capacity(keys.len());
        let mut links = Vec::new();
        for (da, db) in keys {
            let (mut sa, mut sb, count) = per_pair.remove(&(da, db)).unwrap_or_default();
            let pair = steps::pair_summary(self.doc(da), &mut sa, self.doc(db), &mut sb, count);
            if steps::links(pair.a_share, pair.b_share) {
                links.push((da, db));
            }
            pairs.push(pair);
        }
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

/// The passages' spans in each document of a pair, and how many passages there are.
type PairSpans = (Vec<Span>, Vec<Span>, usize);

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
    }
}

impl Passage {
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
