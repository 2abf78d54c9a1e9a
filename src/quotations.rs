//! Quotations across articles: the same quotation carried by several articles is one item, with
//! its speaker, every article that carries it, and where each copy's wording differs from the
//! reference wording (words cut, changed or added inside the quotation marks).
//!
//! 1. **Quotations** come from each article's entity report (speech and quoted phrases alike) and
//!    are read as normalised words ([`crate::dedup::tokens`]: case, accents, apostrophes and
//!    quotation marks do not count). Quotations of fewer than [`MIN_WORDS`] words are left out.
//! 2. **Variants**: copies with the same words are one variant (one hash of the word sequence), so
//!    a wire quotation carried word for word by a thousand articles is compared once.
//! 3. **Matching** variants: an index from each run of [`SHINGLE`] words to the variants holding
//!    it gives candidate pairs; a pair matches when Myers' word difference finds at least
//!    [`MIN_WORDS`] words in common and they are at least [`MIN_CONTAINMENT`] of the shorter one
//!    (so a shortened quotation matches its source). A run of words held by more than
//!    [`MAX_POSTINGS`] variants (a set phrase) is not used to find pairs, and the report counts
//!    such runs. Matching variants are joined (union–find).
//! 4. **Reference and differences**: in each group carried by two documents or more, the variant
//!    most documents carry (then the one of the earliest article) is the reference; every copy gets the word
//!    difference from it, as the reuse view shows passages ([`crate::dedup::Change`]: the
//!    reference's side is `a`, the copy's `b`).
//! 5. **Speaker**: the name most copies give (each copy keeps its own, so a quotation credited
//!    to different people by different outlets shows).

use crate::dedup::align::{self, Edit};
use crate::dedup::tokens::{self, Token};
use crate::dedup::Change;
use crate::entities::{EntityReport, QuoteKind};
use crate::offsets::{OffsetIndex, Units};
use crate::span::Span;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;

/// Fewest words a quotation needs to be matched across articles, and fewest words two copies
/// share.
pub const MIN_WORDS: usize = 4;
/// Words per run in the index of variants.
pub const SHINGLE: usize = 3;
/// Share of the shorter copy's words found in the other for two copies to match.
pub const MIN_CONTAINMENT: f64 = 0.6;
/// Variants a run of words may be held by and still find pairs.
pub const MAX_POSTINGS: usize = 64;
/// Edits past which two variants are not compared word by word.
const MAX_EDITS: usize = 400;

/// One article's copy of a shared quotation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuoteCopy {
    /// The article.
    pub id: String,
    /// Start of the quotation, its marks included.
    pub start: usize,
    /// End of the quotation.
    pub end: usize,
    /// Who this article says spoke, if it names anyone.
    pub speaker: Option<String>,
    /// Speech or a quoted phrase, as this article reads.
    pub kind: QuoteKind,
    /// Words inside the marks.
    pub words: usize,
    /// Words of the reference wording missing here.
    pub cut: usize,
    /// Words here that the reference wording does not have.
    pub added: usize,
    /// Differences from the reference copy: `a` in the reference's article, `b` in this one.
    pub changes: Vec<Change>,
}

/// A quotation carried by several articles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SharedQuotation {
    /// The speaker most copies name, if any names one.
    pub speaker: Option<String>,
    /// Index in `copies` of the reference wording (the one most articles carry; of those, the
    /// earliest article's).
    pub reference: usize,
    /// How many different articles carry it.
    pub documents: usize,
    /// Whether any copy's wording differs from the reference.
    pub altered: bool,
    /// Every copy, in the order of the articles.
    pub copies: Vec<QuoteCopy>,
}

/// Counts of the matching.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuotationStats {
    /// Articles read.
    pub documents: usize,
    /// Quotations of [`MIN_WORDS`] words or more.
    pub quotations: usize,
    /// Different wordings among them.
    pub variants: usize,
    /// Quotations carried by two articles or more.
    pub shared: usize,
    /// Of those, quotations whose wording differs between articles.
    pub altered: usize,
    /// Runs of words held by more than [`MAX_POSTINGS`] variants, not used to find pairs.
    pub bounded_runs: usize,
}

/// The quotations shared across a set of articles.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuotationsReport {
    /// Shared quotations, carried by the most articles first.
    pub quotations: Vec<SharedQuotation>,
    /// Counts.
    pub stats: QuotationStats,
}

/// One quotation of one article.
struct Quote {
    doc: usize,
    span: Span,
    speaker: Option<String>,
    kind: QuoteKind,
    tokens: Vec<Token>,
}

/// Collects the quotations of articles one at a time (only the quotations are kept, not the
/// texts), then finds those shared by several.
#[derive(Default)]
pub struct QuotationFinder {
    units: Option<Units>,
    ids: Vec<String>,
    quotes: Vec<Quote>,
}

impl QuotationFinder {
    /// A finder whose report gives offsets in `units`, or in bytes for `None`.
    #[must_use]
    pub fn new(units: Option<Units>) -> Self {
        Self {
            units,
            ..Self::default()
        }
    }

