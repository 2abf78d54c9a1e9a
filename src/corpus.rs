//! Corpus views over a set of documents (as Voyant's): the terms that tell each document apart
//! from the others.
//!
//! **Distinctive terms** by TF-IDF (Spärck Jones 1972): a term is a Snowball stem of the
//! document's own language, counted as the frequent terms count it ([`crate::vocabulary`]:
//! stopwords, numbers and one-letter tokens left out, French elisions cut); its score in a
//! document is `tf · ln(N / df)`, `tf` its occurrences there, `N` the documents, `df` those that
//! hold it. A term found in every document scores 0 and is never distinctive; with a single
//! document nothing is.

use crate::lang;
use crate::segment;
use crate::vocabulary::{self, Stopwords, Term};
use rustc_hash::FxHashMap;
use serde::Serialize;

/// One distinctive term of a document.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DistinctiveTerm {
    /// Its most frequent form in the document.
    pub term: String,
    /// The stem its forms share.
    pub stem: String,
    /// Occurrences in the document.
    pub count: usize,
    /// Documents of the set that hold it.
    pub documents: usize,
    /// `count · ln(N / documents)`, rounded to two decimals.
    pub score: f64,
}

/// The distinctive terms of one document, best first.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentTerms {
    /// The document's id.
    pub id: String,
    /// The language its terms were read in (ISO 639-1 where there is one).
    pub language: &'static str,
    /// Its best terms.
    pub terms: Vec<DistinctiveTerm>,
}

/// The `top` distinctive terms of each of `documents` (id, text) against the others.
#[must_use]
pub fn distinctive_terms(
    documents: &[(&str, &str)],
    stopwords: &Stopwords,
    top: usize,
) -> Vec<DocumentTerms> {
    let per_document: Vec<(&'static str, Vec<Term>)> = documents
        .iter()
        .map(|&(_, text)| {
            let guess = lang::detect(text);
            let tokens =
                vocabulary::TokenSequence::from_words(segment::word_tokens(text).map(|(_, w)| w));
            let v = vocabulary::vocabulary(&tokens, guess.language, stopwords, usize::MAX);
            (guess.code, v.top_terms)
        })
        .collect();
    let mut df: FxHashMap<&str, usize> = FxHashMap::default();
    for (_, terms) in &per_document {
        for t in terms {
            *df.entry(t.stem.as_str()).or_default() += 1;
        }
    }
    let n = documents.len() as f64;
    documents
        .iter()
        .zip(&per_document)
        .map(|(&(id, _), (language, terms))| {
            let mut scored: Vec<DistinctiveTerm> = terms
                .iter()
                .filter_map(|t| {
                    let documents = df[t.stem.as_str()];
                    let score = t.count as f64 * (n / documents as f64).ln();
                    (score > 0.0).then(|| DistinctiveTerm {
                        term: t.term.clone(),
                        stem: t.stem.clone(),
                        count: t.count,
                        documents,
                        score: (score * 100.0).round() / 100.0,
                    })
                })
                .collect();
            scored.sort_by(|a, b| {
                b.score
                    .total_cmp(&a.score)
                    .then(b.count.cmp(&a.count))
                    .then_with(|| a.term.cmp(&b.term))
            });
            scored.truncate(top);
            DocumentTerms {
                id: id.to_owned(),
                language,
                terms: scored,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_of_one_document_against_the_others() {
        let docs = [
            (
                "a",
                "Le tramway de Brest roule. Le tramway transporte les Brestois chaque jour.",
            ),
            (
                "b",
                "Le budget de Brest est voté. Le budget augmente cette année.",
            ),
            (
                "c",
                "Brest accueille un festival maritime. Les voiliers arrivent.",
            ),
        ];
        let out = distinctive_terms(&docs, &Stopwords::new(), 3);
        assert_eq!(out.len(), 3);
        // "tramway" twice in a, in no other: 2 ln 3 = 2.197...; "brest" is everywhere: 0.
        assert_eq!(out[0].terms[0].term, "tramway");
        assert_eq!(out[0].terms[0].documents, 1);
        assert!((out[0].terms[0].score - 2.2).abs() < 1e-9);
        assert_eq!(out[1].terms[0].term, "budget");
        assert!(out
            .iter()
            .all(|d| d.terms.iter().all(|t| t.stem != "brest")));
        assert_eq!(out[0].language, "fr");
    }

    #[test]
    fn one_document_or_none_has_nothing_distinctive() {
        let one = distinctive_terms(&[("a", "Le tramway roule.")], &Stopwords::new(), 5);
        assert!(one[0].terms.is_empty());
        assert!(distinctive_terms(&[], &Stopwords::new(), 5).is_empty());
    }
}