    /// Adds an article: its id, text and entity report (byte offsets into `text`). Its
    /// quotations of [`MIN_WORDS`] words or more are kept, with their words.
    pub fn add(&mut self, id: &str, text: &str, report: &EntityReport) {
        let doc = self.ids.len();
        self.ids.push(id.to_owned());
        let index = self.units.map(|u| OffsetIndex::new(text, u));
        let at = |byte: usize| index.as_ref().map_or(byte, |i| i.at(byte));
        for q in &report.quotes {
            let Some(e) = report.entities.get(q.entity) else {
                continue;
            };
            let Some(inside) = text.get(e.start..e.end) else {
                continue;
            };
            let words = tokens::tokenize(inside);
            if words.len() < MIN_WORDS {
                continue;
            }
            let tokens = words
                .into_iter()
                .map(|t| Token {
                    hash: t.hash,
                    span: Span::new(at(t.span.start + e.start), at(t.span.end + e.start)),
                })
                .collect();
            self.quotes.push(Quote {
                doc,
                span: Span::new(at(e.start), at(e.end)),
                speaker: q.speaker.clone(),
                kind: q.kind,
                tokens,
            });
        }
    }

    /// The quotations shared by two articles or more.
    #[must_use]
    pub fn finish(&self) -> QuotationsReport {
        let quotes = &self.quotes;
        let words_of = |q: usize| quotes[q].tokens.iter().map(|t| t.hash);
        // Variants: one per word sequence, in the order first seen (found by the sequence's
        // hash, then compared word by word).
        let mut by_hash: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
        let mut variants: Vec<Vec<usize>> = Vec::new(); // quotes of each variant
        for q in 0..quotes.len() {
            let key = words_of(q).fold(0xcbf2_9ce4_8422_2325_u64, |h, w| {
                (h ^ w).wrapping_mul(0x0100_0000_01b3)
            });
            let same = by_hash.entry(key).or_default();
            match same
                .iter()
                .find(|&&v| words_of(variants[v][0]).eq(words_of(q)))
            {
                Some(&v) => variants[v].push(q),
                None => {
                    same.push(variants.len());
                    variants.push(vec![q]);
                }
            }
        }
        let words: Vec<Vec<u64>> = variants.iter().map(|v| words_of(v[0]).collect()).collect();
        let (mut sets, bounded_runs) = match_variants(&words);
        // Groups of variants: a set's root is its first variant (see `Sets::join`), so listing
        // the variants under their roots gives the groups in the order of their first variant.
        let mut groups: Vec<Vec<usize>> = vec![Vec::new(); variants.len()];
        for v in 0..variants.len() {
            groups[sets.find(v)].push(v);
        }
        let mut out: Vec<SharedQuotation> = groups
            .iter()
            .filter(|g| !g.is_empty())
            .filter_map(|g| self.shared_quotation(&variants, g))
            .collect();
        // Carried by the most articles first, altered before not; stable, so in order of
        // appearance otherwise.
        out.sort_by_key(|q| std::cmp::Reverse((q.documents, q.altered)));
        let stats = QuotationStats {
            documents: self.ids.len(),
            quotations: quotes.len(),
            variants: variants.len(),
            shared: out.len(),
            altered: out.iter().filter(|q| q.altered).count(),
            bounded_runs,
        };
        QuotationsReport {
            quotations: out,
            stats,
        }
    }

    /// The shared quotation of one group of variants, if two articles or more carry it.
    fn shared_quotation(
        &self,
        variants: &[Vec<usize>],
        group: &[usize],
    ) -> Option<SharedQuotation> {
        let quotes = &self.quotes;
        let distinct = |mut docs: Vec<usize>| {
            docs.sort_unstable();
            docs.dedup();
            docs.len()
        };
        let docs = |v: usize| distinct(variants[v].iter().map(|&q| quotes[q].doc).collect());
        let documents = distinct(
            group
                .iter()
                .flat_map(|&v| variants[v].iter().map(|&q| quotes[q].doc))
                .collect(),
        );
        if documents < 2 {
            return None;
        }
        // The reference: the variant most articles carry, then the one seen first (the earliest
        // article of the set holding it, as the reuse view's representative).
        let reference_variant = *group
            .iter()
            .max_by(|&&x, &&y| docs(x).cmp(&docs(y)).then(y.cmp(&x)))?;
        let reference_quote = variants[reference_variant][0];
        let mut members: Vec<usize> = group
            .iter()
            .flat_map(|&v| variants[v].iter().copied())
            .collect();
        // Quotations are numbered in the order of the articles and of the text.
        members.sort_unstable();
        let reference_tokens = &quotes[reference_quote].tokens;
        let reference_words: Vec<u64> = reference_tokens.iter().map(|t| t.hash).collect();
        let mut copies = Vec::with_capacity(members.len());
        let mut reference = 0;
        for (i, &q) in members.iter().enumerate() {
            if q == reference_quote {
                reference = i;
            }
            copies.push(self.copy(q, reference_tokens, &reference_words));
        }
        let altered = copies.iter().any(|c| c.cut + c.added > 0);
        Some(SharedQuotation {
            speaker: most_named(copies.iter().filter_map(|c| c.speaker.as_deref())),
            reference,
            documents,
            altered,
            copies,
        })
    }

    /// Quotation `q` as a copy, with its differences from the reference's words.
    fn copy(&self, q: usize, reference_tokens: &[Token], reference_words: &[u64]) -> QuoteCopy {
        let quote = &self.quotes[q];
        let words: Vec<u64> = quote.tokens.iter().map(|t| t.hash).collect();
        let edits = align::diff(reference_words, &words, MAX_EDITS).unwrap_or_default();
        let (cut, added) = edits.iter().fold((0, 0), |(c, a), e| match *e {
            Edit::Delete { n, .. } => (c + n, a),
            Edit::Insert { n, .. } => (c, a + n),
            Edit::Equal { .. } => (c, a),
        });
        let changes = if cut + added == 0 {
            Vec::new()
        } else {
            crate::dedup::steps::changes(&edits, reference_tokens, &quote.tokens)
        };
        QuoteCopy {
            id: self.ids[quote.doc].clone(),
            start: quote.span.start,
            end: quote.span.end,
            speaker: quote.speaker.clone(),
            kind: quote.kind,
            words: quote.tokens.len(),
            cut,
            added,
            changes,
        }
    }
}

/// An article as [`shared`] reads it.
pub struct Article<'a> {
    /// Its id.
    pub id: &'a str,
    /// Its text.
    pub text: &'a str,
    /// Its entities, with byte offsets into `text`.
    pub report: &'a EntityReport,
}

/// The quotations shared by `articles`, with byte offsets.
#[must_use]
pub fn shared(articles: &[Article<'_>]) -> QuotationsReport {
    let mut finder = QuotationFinder::new(None);
    for a in articles {
        finder.add(a.id, a.text, a.report);
    }
    finder.finish()
}

/// Joins the variants that match (see the module's step 3); also returns how many runs of words
/// were held by too many variants to be used.
fn match_variants(all: &[Vec<u64>]) -> (Sets, usize) {
    let n = all.len();
    let mut postings: FxHashMap<u64, Vec<u32>> = FxHashMap::default();
    for (v, w) in all.iter().enumerate() {
        let mut seen: FxHashSet<u64> = FxHashSet::default();
        for run in runs(w) {
            if seen.insert(run) {
                postings.entry(run).or_default().push(v as u32);
            }
        }
    }
    let bounded = postings.values().filter(|p| p.len() > MAX_POSTINGS).count();
    let mut sets = Sets::new(n);
    let mut tried: FxHashSet<u64> = FxHashSet::default();
    for list in postings.values().filter(|p| p.len() <= MAX_POSTINGS) {
        for (k, &a) in list.iter().enumerate() {
            for &b in &list[k + 1..] {
                let pair = (u64::from(a) << 32) | u64::from(b);
                if sets.find(a as usize) == sets.find(b as usize) || !tried.insert(pair) {
                    continue;
                }
                if similar(&all[a as usize], &all[b as usize]) {
                    sets.join(a as usize, b as usize);
                }
            }
        }
    }
    (sets, bounded)
}

/// The hash of every run of [`SHINGLE`] words.
fn runs(words: &[u64]) -> impl Iterator<Item = u64> + '_ {
    words.windows(SHINGLE).map(|w| {
        w.iter().fold(0x9e37_79b9_7f4a_7c15_u64, |h, &x| {
            (h.rotate_left(23) ^ x).wrapping_mul(0x0100_0000_01b3)
        })
    })
}

/// Do two word sequences hold the same quotation: [`MIN_WORDS`] words in common at least, and
/// [`MIN_CONTAINMENT`] of the shorter?
fn similar(a: &[u64], b: &[u64]) -> bool {
    let Some(edits) = align::diff(a, b, MAX_EDITS) else {
        return false;
    };
    let equal = align::equal_tokens(&edits);
    equal >= MIN_WORDS && equal as f64 >= MIN_CONTAINMENT * a.len().min(b.len()) as f64
}

/// The name given most often (the first of those given as often).
fn most_named<'a>(names: impl Iterator<Item = &'a str>) -> Option<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for name in names {
        match counts.iter_mut().find(|(n, _)| *n == name) {
            Some((_, c)) => *c += 1,
            None => counts.push((name, 1)),
        }
    }
    let best = counts.iter().map(|&(_, c)| c).max()?;
    counts
        .into_iter()
        .find(|&(_, c)| c == best)
        .map(|(n, _)| n.to_owned())
}

/// Union–find over variants, with path halving.
struct Sets {
    parent: Vec<usize>,
}

impl Sets {
    fn new(n: usize) -> Self {
        Self {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[ra.max(rb)] = ra.min(rb);
        }
    }
}
